using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Output;

/// <summary>One side of an event (an actor or recipient) as the event tables name it.</summary>
public sealed record EventSide(string Id, string? Name, string? Country, string? Sector);

/// <summary>
/// An event as one row of the event tables (<see cref="EventTableWriters"/>: PLOVER lines and CSV), whether
/// it comes from one analysis or merged from the store. <see cref="Sources"/> and <see cref="Links"/> are
/// the store's (how many documents report it, and where); a single analysis leaves them null, and the
/// tables then have no such columns.
/// </summary>
public sealed record EventRow(
    string Id,
    string? Date,
    string? DateFrom,
    IReadOnlyList<EventSide> Actor,
    IReadOnlyList<EventSide> Recipient,
    PloverType Event,
    string? Mode,
    IReadOnlyList<string> Context,
    string? Cameo,
    IReadOnlyList<string> Modality,
    string? EventText,
    string? Text,
    string? Link)
{
    public int? Sources { get; init; }

    public IReadOnlyList<string>? Links { get; init; }

    /// <summary>CAMEO's Goldstein score of the event's code, or null.</summary>
    public double? Goldstein { get; init; }

    /// <summary>Where the event happened, or null when nothing says.</summary>
    public EventPlace? Place { get; init; }

    /// <summary>The place's GeoNames region code ("SY.13") from the knowledge base, or null.</summary>
    public string? Admin1 { get; init; }

    /// <summary>The rows of an analysis' events, their sides named by the analysis' entities.</summary>
    public static IEnumerable<EventRow> Of(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var entities = new Dictionary<string, EntityRecord>(StringComparer.Ordinal);
        foreach (var entity in analysis.Entities)
        {
            entities.TryAdd(entity.Id, entity);
        }

        EventSide[] Sides(IEnumerable<string> ids) =>
            [.. ids.Select(id => entities.TryGetValue(id, out var x) ? new EventSide(id, x.Name, x.Country, x.Sector) : new EventSide(id, null, null, null))];

        foreach (var e in analysis.Events)
        {
            var sentence = e.Sentence >= 0 && e.Sentence < analysis.Sentences.Length ? analysis.Sentences[e.Sentence].Span.Slice(analysis.Text) : e.Trigger.Text;
            yield return new EventRow(
                e.Id, e.Date, DateSources.Name(e.DateFrom), Sides(e.Actor), Sides(e.Recipient), e.Event, e.Mode, e.Context, e.Cameo, [.. e.Modality.Select(EventModalities.Name)],
                e.Trigger.Text, sentence, analysis.Source)
            {
                Goldstein = e.Goldstein,
                Place = e.Place,
                Admin1 = ActionGeo.Admin1Of(e.Place, KnowledgeBase.Default),
            };
        }
    }
}
