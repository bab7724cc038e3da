using System.Collections.Immutable;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;

namespace Marsad.Evaluation;

/// <summary>How a cross-validated run is set up: the features, the disagreement policy, propagation, the trainer's passes.</summary>
public sealed record NerCvOptions(
    FeatureGroups Groups = FeatureGroups.Default,
    DisagreementPolicy Policy = DisagreementPolicy.TaggerDecidesUnknown,
    bool Propagate = true,
    int Epochs = NerTrainer.DefaultEpochs,
    int Bits = NerTrainer.DefaultBits,
    float? OrganizationMargin = null,
    bool NestedOrganizationMargin = false,
    bool NestedMargins = false,
    bool MarginCurve = false,
    TypePolicies? Policies = null,
    int Mixes = NerTrainer.DefaultMixes)
{
    /// <summary>The policy of each type: <see cref="Policies"/> when set, else <see cref="Policy"/> for all.</summary>
    public TypePolicies ByType => Policies ?? TypePolicies.All(Policy);
}

/// <summary>
/// K-fold cross-validation of the entity layer (rules + tagger + propagation) on a CoNLL file. The file's
/// documents (<see cref="NerEvaluation.DefaultDocumentSize"/> sentences each, kept whole) are cut into K
/// consecutive folds; for each fold the tagger is trained on the other folds and on every extra
/// corpus, and the layer with that model scores the held-out fold. The chunks of all folds are summed
/// into one score. No document is ever scored by a model that was trained on it.
/// </summary>
public static class NerCrossValidation
{
    /// <summary>The margins a nested choice tries (<see cref="NerCvOptions.NestedOrganizationMargin"/>); negative infinity keeps every chunk.</summary>
    public static readonly IReadOnlyList<float> MarginCandidates = [float.NegativeInfinity, 1, 3, 10, 30];

    /// <summary>The margins a precision/recall curve is drawn at (<see cref="NerCvOptions.MarginCurve"/>); positive infinity drops every tagger-only chunk of the type.</summary>
    public static readonly IReadOnlyList<float> CurveMargins = [float.NegativeInfinity, 1, 2, 3, 5, 10, 20, 30, 50, 100, float.PositiveInfinity];

    // The training folds are cut into this many inner folds to choose a margin.
    private const int InnerFolds = 4;

