using System.Collections.Immutable;
using System.Globalization;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Events.Decision;

/// <summary>A judged sentence to learn from: whether it reports an occurrence of <paramref name="Event"/>.</summary>
public sealed record TrainingSentence(string Text, DateOnly? Date, PloverType Event, bool Reports);

/// <summary>
/// Trains the <see cref="EventModel"/>: each candidate of a sentence's judged type that the rules keep
/// and whose modality says it happened is one example, labelled by the sentence's judgement. A sentence
/// given twice for one type (the same text in two files) counts once, as first given. The model is a
/// logistic regression over features seen in at least two examples, fitted by full-batch AdaGrad
/// from zero with L2, a fixed step and a fixed number of rounds, each type's positives and
/// negatives weighted to count alike. The L2 weight and each type's threshold are chosen by three inner
/// folds of the training sentences alone, so a cross-validated score never tunes them on the fold it
/// scores. No randomness, ordinal order throughout, so the same input gives the same weights and the
/// same file bytes.
/// </summary>
public static class EventModelTrainer
{
    public const int Rounds = 200;

    public const double Step = 0.1;

    /// <summary>
    /// The L2 weights the inner folds choose from, fixed before any run: the smallest that leaves the fewest
    /// non-report sentences over the thresholds wins.
    /// </summary>
    public static readonly ImmutableArray<double> L2Choices = [0.01, 0.03, 0.1];

    /// <summary>The share of a type's report sentences whose best candidate each type's threshold keeps, out of fold.</summary>
    public const double TargetRecall = 0.9;

    public const int InnerFolds = 3;

    /// <summary>The model learned from <paramref name="sentences"/>; <paramref name="about"/> becomes the file's comment lines.</summary>
    /// <param name="pipeline">Finds the candidates; built with <see cref="EventModel.None"/>, so that the model learned
    /// does not depend on the one built in.</param>
    public static EventModel Train(MarsadPipeline pipeline, IEnumerable<TrainingSentence> sentences, IEnumerable<string> about)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(about);
        var examples = Examples(pipeline, sentences);
        var types = examples.GroupBy(static e => e.Event, StringComparer.Ordinal)
            .Where(static g => g.Any(static e => e.Label) && g.Any(static e => !e.Label))
            .Select(static g => g.Key).Order(StringComparer.Ordinal).ToImmutableArray();
        examples = [.. examples.Where(e => types.Contains(e.Event))];

        var (names, rows) = Index(examples);

        // The L2 weight and each type's threshold from probabilities the examples get from models that did
        // not see them: three inner folds by sentence, each fitted on the other two.
        var (l2, _, thresholds) = L2Choices
            .Select(l2 => (L2: l2, Probabilities: OutOfFold(examples, rows, names.Length, l2)))
            .Select(c => (c.L2, c.Probabilities, Thresholds: types.ToDictionary(static t => t, t => Threshold(examples, c.Probabilities, t), StringComparer.Ordinal)))
            .MinBy(c => types.Sum(t => PassedNonReports(examples, c.Probabilities, t, c.Thresholds[t])));
        var weights = FitRefined(examples, rows, [.. Enumerable.Range(0, examples.Count)], names.Length, l2);

