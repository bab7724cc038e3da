namespace Marsad.Recognition.Tagging;

/// <summary>
/// Word clusters for the tagger: each frequent clitic-stripped word form (by its hash,
/// <see cref="FeatureHash.Word"/>) in one of <see cref="Count"/> clusters of words that stand between the
/// same neighbours, so that a name the training text never tagged shares a feature with those it did
/// (a cheap stand-in for Brown clusters). Built from training text only, by <see cref="Build"/>;
/// 0 is "no cluster" (a rare or unseen word).
/// </summary>
/// <remarks>
/// The clustering is k-means over context vectors: a word's counts of each of the
/// <see cref="ContextWords"/> most frequent forms right before it and right after it, square-rooted and
/// scaled to length 1; centroids start at the most frequent words' vectors and are compared by cosine.
/// Everything runs in a fixed order on ordered data, so the same text gives the same clusters.
/// </remarks>
public sealed class WordClusters
{
    /// <summary>The number of clusters (ids 1..Count; 255 scored a little above 128 in cross-validation).</summary>
    public const int Count = 255;

    // A word is clustered when seen this often; a rarer word's neighbours say too little.
    private const int MinCount = 3;

    // The context vocabulary: the most frequent forms on each side.
    private const int ContextWords = 300;

    private const int Iterations = 8;

    private readonly Dictionary<uint, byte> _clusters;

    private WordClusters(Dictionary<uint, byte> clusters) => _clusters = clusters;

    /// <summary>How many words have a cluster.</summary>
    public int WordCount => _clusters.Count;

    /// <summary>The cluster of a stripped word form's hash; 0 if it has none.</summary>
    public int Of(uint strippedHash) => _clusters.TryGetValue(strippedHash, out var cluster) ? cluster : 0;

    /// <summary>The (hash, cluster) pairs in hash order, as a model file stores them.</summary>
    public IEnumerable<(uint Hash, byte Cluster)> Pairs() => _clusters.OrderBy(static p => p.Key).Select(static p => (p.Key, p.Value));

    /// <summary>Clusters from stored pairs (<see cref="Pairs"/>).</summary>
    public static WordClusters From(IEnumerable<(uint Hash, byte Cluster)> pairs) => new(pairs.ToDictionary(static p => p.Hash, static p => p.Cluster));

    /// <summary>Clusters of the words of <paramref name="sequences"/> (each a sentence's stripped-form hashes, in order), at most <paramref name="count"/> of them.</summary>
    public static WordClusters Build(IEnumerable<uint[]> sequences, int count = Count)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Count);
        var all = sequences.ToList();
        var frequency = new Dictionary<uint, int>();
        foreach (var sequence in all)
        {
            foreach (var word in sequence)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        // Most frequent first, ties by hash: the order every later step follows.
        var ranked = frequency.Where(static p => p.Value >= MinCount).OrderByDescending(static p => p.Value).ThenBy(static p => p.Key).Select(static p => p.Key).ToArray();
        var row = new Dictionary<uint, int>(ranked.Length);
        for (var r = 0; r < ranked.Length; r++)
        {
            row[ranked[r]] = r;
        }

        var vectors = ContextVectors(all, row, Math.Min(ContextWords, ranked.Length));
        var clusters = Math.Min(count, ranked.Length);
        var assignment = KMeans(vectors, clusters, 2 * ContextWords);
        var map = new Dictionary<uint, byte>(ranked.Length);
        for (var r = 0; r < ranked.Length; r++)
        {
            map[ranked[r]] = (byte)(assignment[r] + 1);
        }

        return new WordClusters(map);
    }

    // Each ranked word's sparse context vector: (dimension, weight) sorted by dimension, length 1.
    private static (int Dimension, float Weight)[][] ContextVectors(List<uint[]> sequences, Dictionary<uint, int> row, int contexts)
    {
        var counts = new SortedDictionary<int, int>[row.Count];
        for (var r = 0; r < counts.Length; r++)
        {
            counts[r] = [];
        }

        foreach (var sequence in sequences)
        {
            for (var t = 0; t < sequence.Length; t++)
            {
                if (!row.TryGetValue(sequence[t], out var r))
                {
                    continue;
                }

                if (t > 0 && row.TryGetValue(sequence[t - 1], out var before) && before < contexts)
                {
                    counts[r][before] = counts[r].GetValueOrDefault(before) + 1;
                }

                if (t + 1 < sequence.Length && row.TryGetValue(sequence[t + 1], out var after) && after < contexts)
                {
                    counts[r][ContextWords + after] = counts[r].GetValueOrDefault(ContextWords + after) + 1;
                }
            }
        }

        var vectors = new (int, float)[row.Count][];
        for (var r = 0; r < vectors.Length; r++)
        {
            var length = MathF.Sqrt(counts[r].Values.Sum(static c => (float)c));
            vectors[r] = [.. counts[r].Select(p => (p.Key, length == 0 ? 0f : MathF.Sqrt(p.Value) / length))];
        }

        return vectors;
    }

    // k-means by cosine, the first k vectors (the most frequent words) the first centroids.
    private static int[] KMeans((int Dimension, float Weight)[][] vectors, int k, int dimensions)
    {
        var centroids = new float[k * dimensions];
        for (var c = 0; c < k; c++)
        {
            foreach (var (d, w) in vectors[c])
            {
                centroids[(c * dimensions) + d] = w;
            }
        }

        var assignment = new int[vectors.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var r = 0; r < vectors.Length; r++)
            {
                var (best, bestScore) = (0, float.NegativeInfinity);
                for (var c = 0; c < k; c++)
                {
                    var score = 0f;
                    foreach (var (d, w) in vectors[r])
                    {
                        score += w * centroids[(c * dimensions) + d];
                    }

                    if (score > bestScore)
                    {
                        (best, bestScore) = (c, score);
                    }
                }

                assignment[r] = best;
            }

            Array.Clear(centroids);
            for (var r = 0; r < vectors.Length; r++)
            {
                foreach (var (d, w) in vectors[r])
                {
                    centroids[(assignment[r] * dimensions) + d] += w;
                }
            }

            for (var c = 0; c < k; c++)
            {
                var centroid = centroids.AsSpan(c * dimensions, dimensions);
                var length = 0f;
                foreach (var w in centroid)
                {
                    length += w * w;
                }

                length = MathF.Sqrt(length);
                for (var d = 0; d < dimensions && length > 0; d++)
                {
                    centroid[d] /= length;
                }
            }
        }

        return assignment;
    }
}
