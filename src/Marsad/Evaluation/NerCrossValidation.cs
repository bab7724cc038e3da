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
    float? OrganizationMargin = null);

/// <summary>
/// K-fold cross-validation of the entity layer (rules + tagger + propagation) on a CoNLL file. The file's
/// documents (<see cref="NerEvaluation.DefaultDocumentSize"/> sentences each, kept whole) are cut into K
/// consecutive folds; for each fold the tagger is trained on the other folds and on every extra
/// corpus, and the layer with that model scores the held-out fold. The chunks of all folds are summed
/// into one score. No document is ever scored by a model that was trained on it.
/// </summary>
public static class NerCrossValidation
{
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
        for (var k = 0; k < folds; k++)
        {
            var fold = k;
            var model = NerTrainer.Train(set, options.Groups, g => g >= count || FoldOf(g) != fold, options.Bits, options.Epochs);
            if (options.OrganizationMargin is { } margin)
            {
                model = model.WithOrganizationMargin(margin);
            }

            var layer = new EntityLayer(recognizer, gazetteer, new NerTagger(model, gazetteer), options.Policy, options.Propagate);
            var result = NerEvaluation.Run(text => layer.Recognize(text, null), sentences, NerEvaluation.DefaultDocumentSize, d => FoldOf(d) == fold);
            gold.AddRange(result.Gold);
            predicted.AddRange(result.Predicted);
        }

        return new NerResult(ChunkScore.Score(gold, predicted, NerEvaluation.ScoredTypes), [.. gold], [.. predicted], sentences);
    }
}
