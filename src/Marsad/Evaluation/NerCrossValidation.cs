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
    bool NestedOrganizationMargin = false);

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
        for (var k = 0; k < folds; k++)
        {
            var fold = k;
            var model = NerTrainer.Train(set, options.Groups, g => g >= count || FoldOf(g) != fold, options.Bits, options.Epochs);
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

            var layer = new EntityLayer(recognizer, gazetteer, new NerTagger(model, gazetteer), options.Policy, options.Propagate);
            var result = NerEvaluation.Run(text => layer.Recognize(text, null), sentences, NerEvaluation.DefaultDocumentSize, d => FoldOf(d) == fold);
            gold.AddRange(result.Gold);
            predicted.AddRange(result.Predicted);
        }

        return new NerResult(ChunkScore.Score(gold, predicted, NerEvaluation.ScoredTypes), [.. gold], [.. predicted], sentences) { Margins = [.. chosen] };
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
        var documents = Enumerable.Range(0, count).Where(training).ToArray();
        var innerFolds = Math.Clamp(documents.Length, 1, InnerFolds);
        var inner = new int[count];
        Array.Fill(inner, -1);
        for (var p = 0; p < documents.Length; p++)
        {
            inner[documents[p]] = (int)((long)p * innerFolds / documents.Length);
        }

        var gold = new List<Chunk>[MarginCandidates.Count];
        var predicted = new List<Chunk>[MarginCandidates.Count];
        for (var c = 0; c < MarginCandidates.Count; c++)
        {
            (gold[c], predicted[c]) = ([], []);
        }

        for (var j = 0; j < innerFolds; j++)
        {
            var held = j;
            var model = NerTrainer.Train(set, options.Groups, g => g >= count || (inner[g] >= 0 && inner[g] != held), options.Bits, options.Epochs);
            for (var c = 0; c < MarginCandidates.Count; c++)
            {
                var layer = new EntityLayer(recognizer, gazetteer, new NerTagger(model.WithOrganizationMargin(MarginCandidates[c]), gazetteer), options.Policy, options.Propagate);
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
