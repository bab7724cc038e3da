using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.Events;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>
/// Why a required event of a gold file is not met: the sentence it is told in, the coded event nearest to it and
/// the fields that differ (<see cref="MissKind"/>), or that its sentence codes no event or holds no trigger of
/// its type. <c>Text</c> is the line <c>eval gold --explain</c> prints.
/// </summary>
public sealed record NearMiss(int Sentence, ImmutableArray<MissKind> Kinds, string Text);

/// <summary>
/// Explains the required events an analysis misses (<c>eval gold --explain</c>). The gold names no sentence, so
/// the event's sentence is the one that best holds it: a trigger of one of its types (4), an event coded of
/// one of its types (2), each of its sides named there (1 each), a time of its date (1); the first such on a
/// tie. The nearest event is then one of that sentence's events, of the gold's type before any other and with
/// the fewest differing fields; when the sentence has none, the kind says whether a trigger of the type was
/// there (and dropped) or not, and the nearest event of the type elsewhere is named beside it.
/// </summary>
public static class GoldNearMisses
{
    /// <summary>The trigger hits of the analysed text, found again by the coder's first pass.</summary>
    internal static ImmutableArray<TriggerHit> Triggers(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return TriggerHits.Of(TextAnalysis.Create(analysis.Text), analysis.Entities, analysis.Times);
    }

    internal static NearMiss Explain(JsonElement expected, Analysis analysis, ImmutableArray<TriggerHit> triggers)
    {
        var types = GoldEventFields.Strings(expected, "event").Select(t => PloverTypes.TryParse(t, out var type) ? type : (PloverType?)null).OfType<PloverType>().ToHashSet();
        bool OfType(PloverType type) => types.Count == 0 || types.Contains(type);
        var sentence = SentenceOf(expected, analysis, triggers, OfType);
        var nearest = analysis.Events
            .Where(e => sentence >= 0 && SentencesOf(e).Contains(sentence))
            .Select(e => (Event: e, Differences: GoldEventFields.Differences(e, expected, analysis)))
            .OrderBy(c => OfType(c.Event.Event) ? 0 : 1).ThenBy(c => c.Differences.Count)
            .FirstOrDefault();
        var ofType = analysis.Events
            .Where(e => OfType(e.Event) && !SentencesOf(e).Contains(sentence))
            .Select(e => (Event: e, Differences: GoldEventFields.Differences(e, expected, analysis)))
            .OrderBy(c => c.Differences.Count)
            .FirstOrDefault();
        var elsewhere = ofType.Event is null ? "" : $"; nearest of its type: {Describe(ofType.Event)}: {string.Join(", ", ofType.Differences.Select(d => d.Detail))}";
        var where = sentence < 0 ? "its sentence not found" : string.Create(CultureInfo.InvariantCulture, $"sentence {sentence}");
        if (nearest.Event is not null)
        {
            var dropped = OfType(nearest.Event.Event) ? "" : DroppedTrigger(sentence, triggers, OfType, analysis);
            return new NearMiss(sentence, [.. nearest.Differences.Select(d => d.Kind).Distinct()],
                $"{where}: nearest {Describe(nearest.Event)}: {string.Join(", ", nearest.Differences.Select(d => d.Detail))}{dropped}{(OfType(nearest.Event.Event) ? "" : elsewhere)}");
        }

        var hit = triggers.FirstOrDefault(t => t.Sentence == sentence && OfType(t.Event));
        return hit.Span.End > 0
            ? new NearMiss(sentence, [MissKind.NoEventInSentence], $"{where}: no event coded in its sentence (its {PloverTypes.Name(hit.Event)} trigger «{Quote(analysis, hit.Span)}» was dropped){elsewhere}")
            : new NearMiss(sentence, [MissKind.NoTriggerInSentence], $"{where}: no trigger of its type in its sentence{elsewhere}");
    }

    /// <summary>The misses counted by kind, and by the misses where that kind alone differs: the summary line.</summary>
    public static string Summary(IReadOnlyCollection<NearMiss> misses)
    {
        ArgumentNullException.ThrowIfNull(misses);
        var counts = MissKinds.All.Select(kind =>
        {
            var with = misses.Count(m => m.Kinds.Contains(kind));
            var alone = misses.Count(m => m.Kinds.Length == 1 && m.Kinds[0] == kind);
            return string.Create(CultureInfo.InvariantCulture, $"{MissKinds.Name(kind)} {with} ({alone} alone)");
        });
        return string.Create(CultureInfo.InvariantCulture, $"near misses: {misses.Count} — {string.Join(", ", counts)}");
    }

    /// <summary>The sentence that best holds a required event, of any of its types.</summary>
    internal static int SentenceOf(JsonElement expected, Analysis analysis, ImmutableArray<TriggerHit> triggers)
    {
        var types = GoldEventFields.Strings(expected, "event").Select(t => PloverTypes.TryParse(t, out var type) ? type : (PloverType?)null).OfType<PloverType>().ToHashSet();
        return SentenceOf(expected, analysis, triggers, type => types.Count == 0 || types.Contains(type));
    }

    // The sentence that best holds the expected event (see the class comment), or -1 when none holds any of it.
    private static int SentenceOf(JsonElement expected, Analysis analysis, ImmutableArray<TriggerHit> triggers, Func<PloverType, bool> ofType)
    {
        var sides = GoldEventFields.Strings(expected, "actor").Concat(GoldEventFields.Strings(expected, "recipient")).Concat(GoldEventFields.Strings(expected, "parties")).Distinct(StringComparer.Ordinal).ToList();
        var date = expected.TryGetProperty("date", out var d) ? d.GetString() : expected.TryGetProperty("date_prefix", out var p) ? p.GetString() : null;
        var (best, bestScore) = (-1, 0);
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var span = analysis.Sentences[s].Span;
            bool In(TextSpan x) => x.Start >= span.Start && x.Start < span.End;
            var score = (triggers.Any(t => t.Sentence == s && ofType(t.Event)) ? 4 : 0)
                + (analysis.Events.Any(e => ofType(e.Event) && SentencesOf(e).Contains(s)) ? 2 : 0)
                + sides.Count(w => analysis.Entities.Any(e => (e.Id == w || e.Country == w) && e.Mentions.Any(m => In(m.Span))))
                + (date is not null && analysis.Times.Any(t => In(t.Span) && (t.Value ?? "").StartsWith(date, StringComparison.Ordinal)) ? 1 : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (s, score);
            }
        }

        return best;
    }

    // The sentence an event is told in and those merged into it.
    private static IEnumerable<int> SentencesOf(EventRecord e) => e.Supports.Select(s => s.Sentence).Prepend(e.Sentence);

    private static string DroppedTrigger(int sentence, ImmutableArray<TriggerHit> triggers, Func<PloverType, bool> ofType, Analysis analysis)
    {
        var hit = triggers.FirstOrDefault(t => t.Sentence == sentence && ofType(t.Event));
        return hit.Span.End > 0 ? $" (its {PloverTypes.Name(hit.Event)} trigger «{Quote(analysis, hit.Span)}» was dropped)" : "";
    }

    private static string Describe(EventRecord e) => string.Create(CultureInfo.InvariantCulture,
        $"{PloverTypes.Name(e.Event)} «{e.Trigger.Text}» (sentence {e.Sentence}) {GoldEventFields.Ids(e.Actor)} → {GoldEventFields.Ids(e.Recipient)} {e.Date ?? "undated"}");

    private static string Quote(Analysis analysis, TextSpan span) => analysis.Text[span.Start..span.End];
}
