using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>The outcome of a named-entity evaluation: scores, and the chunks behind them for error reading.</summary>
public sealed record NerResult(ImmutableArray<TypeScore> Scores, ImmutableArray<Chunk> Gold, ImmutableArray<Chunk> Predicted, ImmutableArray<ConllSentence> Sentences)
{
    /// <summary>The organisation margin each fold chose inside its training folds, when cross-validation chose one (empty otherwise).</summary>
    public ImmutableArray<float> Margins { get; init; } = [];

    /// <summary>Each type's margin each fold chose inside its training folds (<c>LOC=3 PERS=none ORG=10</c>), when cross-validation chose them (empty otherwise).</summary>
    public ImmutableArray<string> MarginsByType { get; init; } = [];

    /// <summary>The precision/recall curve of each type's tagger-only chunks over their least margin, when cross-validation drew it (empty otherwise).</summary>
    public ImmutableArray<MarginPoint> Curve { get; init; } = [];
}

/// <summary>One point of a margin curve: the scores of <paramref name="Type"/> when its tagger-only chunks need <paramref name="Margin"/>.</summary>
public sealed record MarginPoint(Recognition.Tagging.NerType Type, float Margin, TypeScore Score);

/// <summary>
/// Scores the entity recogniser on a CoNLL corpus. Sentences are rebuilt as text and recognised in
/// documents of <c>documentSize</c> consecutive sentences (one line each), since the recogniser reads
/// documents (a family name stands for the person named in full earlier) and CoNLL files such as
/// ANERcorp keep no document boundaries. Each mention of form name or metonym becomes a chunk over the tokens it overlaps, typed
/// COUNTRY/LOCATION → LOC, PERSON → PERS, ORGANIZATION/GROUP → ORG (as the corpus tags them).
/// Adjectives and role phrases are not names in the corpus's tagging and are left out; MISC is not scored.
/// </summary>
public static class NerEvaluation
{
    public static readonly IReadOnlyList<string> ScoredTypes = ["LOC", "PERS", "ORG"];

    public const int DefaultDocumentSize = 20;

    public static NerResult Run(EntityRecognizer recognizer, ImmutableArray<ConllSentence> sentences, int documentSize = DefaultDocumentSize)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        return Run(text => recognizer.Recognize(text, null), sentences, documentSize);
    }

    /// <summary>
    /// Scores <paramref name="recognize"/> on the documents of <paramref name="sentences"/> that
    /// <paramref name="includeDocument"/> accepts (by document number; all when null): cross-validation
    /// scores each fold's documents with the model that did not see them.
    /// </summary>
    public static NerResult Run(Func<TextAnalysis, ImmutableArray<EntityRecord>> recognize, ImmutableArray<ConllSentence> sentences, int documentSize = DefaultDocumentSize, Func<int, bool>? includeDocument = null)
    {
        ArgumentNullException.ThrowIfNull(recognize);
        ArgumentOutOfRangeException.ThrowIfLessThan(documentSize, 1);
        var gold = ImmutableArray.CreateBuilder<Chunk>();
        var predicted = ImmutableArray.CreateBuilder<Chunk>();
        for (var first = 0; first < sentences.Length; first += documentSize)
        {
            if (includeDocument?.Invoke(first / documentSize) == false)
            {
                continue;
            }

            var end = Math.Min(sentences.Length, first + documentSize);
            for (var s = first; s < end; s++)
            {
                gold.AddRange(ChunkScore.Chunks(s, sentences[s].Tags));
            }

            predicted.AddRange(Predict(recognize, sentences, first, end));
        }

        return new NerResult(ChunkScore.Score(gold, predicted, ScoredTypes), gold.ToImmutable(), predicted.ToImmutable(), sentences);
    }

    /// <summary>Sentences [first, end) as one document, one sentence a line, and where each sentence starts in it.</summary>
    public static (string Text, List<(string Text, ImmutableArray<int> Starts, int Base)> Lines) Document(ImmutableArray<ConllSentence> sentences, int first, int end)
    {
        var rebuilt = new List<(string Text, ImmutableArray<int> Starts, int Base)>();
        var position = 0;
        for (var s = first; s < end; s++)
        {
            var (text, starts) = sentences[s].Rebuild();
            rebuilt.Add((text, starts, position));
            position += text.Length + 1;
        }

        return (string.Join('\n', rebuilt.Select(r => r.Text)), rebuilt);
    }

    /// <summary>Recognises sentences [first, end) as one document, one sentence a line, and maps mentions back to tokens.</summary>
    private static IEnumerable<Chunk> Predict(Func<TextAnalysis, ImmutableArray<EntityRecord>> recognize, ImmutableArray<ConllSentence> sentences, int first, int end)
    {
        var (document, rebuilt) = Document(sentences, first, end);
        var entities = recognize(TextAnalysis.Create(document));
        var taken = Enumerable.Range(first, end - first).Select(s => new bool[sentences[s].Tokens.Length]).ToArray();
        var spans = entities
            .Where(e => CorpusType(e.Type) is not null)
            .SelectMany(e => e.Mentions.Where(m => m.Form is MentionForms.Name or MentionForms.Metonym).Select(m => (m.Span, Type: CorpusType(e.Type)!)))
            .OrderByDescending(m => m.Span.Length);
        foreach (var (span, type) in spans)
        {
            var local = rebuilt.FindLastIndex(r => r.Base <= span.Start);
            var (sentenceText, starts, @base) = rebuilt[local];
            var sentence = sentences[first + local];
            var (firstToken, endToken) = TokensOf(new TextSpan(span.Start - @base, Math.Min(span.End - @base, sentenceText.Length)), starts, sentence.Tokens);
            if (firstToken < 0 || firstToken >= endToken || taken[local].AsSpan(firstToken, endToken - firstToken).Contains(true))
            {
                continue;
            }

            taken[local].AsSpan(firstToken, endToken - firstToken).Fill(true);
            yield return new Chunk(first + local, firstToken, endToken, type);
        }
    }

    private static (int First, int End) TokensOf(TextSpan span, ImmutableArray<int> starts, ImmutableArray<string> tokens)
    {
        var first = -1;
        var end = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            var tokenEnd = starts[t] + tokens[t].Length;
            if (starts[t] < span.End && tokenEnd > span.Start)
            {
                if (first < 0)
                {
                    first = t;
                }

                end = t + 1;
            }
        }

        return (first, end);
    }

    private static string? CorpusType(EntityType type) => type switch
    {
        EntityType.Country or EntityType.Location => "LOC",
        EntityType.Person => "PERS",
        EntityType.Organization or EntityType.Group => "ORG",
        _ => null,
    };
}
