using System.Text.RegularExpressions;
using Marsad.Model;
using Marsad.Storage.Ingest;
using Marsad.Storage.Search;

namespace Marsad.Storage.Monitoring;

/// <summary>An alert that cannot be added or found: its name, its criteria or its webhook.</summary>
public sealed class AlertException(string message) : Exception(message);

/// <summary>
/// What a user follows. Every criterion given must hold for an article to match:
/// <list type="bullet">
/// <item><see cref="Query"/>: every analysed term of the query is among the article's title and text terms
///   (the same analyser and the same AND as <c>marsad search</c>).</item>
/// <item><see cref="Entity"/>: the article mentions that entity.</item>
/// <item><see cref="Actor"/>, <see cref="Recipient"/>: an event of the article has that entity on that side.</item>
/// <item><see cref="EventType"/>: an event of the article has that PLOVER type (with the sides above, the same event).</item>
/// <item><see cref="Country"/>: the article mentions that country, or an entity whose country it is.</item>
/// </list>
/// </summary>
public sealed partial record Alert(string Name)
{
    public string? Query { get; init; }

    public string? Entity { get; init; }

    public string? Actor { get; init; }

    public string? Recipient { get; init; }

    public string? EventType { get; init; }

    public string? Country { get; init; }

    public string? Webhook { get; init; }

    /// <summary>Names go into URLs (<c>/alerts/NAME.atom</c>): letters, digits, <c>-</c> and <c>_</c>.</summary>
    public static bool IsValidName(string name) => ValidName().IsMatch(name);

    public void Validate()
    {
        if (!IsValidName(Name))
        {
            throw new AlertException($"an alert's name is 1 to 64 letters, digits, - or _, not '{Name}'");
        }

        if (Query is null && Entity is null && Actor is null && Recipient is null && EventType is null && Country is null)
        {
            throw new AlertException($"alert '{Name}' needs at least one of --query, --entity, --actor, --recipient, --type, --country");
        }

        if (Query is not null && SearchAnalyzer.QueryTerms(Query).Count == 0)
        {
            throw new AlertException($"--query '{Query}' has no word to search for");
        }

        if (Webhook is not null && !IngestInputs.IsUrl(Webhook))
        {
            throw new AlertException($"--webhook takes an http(s) URL, not '{Webhook}'");
        }
    }

    public bool Matches(DocumentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var analysis = record.Analysis;
        if (Query is not null)
        {
            var terms = record.IndexText.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            if (!SearchAnalyzer.QueryTerms(Query).All(terms.Contains))
            {
                return false;
            }
        }

        if (Entity is not null && !analysis.Entities.Any(e => e.Id == Entity))
        {
            return false;
        }

        if (Country is not null && !analysis.Entities.Any(e => e.Id == Country || e.Country == Country))
        {
            return false;
        }

        return (Actor ?? Recipient ?? EventType) is null || analysis.Events.Any(e =>
            (Actor is null || e.Actor.Contains(Actor)) && (Recipient is null || e.Recipient.Contains(Recipient)) && (EventType is null || PloverTypes.Name(e.Event) == EventType));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();
}

/// <summary>One article an alert matched, and where its webhook delivery stands.</summary>
public sealed record AlertHit(string Alert, string DocumentId, DateTimeOffset HitAt, DateTimeOffset? DeliveredAt, int Attempts, string? LastError);
