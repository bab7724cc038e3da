using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Evaluation;

/// <summary>One expectation of a gold file and whether the analysis meets it.</summary>
public sealed record GoldCheck(string Section, string Expectation, bool Met, string Detail)
{
    /// <summary>For a required event not met, when asked for: why (<see cref="GoldNearMisses"/>).</summary>
    public NearMiss? Near { get; init; }

    /// <summary>For the events outside the gold lists, when asked for: each such event and its kind (<see cref="GoldOutsideKinds"/>).</summary>
    public ImmutableArray<OutsideEvent> Outside { get; init; } = [];
}

/// <summary>
/// Scores an <see cref="Analysis"/> against a gold file in the format of shared/data/seed (see its
/// README): clean-text strings, required and forbidden entities, times, quantities, required events and
/// the events outside the required and optional lists (spurious). Pure: reads both, changes neither.
/// </summary>
public static class GoldEvaluation
{
    /// <summary>Every expectation of <paramref name="gold"/>, met or not; with <paramref name="explain"/>, each required event not met says why.</summary>
    public static ImmutableArray<GoldCheck> Run(JsonElement gold, Analysis analysis, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var checks = ImmutableArray.CreateBuilder<GoldCheck>();
        if (gold.TryGetProperty("clean_text", out var clean))
        {
            CleanText(clean, analysis, checks);
        }

        if (gold.TryGetProperty("entities", out var entities))
        {
            Entities(entities, analysis, checks);
        }

        if (gold.TryGetProperty("times", out var times))
        {
            Times(times, analysis, checks);
        }

        if (gold.TryGetProperty("quantities", out var quantities))
        {
            Quantities(quantities, analysis, checks);
        }

        if (gold.TryGetProperty("events", out var events))
        {
            Events(events, analysis, checks, explain);
        }

        return checks.ToImmutable();
    }

    private static void CleanText(JsonElement clean, Analysis analysis, ImmutableArray<GoldCheck>.Builder checks)
    {
        foreach (var drop in Strings(clean, "must_drop"))
        {
            var absent = !analysis.Text.Contains(drop, StringComparison.Ordinal);
            var reported = analysis.Removed.Any(r => r.Text.Contains(drop, StringComparison.Ordinal));
            checks.Add(new GoldCheck("clean_text", $"drop «{drop}»", absent && reported, absent ? (reported ? "removed and reported" : "removed but not reported") : "still in text"));
        }

        foreach (var keep in Strings(clean, "must_keep"))
        {
            var kept = analysis.Text.Contains(keep, StringComparison.Ordinal);
            checks.Add(new GoldCheck("clean_text", $"keep «{keep}»", kept, kept ? "in text" : "missing"));
        }
    }

    private static void Entities(JsonElement gold, Analysis analysis, ImmutableArray<GoldCheck>.Builder checks)
    {
        foreach (var expected in Array(gold, "required"))
        {
            var label = EntityLabel(expected);
            var entity = analysis.Entities.FirstOrDefault(e => EntityMatches(e, expected));
            if (entity is null)
            {
                checks.Add(new GoldCheck("entities", label, false, "not found"));
                continue;
            }

            var problems = new List<string>();
            if (expected.TryGetProperty("type", out var type) && !(EntityTypes.TryParse(type.GetString(), out var expectedType) && expectedType == entity.Type))
            {
                problems.Add($"type {EntityTypes.Name(entity.Type)}");
            }

            if (expected.TryGetProperty("country", out var country) && country.GetString() != entity.Country)
            {
                problems.Add($"country {entity.Country ?? "none"}");
            }

            var least = expected.TryGetProperty("min_mentions", out var min) ? min.GetInt32() : 1;
            if (entity.Mentions.Length < least)
            {
                problems.Add($"{entity.Mentions.Length} of {least} mentions");
            }

            checks.Add(new GoldCheck("entities", label, problems.Count == 0,
                problems.Count == 0 ? string.Create(CultureInfo.InvariantCulture, $"{entity.Id}, {entity.Mentions.Length} mentions") : string.Join(", ", problems)));
        }

        foreach (var forbidden in Array(gold, "forbidden"))
        {
            var found = analysis.Entities.FirstOrDefault(e => EntityMatches(e, forbidden));
            checks.Add(new GoldCheck("entities", $"no {EntityLabel(forbidden)}", found is null, found is null ? "absent" : $"reported as {found.Id}"));
        }
    }