    public static NerResult Run(
        EntityGazetteer gazetteer,
        EntityRecognizer recognizer,
        ImmutableArray<ConllSentence> sentences,
        IReadOnlyList<NerDocument> documents,
        IReadOnlyList<NerDocument> extra,
        int folds,
        NerCvOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(extra);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(folds, documents.Count);
        var count = documents.Count;
        int FoldOf(int document) => (int)((long)document * folds / count);

        // Extra documents are numbered after the file's own, so "every group past the file's" is always in training.
        var set = NerTraining.Set(documents.Concat(extra), new NerFeatures(gazetteer, options.Groups));
        var gold = new List<Chunk>();
        var predicted = new List<Chunk>();
        var chosen = new List<float>();
        var chosenByType = new List<string>();
        var curve = new (List<Chunk> Gold, List<Chunk> Predicted)[ScoredTypes.Length * CurveMargins.Count];
        for (var c = 0; c < curve.Length; c++)
        {
            curve[c] = ([], []);
        }

        for (var k = 0; k < folds; k++)
        {
            var fold = k;
            var model = (options.Groups & FeatureGroups.Clusters) == 0
                ? NerTrainer.Train(set, options.Groups, g => g >= count || FoldOf(g) != fold, options.Bits, options.Epochs, NerTrainer.DefaultSeed, options.Mixes)
                : TrainWithClusters(gazetteer, documents.Where(d => FoldOf(d.Group) != fold).Concat(extra).ToList(), options);
            if (options.NestedOrganizationMargin)
            {
                var margin = ChooseMargin(gazetteer, recognizer, sentences, set, count, d => FoldOf(d) != fold, options);
                chosen.Add(margin);
                model = model.WithOrganizationMargin(margin);
            }
            else if (options.OrganizationMargin is { } margin)
            {
                model = model.WithOrganizationMargin(margin);
            }
            else if (options.NestedMargins)
            {
                var margins = ChooseMargins(gazetteer, recognizer, sentences, set, count, d => FoldOf(d) != fold, options);
                chosenByType.Add(string.Join(" ", ScoredTypes.Select((t, i) => $"{Name(t)}={Show(margins[i])}")));
                for (var i = 0; i < ScoredTypes.Length; i++)
                {
                    model = model.WithMargin(ScoredTypes[i], margins[i]);
                }
            }

            if (options.MarginCurve)
            {
                for (var i = 0; i < ScoredTypes.Length; i++)
                {
                    for (var c = 0; c < CurveMargins.Count; c++)
                    {
                        var curved = new EntityLayer(recognizer, gazetteer, new NerTagger(model.WithMargin(ScoredTypes[i], CurveMargins[c]), gazetteer), options.ByType, options.Propagate);
                        var scored = NerEvaluation.Run(text => curved.Recognize(text, null), sentences, NerEvaluation.DefaultDocumentSize, d => FoldOf(d) == fold);
                        curve[(i * CurveMargins.Count) + c].Gold.AddRange(scored.Gold);
                        curve[(i * CurveMargins.Count) + c].Predicted.AddRange(scored.Predicted);
                    }
                }
            }

            var layer = new EntityLayer(recognizer, gazetteer, new NerTagger(model, gazetteer), options.ByType, options.Propagate);
            var result = NerEvaluation.Run(text => layer.Recognize(text, null), sentences, NerEvaluation.DefaultDocumentSize, d => FoldOf(d) == fold);
            gold.AddRange(result.Gold);
            predicted.AddRange(result.Predicted);
        }

        var points = ImmutableArray.CreateBuilder<MarginPoint>();
        for (var i = 0; i < ScoredTypes.Length && options.MarginCurve; i++)
        {
            for (var c = 0; c < CurveMargins.Count; c++)
            {
                var (g, p) = curve[(i * CurveMargins.Count) + c];
                points.Add(new MarginPoint(ScoredTypes[i], CurveMargins[c], ChunkScore.Score(g, p, NerEvaluation.ScoredTypes).Single(r => r.Type == Name(ScoredTypes[i]))));
            }
        }

        return new NerResult(ChunkScore.Score(gold, predicted, NerEvaluation.ScoredTypes), [.. gold], [.. predicted], sentences)
        {
            Margins = [.. chosen],
            MarginsByType = [.. chosenByType],
            Curve = points.ToImmutable(),
        };
    }

    /// <summary>
    /// A model with word clusters built from <paramref name="training"/> alone (never a scored fold), the
    /// features extracted again with them: the clusters differ from fold to fold.
    /// </summary>
    private static NerModel TrainWithClusters(EntityGazetteer gazetteer, List<NerDocument> training, NerCvOptions options)
    {
        var clusters = NerTraining.Clusters(gazetteer, training);
        var set = NerTraining.Set(training, new NerFeatures(gazetteer, options.Groups, clusters));
        return NerTrainer.Train(set, options.Groups, null, options.Bits, options.Epochs, NerTrainer.DefaultSeed, options.Mixes).WithClusters(clusters);
    }

    // The tagger's types in the order margins are chosen and drawn.
    private static readonly NerType[] ScoredTypes = [NerType.Loc, NerType.Pers, NerType.Org];

    private static string Name(NerType type) => type.ToString().ToUpperInvariant();

