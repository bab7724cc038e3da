using System.Collections.Immutable;

namespace Marsad.Evaluation;

/// <summary>A labelled chunk of tokens [Start, End) of one sentence.</summary>
public readonly record struct Chunk(int Sentence, int Start, int End, string Type);

/// <summary>Counts for one type, conlleval-style: a chunk is right only if its start, end and type all are.</summary>
public sealed record TypeScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Chunk scoring over IOB2 sequences.</summary>
public static class ChunkScore
{
    /// <summary>The chunks of one IOB2 tag sequence (an I- without its B- starts a chunk, as conlleval reads it).</summary>
    public static IEnumerable<Chunk> Chunks(int sentence, IReadOnlyList<string> tags)
    {
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var tagType = tag.Length > 2 ? tag[2..] : null;
            var continues = tag.StartsWith("I-", StringComparison.Ordinal) && tagType == type;
            if (type is not null && !continues)
            {
                yield return new Chunk(sentence, start, i, type);
                type = null;
            }

            if (tagType is not null && !continues)
            {
                start = i;
                type = tagType;
            }
        }
    }

    /// <summary>Per-type scores over <paramref name="types"/>, then the overall row (type "ALL").</summary>
    public static ImmutableArray<TypeScore> Score(IEnumerable<Chunk> gold, IEnumerable<Chunk> predicted, IReadOnlyList<string> types)
    {
        var goldSet = gold.Where(c => types.Contains(c.Type)).ToHashSet();
        var predictedSet = predicted.Where(c => types.Contains(c.Type)).ToHashSet();
        var rows = types.Select(t => new TypeScore(
            t,
            goldSet.Count(c => c.Type == t),
            predictedSet.Count(c => c.Type == t),
            predictedSet.Count(c => c.Type == t && goldSet.Contains(c)))).ToList();
        rows.Add(new TypeScore("ALL", rows.Sum(r => r.Gold), rows.Sum(r => r.Predicted), rows.Sum(r => r.Correct)));
        return [.. rows];
    }
}
