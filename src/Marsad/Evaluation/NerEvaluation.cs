using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>The outcome of a named-entity evaluation: scores, and the chunks behind them for error reading.</summary>
public sealed record NerResult(ImmutableArray<TypeScore> Scores, ImmutableArray<Chunk> Gold, ImmutableArray<Chunk> Predicted, ImmutableArray<ConllSentence> Sentences);

/// <summary>
/// Scores the entity recogniser on a CoNLL corpus. Each sentence is rebuilt as text and recognised on
/// its own; each mention of form name or metonym becomes a chunk over the tokens it overlaps, typed
/// COUNTRY/LOCATION → LOC, PERSON → PERS, ORGANIZATION/GROUP → ORG (as the corpus tags them).
/// Adjectives and role phrases are not names in the corpus's tagging and are left out; MISC is not scored.
/// </summary>
public static class NerEvaluation
{
    public static readonly IReadOnlyList<string> ScoredTypes = ["LOC", "PERS", "ORG"];

    public static NerResult Run(EntityRecognizer recognizer, ImmutableArray<ConllSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var gold = ImmutableArray.CreateBuilder<Chunk>();
        var predicted = ImmutableArray.CreateBuilder<Chunk>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            gold.AddRange(ChunkScore.Chunks(s, sentence.Tags));
            predicted.AddRange(Predict(recognizer, s, sentence));
        }

        return new NerResult(ChunkScore.Score(gold, predicted, ScoredTypes), gold.ToImmutable(), predicted.ToImmutable(), sentences);
    }

    private static IEnumerable<Chunk> Predict(EntityRecognizer recognizer, int index, ConllSentence sentence)
    {
        var (text, starts) = sentence.Rebuild();
        var entities = recognizer.Recognize(TextAnalysis.Create(text), null);
        var taken = new bool[sentence.Tokens.Length];
        var spans = entities
            .Where(e => CorpusType(e.Type) is not null)
            .SelectMany(e => e.Mentions.Where(m => m.Form is MentionForms.Name or MentionForms.Metonym).Select(m => (m.Span, Type: CorpusType(e.Type)!)))
            .OrderByDescending(m => m.Span.Length);
        foreach (var (span, type) in spans)
        {
            var (first, end) = TokensOf(span, starts, sentence.Tokens);
            if (first >= end || taken.AsSpan(first, end - first).Contains(true))
            {
                continue;
            }

            taken.AsSpan(first, end - first).Fill(true);
            yield return new Chunk(index, first, end, type);
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

    private static string? CorpusType(string type) => type switch
    {
        "COUNTRY" or "LOCATION" => "LOC",
        "PERSON" => "PERS",
        "ORGANIZATION" or "GROUP" => "ORG",
        _ => null,
    };
}
