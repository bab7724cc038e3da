using System.Collections.Immutable;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Evaluation;

/// <summary>The kinds of difference between a required event of a gold file and a coded event, as <c>eval gold --explain</c> counts them.</summary>
public enum MissKind
{
    WrongType,
    ActorMissing,
    ActorWrong,
    RecipientMissing,
    RecipientWrong,
    Parties,
    DateWrong,
    Modality,
    NoEventInSentence,
    NoTriggerInSentence,
}

/// <summary>The names <c>eval gold --explain</c> prints for <see cref="MissKind"/>, in its order.</summary>
public static class MissKinds
{
    private static readonly string[] Names =
    [
        "wrong type", "actor missing", "actor wrong", "recipient missing", "recipient wrong", "parties",
        "date wrong", "modality", "no event in sentence", "no trigger in sentence",
    ];

    public static ImmutableArray<MissKind> All { get; } = [.. Enum.GetValues<MissKind>()];

    public static string Name(MissKind kind) => Names[(int)kind];
}

/// <summary>
/// A field of a required event that a coded event does not meet, with what the event has and what the gold wants.
/// </summary>
public readonly record struct FieldDifference(MissKind Kind, string Detail);

/// <summary>
/// The fields of a required gold event (type, actor, recipient, parties, date, modality) compared one by one with a
/// coded event: an event meets the expectation when nothing differs. The one definition of a match for
/// <see cref="GoldEvaluation"/> and its near-miss report.
/// </summary>
internal static class GoldEventFields
{
    public static List<FieldDifference> Differences(EventRecord e, JsonElement expected, Analysis analysis)
    {
        var differences = new List<FieldDifference>();
        if (expected.TryGetProperty("event", out var types) && !types.EnumerateArray().Any(t => PloverTypes.TryParse(t.GetString(), out var type) && type == e.Event))
        {
            differences.Add(new(MissKind.WrongType, $"type {PloverTypes.Name(e.Event)} (want {string.Join("/", types.EnumerateArray().Select(t => t.GetString()))})"));
        }

        var actorNamed = !expected.TryGetProperty("actor_names", out var actorNames)
            || actorNames.EnumerateArray().Any(name => e.Actor.Any(a => analysis.Entities.Any(x => x.Id == a && x.Name == name.GetString())));
        Side(differences, expected, "actor", e.Actor, actorNamed, MissKind.ActorMissing, MissKind.ActorWrong, analysis);
        Side(differences, expected, "recipient", e.Recipient, true, MissKind.RecipientMissing, MissKind.RecipientWrong, analysis);
        var sides = e.Actor.Concat(e.Recipient).ToList();
        var lacking = Strings(expected, "parties").Where(p => !sides.Any(s => SideHas(s, p, analysis))).ToList();
        if (lacking.Count > 0)
        {
            differences.Add(new(MissKind.Parties, $"parties {Ids(sides)} (lack {string.Join(", ", lacking)})"));
        }

        if (expected.TryGetProperty("date", out var date) && e.Date != date.GetString())
        {
            differences.Add(new(MissKind.DateWrong, $"date {e.Date ?? "none"} (want {date.GetString()})"));
        }
        else if (expected.TryGetProperty("date_prefix", out var prefix) && !(e.Date ?? "").StartsWith(prefix.GetString()!, StringComparison.Ordinal))
        {
            differences.Add(new(MissKind.DateWrong, $"date {e.Date ?? "none"} (want {prefix.GetString()}…)"));
        }

        if (expected.TryGetProperty("modality", out var modality) && !(EventModalities.TryParse(modality.GetString(), out var wanted) && e.Modality.Contains(wanted)))
        {
            differences.Add(new(MissKind.Modality, $"modality {(e.Modality.IsEmpty ? "none" : string.Join(",", e.Modality.Select(EventModalities.Name)))} (want {modality.GetString()})"));
        }

        return differences;
    }

    /// <summary>An event side holds an id that is the wanted id, or an entity of the wanted country.</summary>
    public static bool SideHas(string id, string wanted, Analysis analysis) =>
        id == wanted || analysis.Entities.Any(e => e.Id == id && e.Country == wanted);

    /// <summary>The ids of a side as printed: comma-separated, or "none".</summary>
    public static string Ids(IReadOnlyCollection<string> side) => side.Count == 0 ? "none" : string.Join(",", side);

    public static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.GetString()!) : [];

    // Every wanted id must be on the side (a list means all of them); an empty side is missing, another one wrong.
    private static void Side(
        List<FieldDifference> differences, JsonElement expected, string name, ImmutableArray<string> side, bool named, MissKind missing, MissKind wrong, Analysis analysis)
    {
        var wanted = Strings(expected, name).ToList();
        if (named && wanted.All(w => side.Any(s => SideHas(s, w, analysis))))
        {
            return;
        }

        differences.Add(new(side.IsEmpty ? missing : wrong, $"{name} {Ids(side)} (want {(wanted.Count == 0 ? "the named actor" : string.Join(", ", wanted))})"));
    }
}