    private static string Show(float margin) => float.IsNegativeInfinity(margin) ? "none" : margin.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Each type's margin chosen inside one outer fold's training documents, as <see cref="ChooseMargin"/>
    /// chooses the organisations' one: for each type, the candidate with the best F1 of that type summed
    /// over the inner folds, the other types keeping every chunk while it is tried (the types' tagger-only
    /// chunks hardly touch each other in the merge). By <see cref="ScoredTypes"/>.
    /// </summary>
    private static float[] ChooseMargins(EntityGazetteer gazetteer, EntityRecognizer recognizer, ImmutableArray<ConllSentence> sentences, NerTrainingSet set, int count, Func<int, bool> training, NerCvOptions options)
    {
        var inner = InnerFoldsOf(count, training, out var innerFolds);
        var runs = new (List<Chunk> Gold, List<Chunk> Predicted)[ScoredTypes.Length * MarginCandidates.Count];
        for (var r = 0; r < runs.Length; r++)
        {
            runs[r] = ([], []);
        }

        for (var j = 0; j < innerFolds; j++)
        {
            var held = j;
            var model = NerTrainer.Train(set, options.Groups, g => g >= count || (inner[g] >= 0 && inner[g] != held), options.Bits, options.Epochs, NerTrainer.DefaultSeed, options.Mixes);
            for (var i = 0; i < ScoredTypes.Length; i++)
            {
                for (var c = 0; c < MarginCandidates.Count; c++)
                {
                    // The first candidate (no margin) is the same run for every type: scored once, shared.
                    var r = (i * MarginCandidates.Count) + c;
                    if (c == 0 && i > 0)
                    {
                        continue;
                    }

                    var layer = new EntityLayer(recognizer, gazetteer, new NerTagger(model.WithMargin(ScoredTypes[i], MarginCandidates[c]), gazetteer), options.ByType, options.Propagate);
                    var result = NerEvaluation.Run(text => layer.Recognize(text, null), sentences, NerEvaluation.DefaultDocumentSize, d => inner[d] == held);
                    runs[r].Gold.AddRange(result.Gold);
                    runs[r].Predicted.AddRange(result.Predicted);
                }
            }
        }

        var chosen = new float[ScoredTypes.Length];
        for (var i = 0; i < ScoredTypes.Length; i++)
        {
            var bestF1 = -1.0;
            for (var c = 0; c < MarginCandidates.Count; c++)
            {
                var (g, p) = runs[c == 0 ? 0 : (i * MarginCandidates.Count) + c];
                var f1 = ChunkScore.Score(g, p, NerEvaluation.ScoredTypes).Single(r => r.Type == Name(ScoredTypes[i])).F1;
                if (f1 > bestF1)
                {
                    (chosen[i], bestF1) = (MarginCandidates[c], f1);
                }
            }
        }

        return chosen;
    }

    /// <summary>The inner fold of each document <paramref name="training"/> accepts (-1 for the others), in <paramref name="innerFolds"/> consecutive folds.</summary>
    private static int[] InnerFoldsOf(int count, Func<int, bool> training, out int innerFolds)
    {
        var documents = Enumerable.Range(0, count).Where(training).ToArray();
        innerFolds = Math.Clamp(documents.Length, 1, InnerFolds);
        var inner = new int[count];
        Array.Fill(inner, -1);
        for (var p = 0; p < documents.Length; p++)
        {
            inner[documents[p]] = (int)((long)p * innerFolds / documents.Length);
        }

        return inner;
    }

    /// <summary>
    /// The organisation margin chosen inside one outer fold's training documents (those
    /// <paramref name="training"/> accepts, never the held-out fold): they are cut into
    /// <see cref="InnerFolds"/> consecutive inner folds (fewer if there are fewer documents), a tagger trained on the other inner folds and the
    /// extra corpora scores each with every candidate of <see cref="MarginCandidates"/>, and the candidate
    /// with the best ORG F1 summed over the inner folds is taken (the smaller margin on a tie).
    /// </summary>
    private static float ChooseMargin(EntityGazetteer gazetteer, EntityRecognizer recognizer, ImmutableArray<ConllSentence> sentences, NerTrainingSet set, int count, Func<int, bool> training, NerCvOptions options)
    {
        var inner = InnerFoldsOf(count, training, out var innerFolds);
        var gold = new List<Chunk>[MarginCandidates.Count];
        var predicted = new List<Chunk>[MarginCandidates.Count];
        for (var c = 0; c < MarginCandidates.Count; c++)
        {
            (gold[c], predicted[c]) = ([], []);
        }

        for (var j = 0; j < innerFolds; j++)
        {
            var held = j;
            var model = NerTrainer.Train(set, options.Groups, g => g >= count || (inner[g] >= 0 && inner[g] != held), options.Bits, options.Epochs, NerTrainer.DefaultSeed, options.Mixes);
            for (var c = 0; c < MarginCandidates.Count; c++)
            {
                var layer = new EntityLayer(recognizer, gazetteer, new NerTagger(model.WithOrganizationMargin(MarginCandidates[c]), gazetteer), options.ByType, options.Propagate);
                var result = NerEvaluation.Run(text => layer.Recognize(text, null), sentences, NerEvaluation.DefaultDocumentSize, d => inner[d] == held);
                gold[c].AddRange(result.Gold);
                predicted[c].AddRange(result.Predicted);
            }
        }

        var best = 0;
        var bestF1 = -1.0;
        for (var c = 0; c < MarginCandidates.Count; c++)
        {
            var f1 = ChunkScore.Score(gold[c], predicted[c], ["ORG"]).Single(r => r.Type == "ORG").F1;
            if (f1 > bestF1)
            {
                (best, bestF1) = (c, f1);
            }
        }

        return MarginCandidates[best];
    }
}