        var comments = about.ToList();
        comments.Add(string.Create(CultureInfo.InvariantCulture,
            $"{examples.Count} examples ({examples.Count(static e => e.Label)} reports), {names.Length} features; {Rounds} rounds, step {Step}, L2 {l2} (of {string.Join(", ", L2Choices.Select(static c => c.ToString(CultureInfo.InvariantCulture)))}, by inner folds)."));
        return new EventModel(
            types,
            thresholds,
            names.Select((name, n) => KeyValuePair.Create(name, Math.Round(weights[n], 6))).Where(static w => w.Value != 0),
            [.. comments]);
    }

    /// <summary>Each example's probability under a model fitted on the inner folds it is not in.</summary>
    private static double[] OutOfFold(List<Example> examples, int[][] rows, int featureCount, double l2)
    {
        var outOfFold = new double[examples.Count];
        for (var fold = 0; fold < InnerFolds; fold++)
        {
            var train = Enumerable.Range(0, examples.Count).Where(k => examples[k].Sentence % InnerFolds != fold).ToArray();
            var inner = FitRefined(examples, rows, train, featureCount, l2);
            foreach (var k in Enumerable.Range(0, examples.Count).Where(k => examples[k].Sentence % InnerFolds == fold))
            {
                outOfFold[k] = Probability(inner, rows[k]);
            }
        }

        return outOfFold;
    }

    /// <summary>The share of the type's non-report sentences whose best out-of-fold candidate reaches the threshold.</summary>
    private static double PassedNonReports(List<Example> examples, double[] outOfFold, string type, double threshold)
    {
        var best = examples.Select((e, k) => (e, k)).Where(p => p.e.Event == type && !p.e.Label)
            .GroupBy(static p => p.e.Sentence).Select(g => g.Max(p => outOfFold[p.k])).ToArray();
        return best.Length == 0 ? 0 : (double)best.Count(p => p >= threshold) / best.Length;
    }

    private sealed record Example(string Event, List<string> Features, bool Label, int Sentence);

    /// <summary>
    /// Fits on the examples <paramref name="chosen"/>, then again on their negatives and only the best-scoring
    /// candidate of each report sentence: a sentence judged a report of an attack may hold other attack
    /// words that are not the report (the cause, an earlier attack), and the judgement is the sentence's.
    /// </summary>
    private static double[] FitRefined(List<Example> examples, int[][] rows, int[] chosen, int featureCount, double l2)
    {
        var first = Fit(examples, rows, chosen, featureCount, l2);
        var best = new Dictionary<int, int>();
        foreach (var k in chosen.Where(k => examples[k].Label))
        {
            if (!best.TryGetValue(examples[k].Sentence, out var b) || Probability(first, rows[k]) > Probability(first, rows[b]))
            {
                best[examples[k].Sentence] = k;
            }
        }

        return Fit(examples, rows, [.. chosen.Where(k => !examples[k].Label || best[examples[k].Sentence] == k)], featureCount, l2);
    }

    private static double[] Fit(List<Example> examples, int[][] rows, int[] chosen, int featureCount, double l2)
    {
        var subset = chosen.Select(k => examples[k]).ToList();
        return Fit([.. chosen.Select(k => rows[k])], [.. subset.Select(static e => e.Label)], ClassWeights(subset), featureCount, l2);
    }

    /// <summary>The features seen in at least two examples, ordinal-sorted, and each example's as their numbers.</summary>
    private static (string[] Names, int[][] Rows) Index(List<Example> examples)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            foreach (var feature in example.Features.Distinct(StringComparer.Ordinal))
            {
                seen[feature] = seen.GetValueOrDefault(feature) + 1;
            }
        }

        var names = seen.Where(static f => f.Value >= 2).Select(static f => f.Key).Order(StringComparer.Ordinal).ToArray();
        var index = names.Select(static (name, n) => (name, n)).ToDictionary(static p => p.name, static p => p.n, StringComparer.Ordinal);
        return (names, [.. examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).ToArray())]);
    }

    /// <summary>
    /// The highest threshold (at most 0.5, rounded down to 0.01) that keeps <see cref="TargetRecall"/> of the
    /// type's report sentences, each by its best out-of-fold candidate.
    /// </summary>
    private static double Threshold(List<Example> examples, double[] outOfFold, string type)
    {
        var best = examples.Select((e, k) => (e, k)).Where(p => p.e.Event == type && p.e.Label)
            .GroupBy(static p => p.e.Sentence).Select(g => g.Max(p => outOfFold[p.k])).Order().ToArray();
        if (best.Length == 0)
        {
            return 0.5;
        }

        var at = best[(int)Math.Floor((1 - TargetRecall) * best.Length)];
        return Math.Min(0.5, Math.Floor(at * 100) / 100);
    }

    private static double Probability(double[] weights, int[] row)
    {
        var sum = 0.0;
        foreach (var f in row)
        {
            sum += weights[f];
        }

        return 1 / (1 + Math.Exp(-sum));
    }

    private static List<Example> Examples(MarsadPipeline pipeline, IEnumerable<TrainingSentence> sentences)
    {
        var examples = new List<Example>();
        var done = new HashSet<(string, PloverType)>();
        var number = -1;
        foreach (var sentence in sentences)
        {
            number++;
            if (!done.Add((sentence.Text, sentence.Event)))
            {
                continue;
            }

            var document = new SourceDocument { Source = "training", Text = sentence.Text, Published = sentence.Date };
            foreach (var (candidate, rules) in pipeline.EventCandidates(document))
            {
                if (candidate.Event == sentence.Event && rules.Verdict == DecisionVerdict.Keep && EventDecision.SaysItHappened(candidate.Modality))
                {
                    examples.Add(new Example(PloverTypes.Name(candidate.Event), CandidateFeatures.Of(candidate), sentence.Reports, number));
                }
            }
        }

        return examples;
    }

    /// <summary>Per example, the weight that makes each type's reports and non-reports count alike.</summary>
    private static double[] ClassWeights(List<Example> examples)
    {
        var counts = examples.GroupBy(static e => (e.Event, e.Label)).ToDictionary(static g => g.Key, static g => g.Count());
        return [.. examples.Select(e =>
        {
            var total = counts.GetValueOrDefault((e.Event, true)) + counts.GetValueOrDefault((e.Event, false));
            return total / (2.0 * counts[(e.Event, e.Label)]);
        })];
    }

    /// <summary>
    /// Full-batch AdaGrad on the weighted mean log-loss plus L2, from zero: each feature's step shrinks with
    /// the gradients it has had, so rare features (a word of one sentence) move as far as common ones.
    /// </summary>
    private static double[] Fit(int[][] rows, bool[] labels, double[] classWeights, int featureCount, double l2)
    {
        var weights = new double[featureCount];
        var gradient = new double[featureCount];
        var squares = new double[featureCount];
        var n = Math.Max(1, rows.Length);
        for (var round = 0; round < Rounds; round++)
        {
            for (var f = 0; f < featureCount; f++)
            {
                gradient[f] = l2 * weights[f];
            }

            for (var r = 0; r < rows.Length; r++)
            {
                var error = (Probability(weights, rows[r]) - (labels[r] ? 1 : 0)) * classWeights[r] / n;
                foreach (var f in rows[r])
                {
                    gradient[f] += error;
                }
            }

            for (var f = 0; f < featureCount; f++)
            {
                squares[f] += gradient[f] * gradient[f];
                if (squares[f] > 0)
                {
                    weights[f] -= Step * gradient[f] / Math.Sqrt(squares[f]);
                }
            }
        }

        return weights;
    }
}
