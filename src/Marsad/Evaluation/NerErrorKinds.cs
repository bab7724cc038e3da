using System.Collections.Immutable;

namespace Marsad.Evaluation;

/// <summary>How a wrong chunk relates to the gold (or a missed gold chunk to the prediction).</summary>
public enum NerErrorKind
{
    /// <summary>It overlaps a chunk of the same type on the other side, with other bounds.</summary>
    Boundary,

    /// <summary>The other side has a chunk over exactly the same tokens, of another type (<see cref="NerErrorCount.Other"/>).</summary>
    Type,

    /// <summary>It overlaps only chunks of other types, none over exactly its tokens.</summary>
    BoundaryAndType,

    /// <summary>It overlaps nothing on the other side: wholly spurious (a prediction) or wholly missed (a gold chunk).</summary>
    Alone,
}

/// <summary>Which part of the entity layer made a wrong chunk, read against the rules alone on the same text.</summary>
public enum NerErrorSource
{
    /// <summary>The rules alone give the same chunk: the tagger kept it.</summary>
    Rules,

    /// <summary>The rules alone give nothing over its tokens: the tagger's chunk (or its name propagated).</summary>
    Tagger,

    /// <summary>The rules alone give a chunk over some of its tokens, another span or type: the tagger reshaped or retyped it.</summary>
    Both,

    /// <summary>A gold chunk nothing was predicted over, nor by the rules alone.</summary>
    Neither,
}

/// <summary>
/// How many errors of one type are of one kind from one source. <see cref="Missed"/>: a gold chunk not
/// predicted (else a predicted chunk not in the gold); <see cref="Other"/>: the other side's type for
/// <see cref="NerErrorKind.Type"/> and <see cref="NerErrorKind.BoundaryAndType"/> (MISC included), else empty.
/// </summary>
public sealed record NerErrorCount(string Type, bool Missed, NerErrorKind Kind, string Other, NerErrorSource Source, int Count);

/// <summary>
/// The errors of an entity evaluation by kind (boundary, type confusion, both, alone) and by source (the
/// rules, the tagger, both), counted over the scored chunks only: for each type, every predicted chunk
/// the gold lacks and every gold chunk not predicted. A prediction's source is read by comparing it with
/// the chunks of the rules alone on the same text (<paramref name="rules"/>, which no fold changes); a
/// missed chunk's is the source of the prediction over it, and for one nothing covers, "tagger" when the
/// rules alone had a chunk there (the layer dropped it) and "neither" when they had none.
/// </summary>
public static class NerErrorKinds
{
    public static ImmutableArray<NerErrorCount> Count(IEnumerable<Chunk> gold, IEnumerable<Chunk> predicted, IEnumerable<Chunk> rules, IReadOnlyList<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        var goldBy = BySentence(goldSet);
        var predictedBy = BySentence(predictedSet);
        var rulesBy = BySentence(rules);
        var counts = new Dictionary<(string, bool, NerErrorKind, string, NerErrorSource), int>();
        void Add(Chunk chunk, bool missed, NerErrorKind kind, string other, NerErrorSource source)
        {
            var key = (chunk.Type, missed, kind, other, source);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        foreach (var p in predictedSet.Where(p => types.Contains(p.Type) && !goldSet.Contains(p)))
        {
            var (kind, other) = Relation(p, Overlapping(goldBy, p));
            Add(p, false, kind, other, SourceOf(p, rulesBy));
        }

        foreach (var g in goldSet.Where(g => types.Contains(g.Type) && !predictedSet.Contains(g)))
        {
            var over = Overlapping(predictedBy, g);
            var (kind, other) = Relation(g, over);
            var source = kind == NerErrorKind.Alone
                ? (Overlapping(rulesBy, g).Count > 0 ? NerErrorSource.Tagger : NerErrorSource.Neither)
                : SourceOf(Nearest(g, over, kind, other), rulesBy);
            Add(g, true, kind, other, source);
        }

        return [.. counts
            .Select(static c => new NerErrorCount(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Key.Item4, c.Key.Item5, c.Value))
            .OrderBy(c => IndexOf(types, c.Type)).ThenBy(static c => c.Missed).ThenBy(static c => c.Kind)
            .ThenBy(static c => c.Other, StringComparer.Ordinal).ThenBy(static c => c.Source)];
    }

    /// <summary>The kind of one wrong chunk (and the other side's type, for a type error) given every chunk of the other side.</summary>
    public static (NerErrorKind Kind, string Other) KindOf(Chunk chunk, IEnumerable<Chunk> otherSide) =>
        Relation(chunk, otherSide.Where(o => o.Sentence == chunk.Sentence && o.Start < chunk.End && chunk.Start < o.End).ToList());

    // The kind of a chunk's error given the other side's chunks over it: the same tokens with another type
    // first, then any overlap of its own type, then overlaps of other types only.
    private static (NerErrorKind Kind, string Other) Relation(Chunk chunk, List<Chunk> over)
    {
        if (over.Count == 0)
        {
            return (NerErrorKind.Alone, "");
        }

        if (over.FirstOrDefault(o => o.Start == chunk.Start && o.End == chunk.End) is { Type: not null } same)
        {
            return (NerErrorKind.Type, same.Type);
        }

        return over.Any(o => o.Type == chunk.Type)
            ? (NerErrorKind.Boundary, "")
            : (NerErrorKind.BoundaryAndType, over.OrderBy(static o => o.Start).First().Type);
    }

    // The prediction a missed chunk's kind was read from.
    private static Chunk Nearest(Chunk gold, List<Chunk> over, NerErrorKind kind, string other) => kind switch
    {
        NerErrorKind.Type => over.First(o => o.Start == gold.Start && o.End == gold.End),
        NerErrorKind.Boundary => over.First(o => o.Type == gold.Type),
        _ => over.OrderBy(static o => o.Start).First(o => o.Type == other),
    };

    private static NerErrorSource SourceOf(Chunk predicted, Dictionary<int, List<Chunk>> rules)
    {
        var over = Overlapping(rules, predicted);
        return over.Count == 0 ? NerErrorSource.Tagger : over.Contains(predicted) ? NerErrorSource.Rules : NerErrorSource.Both;
    }

    private static List<Chunk> Overlapping(Dictionary<int, List<Chunk>> by, Chunk chunk) =>
        by.TryGetValue(chunk.Sentence, out var list) ? list.Where(o => o.Start < chunk.End && chunk.Start < o.End).ToList() : [];

    private static Dictionary<int, List<Chunk>> BySentence(IEnumerable<Chunk> chunks)
    {
        var by = new Dictionary<int, List<Chunk>>();
        foreach (var chunk in chunks)
        {
            if (!by.TryGetValue(chunk.Sentence, out var list))
            {
                by[chunk.Sentence] = list = [];
            }

            list.Add(chunk);
        }

        return by;
    }

    private static int IndexOf(IReadOnlyList<string> types, string type)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (types[i] == type)
            {
                return i;
            }
        }

        return types.Count;
    }
}
