using System.Collections.Immutable;
using System.Text.Json;
using Marsad.Events.Decision;
using Marsad.Model;
using Marsad.Recognition.Times;

namespace Marsad.Evaluation;

/// <summary>How the annotators judged a sentence for its event type (shared/data/plover-detect).</summary>
public enum JudgedLabel
{
    /// <summary>All accepted: the sentence reports an occurrence of the type.</summary>
    Yes,

    /// <summary>All rejected.</summary>
    EasyNo,

    /// <summary>Most rejected.</summary>
    DifficultNo,

    /// <summary>The annotators split.</summary>
    Ambiguous,
}

/// <summary>One judged sentence: its id, judged type, label and text. A gold-event sentence (plover-gsr) has no label and reads as <c>yes</c>.</summary>
/// <param name="Split">Whether as many annotators accepted it as rejected it (<c>accept</c> ≥ <c>reject</c>, both given): a
/// tie, whatever its label says.</param>
public sealed record JudgedSentence(string Id, PloverType Event, JudgedLabel Label, string Text, DateOnly? Date, bool Split = false);

/// <summary>Per type and label: how many sentences, and on how many the coder coded an event of the type that happened.</summary>
public sealed record DetectScore(PloverType Event, JudgedLabel Label, int Sentences, int Coded)
{
    public double Share => Sentences == 0 ? 0 : (double)Coded / Sentences;
}

/// <summary>
/// Event detection on judged sentences: a sentence counts as coded when an event of its judged type has a
/// modality that says it happened (none, <c>historical</c>, <c>reported</c>; see
/// <see cref="EventDecision.SaysItHappened"/>). Cross-validation folds are assigned by a stable hash of the
/// sentence id (FNV-1a over its UTF-16 code units), so a sentence is always in the same fold.
/// </summary>
public static class DetectEvaluation
{
    public static readonly ImmutableArray<JudgedLabel> Labels = [JudgedLabel.Yes, JudgedLabel.EasyNo, JudgedLabel.DifficultNo, JudgedLabel.Ambiguous];

    /// <summary>The label as the data writes it (<c>yes</c>, <c>easy no</c>, <c>difficult no</c>, <c>ambiguous</c>).</summary>
    public static string Name(JudgedLabel label) => label switch
    {
        JudgedLabel.Yes => "yes",
        JudgedLabel.EasyNo => "easy no",
        JudgedLabel.DifficultNo => "difficult no",
        _ => "ambiguous",
    };

    public static (ImmutableArray<JudgedSentence> Sentences, ImmutableArray<string> Problems) Read(TextReader reader) =>
        JsonLinesFile.Read(reader, static (root, number) => new JudgedSentence(
            Field(root, "id") ?? number,
            JsonLinesFile.EventType(root),
            Field(root, "label") switch
            {
                null or "yes" => JudgedLabel.Yes,
                "easy no" => JudgedLabel.EasyNo,
                "difficult no" => JudgedLabel.DifficultNo,
                "ambiguous" => JudgedLabel.Ambiguous,
                var other => throw new FormatException($"unknown label '{other}'"),
            },
            Field(root, "text") ?? throw new FormatException("no text"),
            Timex.TryIsoDay(Field(root, "date"), out var d) ? d : null,
            Votes(root, "accept") is { } accept && Votes(root, "reject") is { } reject && accept > 0 && accept >= reject));

    /// <summary>Whether the analysis codes an event of the sentence's type that happened.</summary>
    public static bool Coded(JudgedSentence sentence, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Events.Any(e => e.Event == sentence.Event && EventDecision.SaysItHappened(e.Modality));
    }

    /// <summary>Per type (ordinal) and label (in <see cref="Labels"/> order), the share coded.</summary>
    public static ImmutableArray<DetectScore> Score(IEnumerable<(JudgedSentence Sentence, bool Coded)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        return [.. list.Select(static r => r.Sentence.Event).Distinct().OrderBy(PloverTypes.Name, StringComparer.Ordinal)
            .SelectMany(type => Labels.Select(label =>
            {
                var these = list.Where(r => r.Sentence.Event == type && r.Sentence.Label == label).ToList();
                return new DetectScore(type, label, these.Count, these.Count(static r => r.Coded));
            }))];
    }

    /// <summary>The fold of a sentence among <paramref name="folds"/>: a stable hash of its id.</summary>
    public static int Fold(string id, int folds)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)folds);
    }

    /// <summary>
    /// What the trainer learns from a judged sentence: ambiguous ones teach nothing, and neither does a
    /// difficult no that as many annotators accepted as rejected (a tie: the annotators split on it as on an
    /// ambiguous one).
    /// </summary>
    public static IEnumerable<TrainingSentence> ForTraining(IEnumerable<JudgedSentence> sentences) =>
        sentences.Where(static s => s.Label != JudgedLabel.Ambiguous && !(s.Label == JudgedLabel.DifficultNo && s.Split)).Select(static s => new TrainingSentence(s.Text, s.Date, s.Event, s.Label == JudgedLabel.Yes));

    private static string? Field(JsonElement root, string name) => JsonLinesFile.Field(root, name);

    /// <summary>A count of votes, or null when the field is missing or not a whole number.</summary>
    private static int? Votes(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;
}
