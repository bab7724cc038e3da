using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>
/// One training document: CoNLL sentences rebuilt as text as <see cref="NerEvaluation"/> reads them, the
/// rules' entities on it, and each Marsad token's gold tag (the tag of the corpus token it lies in; a
/// corpus token split into several, such as a word with its comma, gives B to the first and I to the rest).
/// </summary>
public sealed record NerDocument(TextAnalysis Text, ImmutableArray<EntityRecord> Rules, ImmutableArray<byte> Gold, int Group);

/// <summary>Builds the tagger's training data from CoNLL corpora and trains it.</summary>
public static class NerTraining
{
    /// <summary>
    /// The documents of <paramref name="sentences"/> (<paramref name="documentSize"/> consecutive sentences
    /// each, as <see cref="NerEvaluation"/> cuts them), numbered from <paramref name="firstGroup"/>.
    /// </summary>
    public static List<NerDocument> Documents(EntityRecognizer recognizer, ImmutableArray<ConllSentence> sentences, int firstGroup, int documentSize = NerEvaluation.DefaultDocumentSize)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var documents = new List<NerDocument>();
        for (var first = 0; first < sentences.Length; first += documentSize)
        {
            var end = Math.Min(sentences.Length, first + documentSize);
            var (text, lines) = NerEvaluation.Document(sentences, first, end);
            var analysis = TextAnalysis.Create(text);
            var gold = GoldTags(analysis.Tokens, sentences, first, lines);
            documents.Add(new NerDocument(analysis, recognizer.Recognize(analysis, null), gold, firstGroup + (first / documentSize)));
        }

        return documents;
    }

    /// <summary>The training set of <paramref name="documents"/> with the features of <paramref name="features"/>, one sequence a sentence.</summary>
    public static NerTrainingSet Set(IEnumerable<NerDocument> documents, NerFeatures features)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(features);
        var set = new NerTrainingSet();
        Span<uint> buffer = stackalloc uint[NerFeatures.MaxPerToken];
        foreach (var document in documents)
        {
            using var prepared = features.Prepare(document.Text, document.Rules);
            foreach (var (first, end) in SentenceTokens.Of(document.Text))
            {
                for (var t = first; t < end; t++)
                {
                    var count = features.Extract(prepared, t, buffer);
                    set.AddToken(buffer[..count], document.Gold[t]);
                }

                set.EndSequence(document.Group);
            }
        }

        return set;
    }

    /// <summary>The word clusters of the documents' text (<see cref="WordClusters.Build"/>), one sequence a sentence.</summary>
    public static WordClusters Clusters(EntityGazetteer gazetteer, IEnumerable<NerDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var features = new NerFeatures(gazetteer, FeatureGroups.None);
        var sequences = new List<uint[]>();
        foreach (var document in documents)
        {
            using var prepared = features.Prepare(document.Text, document.Rules);
            foreach (var (first, end) in SentenceTokens.Of(document.Text))
            {
                sequences.Add(prepared.StrippedHashes.AsSpan(first, end - first).ToArray());
            }
        }

        return WordClusters.Build(sequences);
    }

    private static ImmutableArray<byte> GoldTags(ImmutableArray<Token> tokens, ImmutableArray<ConllSentence> sentences, int first, List<(string Text, ImmutableArray<int> Starts, int Base)> lines)
    {
        var gold = new byte[tokens.Length];
        var line = 0;
        var previousCorpusToken = (-1, -1);
        for (var t = 0; t < tokens.Length; t++)
        {
            var start = tokens[t].Span.Start;
            while (line + 1 < lines.Count && lines[line + 1].Base <= start)
            {
                line++;
            }

            var starts = lines[line].Starts;
            var local = start - lines[line].Base;
            var k = starts.Length - 1;
            while (k > 0 && starts[k] > local)
            {
                k--;
            }

            var tag = sentences[first + line].Tags[k];
            var type = tag.Length > 2 ? NerTags.FromCorpusName(tag.AsSpan(2)) : null;
            var sameCorpusToken = previousCorpusToken == (line, k);
            gold[t] = type is not { } known ? (byte)NerTags.O
                : (byte)(tag[0] == 'B' && !sameCorpusToken ? NerTags.Begin(known) : NerTags.Inside(known));
            previousCorpusToken = (line, k);
        }

        // An I- whose token follows no chunk of its type (a gold I- without its B-) starts one, as conlleval reads it.
        for (var t = 0; t < gold.Length; t++)
        {
            if (NerTags.IsInside(gold[t]) && (t == 0 || !NerTags.Allowed(gold[t - 1], gold[t])))
            {
                gold[t] = (byte)NerTags.Begin(NerTags.TypeOf(gold[t]));
            }
        }

        return [.. gold];
    }
}
