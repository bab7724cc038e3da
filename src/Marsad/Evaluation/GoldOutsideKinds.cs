using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Evaluation;

/// <summary>The kinds of coded event outside a gold file's lists, as <c>eval gold --explain</c> counts them (first that fits, in this order).</summary>
public enum OutsideKind
{
    /// <summary>Same type as an event the gold lists and the coder met, and told in its sentence or with its sides.</summary>
    Duplicate,

    /// <summary>Same type as a required event not met, in the sentence that tells it: the required event with a side or the date wrong.</summary>
    FieldCopy,

    /// <summary>Another type in the sentence of a required event not met: the required event missed as this type.</summary>
    WrongTypeCopy,

    /// <summary>Same type as an event of an earlier sentence, its sides among that event's: an elaboration the merge left standing.</summary>
    ElaborationNotMerged,

    /// <summary>Another type beside an event of its sentence with the same actor: two events read from one act.</summary>
    SecondFromOneAct,

    /// <summary>Flagged background or historical, or dated before every required event: a mention of the past coded as the news.</summary>
    Background,

    Other,
}

/// <summary>The names <c>eval gold --explain</c> prints for <see cref="OutsideKind"/>, in its order.</summary>
public static class OutsideKinds
{
    private static readonly string[] Names =
    [
        "duplicate", "field-wrong copy of a missed event", "wrong-type copy of a missed event", "elaboration not merged",
        "second event from one act", "background coded as news", "other",
    ];

    public static ImmutableArray<OutsideKind> All { get; } = [.. Enum.GetValues<OutsideKind>()];

    public static string Name(OutsideKind kind) => Names[(int)kind];
}

/// <summary>A coded event outside the gold's lists, its kind and the line <c>eval gold --explain</c> prints for it.</summary>
public sealed record OutsideEvent(OutsideKind Kind, string Text);

/// <summary>
/// Sorts the coded events outside a gold file's required and optional lists by why they are there (see
/// <see cref="OutsideKind"/>), so that a change to the coder can be aimed at the largest kind. The gold names no
/// sentence: a required event's sentence is the one <see cref="GoldNearMisses"/> finds for it.
/// </summary>
public static class GoldOutsideKinds
{
    /// <param name="outside">The events outside both lists, in the analysis's order.</param>
    /// <param name="explained">The coded events that meet a required or optional event.</param>
    /// <param name="missed">The required events no coded event meets, each with the sentence that tells it (-1 when none).</param>
    /// <param name="requiredDates">The dates (or date prefixes) the required events ask for, met or not.</param>
    internal static ImmutableArray<OutsideEvent> Sort(
        Analysis analysis, IReadOnlyCollection<EventRecord> outside, IReadOnlyCollection<EventRecord> explained,
        IReadOnlyList<(JsonElement Expected, int Sentence)> missed, IReadOnlyCollection<string> requiredDates)
    {
        var sorted = ImmutableArray.CreateBuilder<OutsideEvent>(outside.Count);
        var earliest = requiredDates.Count == 0 ? null : requiredDates.Min(StringComparer.Ordinal);
        foreach (var e in outside)
        {
            var kind = KindOf(e, analysis, explained, missed, earliest);
            sorted.Add(new OutsideEvent(kind, string.Create(CultureInfo.InvariantCulture,
                $"{PloverTypes.Name(e.Event)} «{e.Trigger.Text}» (sentence {e.Sentence}) {GoldEventFields.Ids(e.Actor)} → {GoldEventFields.Ids(e.Recipient)} {e.Date ?? "undated"}{Modality(e)}: {OutsideKinds.Name(kind)}")));
        }

        return sorted.ToImmutable();
    }

    /// <summary>The outside events counted by kind: the summary line.</summary>
    public static string Summary(IReadOnlyCollection<OutsideEvent> outside)
    {
        ArgumentNullException.ThrowIfNull(outside);
        var counts = OutsideKinds.All.Select(kind => string.Create(CultureInfo.InvariantCulture, $"{OutsideKinds.Name(kind)} {outside.Count(o => o.Kind == kind)}"));
        return string.Create(CultureInfo.InvariantCulture, $"outside by kind: {outside.Count} — {string.Join(", ", counts)}");
    }

    private static OutsideKind KindOf(EventRecord e, Analysis analysis, IReadOnlyCollection<EventRecord> explained, IReadOnlyList<(JsonElement Expected, int Sentence)> missed, string? earliest)
    {
        if (explained.Any(x => x.Event == e.Event && (x.Sentence == e.Sentence || SameSides(x, e))))
        {
            return OutsideKind.Duplicate;
        }

        var inMissed = missed.Where(m => m.Sentence == e.Sentence).Select(m => GoldEventFields.Differences(e, m.Expected, analysis)).ToList();
        if (inMissed.Any(d => !d.Any(x => x.Kind == MissKind.WrongType)))
        {
            return OutsideKind.FieldCopy;
        }

        if (inMissed.Count > 0)
        {
            return OutsideKind.WrongTypeCopy;
        }

        if (analysis.Events.Any(a => a.Sentence < e.Sentence && a.Event == e.Event && e.Actor.Concat(e.Recipient).All(s => a.Actor.Contains(s) || a.Recipient.Contains(s))))
        {
            return OutsideKind.ElaborationNotMerged;
        }

        if (analysis.Events.Any(o => o != e && o.Sentence == e.Sentence && o.Event != e.Event && !e.Actor.IsEmpty && e.Actor.Any(o.Actor.Contains)))
        {
            return OutsideKind.SecondFromOneAct;
        }

        return e.Modality.Any(m => m is EventModality.Background or EventModality.Historical)
            || (earliest is not null && e.Date is not null && string.CompareOrdinal(e.Date, earliest) < 0 && !earliest.StartsWith(e.Date, StringComparison.Ordinal))
            ? OutsideKind.Background
            : OutsideKind.Other;
    }

    private static string Modality(EventRecord e) => e.Modality.IsEmpty ? "" : " " + string.Join(",", e.Modality.Select(EventModalities.Name));

    private static bool SameSides(EventRecord a, EventRecord b) =>
        a.Actor.ToHashSet().SetEquals(b.Actor) && a.Recipient.ToHashSet().SetEquals(b.Recipient);
}
