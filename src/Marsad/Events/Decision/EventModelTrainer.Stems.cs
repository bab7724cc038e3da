using System.Collections.Immutable;
using System.Globalization;

namespace Marsad.Events.Decision;

/// <summary>The trainer's bag of stems: its columns for a number of buckets, and the settings the inner folds choose from.</summary>
public static partial class EventModelTrainer
{
    /// <summary>The numbers of buckets the inner folds choose from (2^12 to 2^16), fixed before any run.</summary>
    public static readonly ImmutableArray<int> StemBucketChoices = [1 << 12, 1 << 14, 1 << 16];

    /// <summary>The stems' own L2 weights the inner folds choose from, fixed before any run: a bag of some thirty words a sentence needs a pull of its own.</summary>
    public static readonly ImmutableArray<double> StemL2Choices = [0.01, 0.1, 1];

    /// <summary>Whether the bag holds adjacent pairs of stems too (true: 41 / 98 / 123 ASSAULT sentences cross-validated, worse than words alone).</summary>
    public static readonly bool StemBigrams;

    /// <summary>The L2 weight of the named features, and from column <paramref name="StemsFrom"/> on, of the stem buckets.</summary>
    private readonly record struct Penalty(double L2, int StemsFrom, double StemL2);

    /// <summary>One setting the inner folds weigh: the named features' L2, the buckets and the stems' L2.</summary>
    private readonly record struct Setting(double L2, int Buckets, double StemL2)
    {
        public Penalty Penalty(int stemsFrom) => new(L2, stemsFrom, StemL2);
    }

    /// <summary>
    /// The settings in the order a tie is settled in: the smaller L2 of the named features, then the fewer buckets
    /// (a smaller file), then the stronger pull on the stems.
    /// </summary>
    private static IEnumerable<Setting> Settings() =>
        from l2 in L2Choices
        from buckets in StemBucketChoices
        from stemL2 in StemL2Choices.Reverse()
        select new Setting(l2, buckets, stemL2);

    /// <summary>
    /// The examples' rows with their stem buckets after the named features: a bucket of a type seen in at least
    /// two examples of the type is a column (ordered by type, then bucket), named TYPE|stem#BUCKET.
    /// </summary>
    private static (string[] Names, int[][] Rows, int Columns) WithStems(List<Example> examples, int[][] rows, int first, int buckets)
    {

        var seen = new Dictionary<(string Type, uint Bucket), int>();
        var inExample = new HashSet<uint>();
        foreach (var example in examples)
        {
            inExample.Clear();
            foreach (var bucket in Buckets(example.Stems, buckets))
            {
                if (inExample.Add(bucket))
                {
                    seen[(example.Event, bucket)] = seen.GetValueOrDefault((example.Event, bucket)) + 1;
                }
            }
        }

        var kept = seen.Where(static s => s.Value >= 2).Select(static s => s.Key)
            .OrderBy(static k => k.Type, StringComparer.Ordinal).ThenBy(static k => k.Bucket).ToArray();
        var column = kept.Select((k, n) => (k, n)).ToDictionary(static p => p.k, p => first + p.n);
        var withStems = new int[examples.Count][];
        for (var k = 0; k < examples.Count; k++)
        {
            var type = examples[k].Event;
            withStems[k] = [.. rows[k], .. Buckets(examples[k].Stems, buckets).Where(b => column.ContainsKey((type, b))).Select(b => column[(type, b)])];
        }

        return ([.. kept.Select(static k => string.Create(CultureInfo.InvariantCulture, $"{k.Type}|{EventModel.StemFeature}{k.Bucket}"))], withStems, first + kept.Length);
    }

    /// <summary>The buckets of a sentence's stems, then of its adjacent pairs if the bag holds them: the order the model sums them in.</summary>
    private static IEnumerable<uint> Buckets(uint[] stems, int buckets)
    {
        var mask = (uint)(buckets - 1);
        foreach (var hash in stems)
        {
            yield return hash & mask;
        }

        for (var k = 1; StemBigrams && k < stems.Length; k++)
        {
            yield return SentenceStems.Pair(stems[k - 1], stems[k]) & mask;
        }
    }
}