    private static void Times(JsonElement gold, Analysis analysis, ImmutableArray<GoldCheck>.Builder checks)
    {
        foreach (var expected in gold.EnumerateArray())
        {
            var text = expected.GetProperty("text").GetString()!;
            var values = expected.TryGetProperty("values", out var many) ? many.EnumerateArray().Select(v => v.GetString()).ToList() : [expected.GetProperty("value").GetString()];
            var least = expected.TryGetProperty("min_count", out var min) ? min.GetInt32() : 1;
            var matching = analysis.Times.Count(t => t.Text.Contains(text, StringComparison.Ordinal) && values.Contains(t.Value));
            checks.Add(new GoldCheck("times", $"«{text}» = {string.Join(" or ", values)}", matching >= least,
                string.Create(CultureInfo.InvariantCulture, $"{matching} of {least} found")));
        }
    }

    private static void Quantities(JsonElement gold, Analysis analysis, ImmutableArray<GoldCheck>.Builder checks)
    {
        foreach (var expected in gold.EnumerateArray())
        {
            var text = expected.GetProperty("text").GetString()!;
            var value = expected.GetProperty("value").GetDecimal();
            var unit = expected.GetProperty("unit").GetString();
            var approximate = expected.TryGetProperty("approximate", out var a) && a.GetBoolean();
            var met = analysis.Quantities.Any(q => q.Text.Contains(text, StringComparison.Ordinal) && q.Value == value && q.Unit == unit && q.Approximate == approximate);
            checks.Add(new GoldCheck("quantities", string.Create(CultureInfo.InvariantCulture, $"«{text}» = {value} {unit}{(approximate ? " approx." : "")}"), met, met ? "found" : "not found"));
        }
    }

    private static void Events(JsonElement gold, Analysis analysis, ImmutableArray<GoldCheck>.Builder checks, bool explain)
    {
        var explained = new HashSet<EventRecord>();
        var triggers = explain ? GoldNearMisses.Triggers(analysis) : [];
        var missed = new List<(JsonElement Expected, int Sentence)>();
        foreach (var expected in Array(gold, "required"))
        {
            var match = analysis.Events.FirstOrDefault(e => EventMatches(e, expected, analysis));
            if (match is not null)
            {
                explained.Add(match);
            }
            else if (explain)
            {
                missed.Add((expected, GoldNearMisses.SentenceOf(expected, analysis, triggers)));
            }

            var name = expected.TryGetProperty("name", out var n) ? n.GetString()! : "event";
            checks.Add(new GoldCheck("events", name, match is not null, match is null ? "not found" : $"{PloverTypes.Name(match.Event)} {match.Date} ({match.Rule})")
            {
                Near = explain && match is null ? GoldNearMisses.Explain(expected, analysis, triggers) : null,
            });
        }

        foreach (var optional in Array(gold, "optional"))
        {
            explained.UnionWith(analysis.Events.Where(e => EventMatches(e, optional, analysis)));
        }

        var outside = analysis.Events.Where(e => !explained.Contains(e)).ToList();
        var requiredDates = Array(gold, "required").Select(r => r.TryGetProperty("date", out var d) ? d.GetString() : r.TryGetProperty("date_prefix", out var p) ? p.GetString() : null).OfType<string>().ToList();
        checks.Add(new GoldCheck("events", "events outside the gold lists", outside.Count == 0, string.Create(CultureInfo.InvariantCulture, $"{outside.Count} spurious"))
        {
            Outside = explain ? GoldOutsideKinds.Sort(analysis, outside, explained, missed, requiredDates) : [],
        });
    }

    private static bool EventMatches(EventRecord e, JsonElement expected, Analysis analysis) =>
        GoldEventFields.Differences(e, expected, analysis).Count == 0;

    private static bool EntityMatches(EntityRecord entity, JsonElement expected) =>
        expected.TryGetProperty("id", out var id)
            ? entity.Id == id.GetString()
            : expected.TryGetProperty("names", out var names) && names.EnumerateArray().Any(n => n.GetString() == entity.Name);

    private static string EntityLabel(JsonElement expected)
    {
        var type = expected.TryGetProperty("type", out var t) ? t.GetString() + " " : "";
        return expected.TryGetProperty("id", out var id) ? type + id.GetString() : type + string.Join("/", Strings(expected, "names"));
    }

    private static JsonElement[] Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static IEnumerable<string> Strings(JsonElement element, string name) => GoldEventFields.Strings(element, name);
}
