using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Evaluation;

/// <summary>
/// A gold expression paired with the prediction that overlaps it (a relaxed match). <paramref name="Undated"/>: the
/// document was scored without a creation time, so a predicted value keeps X where only that date could resolve it.
/// </summary>
public sealed record TimexMatch(GoldTimex Gold, TimeExpression Predicted, bool Undated = false)
{
    public bool Strict => Gold.Span == Predicted.Span;

    public bool TypeCorrect => Gold.Type == Predicted.Type;

    /// <summary>
    /// The values are the same string; or, in an undated document, the same length and equal wherever the prediction
    /// is resolved (XXXX-11-06 against 2025-11-06): the part the text itself resolves is what can be scored.
    /// </summary>
    public bool ValueCorrect => string.Equals(Gold.Value, Predicted.Value, StringComparison.Ordinal)
        || (Undated && Predicted.Value is { } value && SameWhereResolved(Gold.Value, value));

    private static bool SameWhereResolved(string gold, string predicted)
    {
        if (gold.Length != predicted.Length || !predicted.Contains('X', StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < gold.Length; i++)
        {
            if (predicted[i] != 'X' && predicted[i] != gold[i])
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>One document scored: its relaxed matches, the gold expressions missed and the predictions that match nothing.</summary>
public sealed record TimexDocumentResult(
    TimeMLDocument Document,
    DateOnly? Published,
    ImmutableArray<TimeExpression> Predicted,
    ImmutableArray<TimexMatch> Matches,
    ImmutableArray<GoldTimex> Missed,
    ImmutableArray<TimeExpression> Spurious);

/// <summary>Counts summed over documents and the TempEval-3 figures computed from them.</summary>
public sealed record TimexScores(int Documents, int Gold, int Predicted, int StrictMatches, int RelaxedMatches, int TypeCorrect, int ValueCorrect)
{
    public double StrictPrecision => Ratio(StrictMatches, Predicted);

    public double StrictRecall => Ratio(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedMatches, Predicted);

    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Of the relaxed matches, the share with the gold type (TempEval-3's attribute accuracy).</summary>
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    /// <summary>Of the relaxed matches, the share with the gold value, compared as strings.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    /// <summary>TempEval-3's ranking figure: relaxed F1 times value accuracy.</summary>
    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}

/// <summary>The result of evaluating a recogniser over a TimeML corpus.</summary>
public sealed record TimexResult(ImmutableArray<TimexDocumentResult> Documents, TimexScores Scores);

/// <summary>
/// Scores time expressions as TempEval-3 does: strict span match (same start and end) and relaxed match
/// (any overlap) for precision, recall and F1; type and value accuracy over the relaxed matches.
/// </summary>
/// <remarks>
/// Matching is one-to-one, so a prediction covering two gold expressions earns one match, not two, and
/// precision and recall share one count. Pairs are chosen greedily: exact spans first, then the largest
/// overlap, then text order — which on real output is the alignment a reader would draw.
/// </remarks>
public static class TimexEvaluation
{
    /// <summary>
    /// Runs <paramref name="recognize"/> on each document and scores it, against <paramref name="dct"/> when given, else
    /// the document's own creation time, else <paramref name="published"/>; with none, values are scored on their resolved
    /// part (<see cref="TimexMatch.ValueCorrect"/>).
    /// </summary>
    public static TimexResult Run(
        IEnumerable<TimeMLDocument> documents,
        Func<string, DateOnly?, IReadOnlyList<TimeExpression>> recognize,
        DateOnly? published,
        DateOnly? dct = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(recognize);
        var results = documents.Select(d =>
        {
            var date = dct ?? d.Created ?? published;
            return Score(d, date, recognize(d.Text, date));
        }).ToImmutableArray();
        return new TimexResult(results, Sum(results));
    }

    /// <summary>Aligns the predictions for one document with its gold expressions.</summary>
    public static TimexDocumentResult Score(TimeMLDocument document, DateOnly? published, IReadOnlyList<TimeExpression> predicted)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(predicted);
        var gold = document.Timexes;
        var candidates = new List<(int Gold, int Predicted, bool Exact, int Overlap)>();
        for (var g = 0; g < gold.Length; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Math.Min(gold[g].Span.End, predicted[p].Span.End) - Math.Max(gold[g].Span.Start, predicted[p].Span.Start);
                if (overlap > 0)
                {
                    candidates.Add((g, p, gold[g].Span == predicted[p].Span, overlap));
                }
            }
        }

        var goldUsed = new bool[gold.Length];
        var predictedUsed = new bool[predicted.Count];
        var matches = new List<TimexMatch>();
        foreach (var (g, p, _, _) in candidates.OrderByDescending(c => c.Exact).ThenByDescending(c => c.Overlap).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (!goldUsed[g] && !predictedUsed[p])
            {
                (goldUsed[g], predictedUsed[p]) = (true, true);
                matches.Add(new TimexMatch(gold[g], predicted[p], Undated: published is null));
            }
        }

        return new TimexDocumentResult(
            document,
            published,
            [.. predicted],
            [.. matches.OrderBy(m => m.Gold.Span.Start)],
            [.. gold.Where((_, i) => !goldUsed[i])],
            [.. predicted.Where((_, i) => !predictedUsed[i])]);
    }

    public static TimexScores Sum(IReadOnlyCollection<TimexDocumentResult> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var matches = documents.SelectMany(d => d.Matches).ToList();
        return new TimexScores(
            documents.Count,
            documents.Sum(d => d.Document.Timexes.Length),
            documents.Sum(d => d.Predicted.Length),
            matches.Count(m => m.Strict),
            matches.Count,
            matches.Count(m => m.TypeCorrect),
            matches.Count(m => m.ValueCorrect));
    }
}
