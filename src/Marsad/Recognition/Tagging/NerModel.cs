using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// The tagger's weights: a table of 2^bits rows of <see cref="NerTags.Stride"/> 16-bit integers (one row
/// per hashed feature, one weight per tag, times <see cref="Scale"/>) and the tag-pair transition scores.
/// Immutable once built.
/// </summary>
/// <remarks>
/// Scoring a token reads one row per feature, scattered over the table: the table's size in the cache is
/// the tagger's speed. A row is 16 bytes (four to a cache line) and the 2^16 rows of the shipped model
/// take 1 MB; the same table of floats over 2^19 rows (16 MB) spent most of the tagger's time waiting on
/// memory, and scored no better in cross-validation (docs/EVALUATION.md).
/// File format (little-endian): the magic <c>MARSAD-NER/1\n</c>; int32 bits, feature groups, tag count;
/// float32 scale; the transitions as float32; then each row's <see cref="NerTags.Count"/> weights as int16.
/// </remarks>
public sealed class NerModel
{
    /// <summary>The resource name of the model shipped in the assembly (data/models/ner.bin).</summary>
    public const string ResourceName = "Marsad.data.models.ner.bin";

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("MARSAD-NER/1\n");

    private static readonly Lazy<NerModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // Every type's margin negative infinity: every chunk kept, no margin worked out.
    private static readonly float[] NoMargins = [float.NegativeInfinity, float.NegativeInfinity, float.NegativeInfinity];

    // By NerType.
    private readonly float[] _margins;

    private NerModel(int bits, FeatureGroups groups, short[] weights, float scale, float[] transitions, float[]? margins = null, WordClusters? clusters = null)
    {
        _margins = margins ?? NoMargins;
        Clusters = clusters;
        Bits = bits;
        Groups = groups;
        Weights = weights;
        Scale = scale;
        Transitions = transitions;
    }

    public int Bits { get; }

    /// <summary>
    /// The least <see cref="TaggedSpan.Margin"/> a chunk of <paramref name="type"/> that overlaps no rule
    /// mention needs to be kept (<see cref="EntityLayer"/>); negative infinity keeps every chunk and spares
    /// the tagger the second decoding that works the margin out.
    /// </summary>
    public float MarginOf(NerType type) => _margins[(int)type];

    /// <summary>Whether some type has a finite <see cref="MarginOf"/> (the tagger then works out those types' margins).</summary>
    public bool HasMargins => !ReferenceEquals(_margins, NoMargins);

    /// <summary>The least margin of a tagger-only organisation chunk (<see cref="MarginOf"/>).</summary>
    public float OrganizationMargin => MarginOf(NerType.Org);

    /// <summary>The same weights with another <see cref="OrganizationMargin"/>.</summary>
    public NerModel WithOrganizationMargin(float margin) => WithMargin(NerType.Org, margin);

    /// <summary>The same weights and the other types' margins, with <paramref name="margin"/> for <paramref name="type"/>.</summary>
    public NerModel WithMargin(NerType type, float margin)
    {
        var margins = (float[])_margins.Clone();
        margins[(int)type] = margin;
        return new(Bits, Groups, Weights, Scale, Transitions, Array.TrueForAll(margins, float.IsNegativeInfinity) ? null : margins, Clusters);
    }

    /// <summary>The word clusters the model's cluster features read (<see cref="FeatureGroups.Clusters"/>); null without them.</summary>
    public WordClusters? Clusters { get; }

    /// <summary>The same weights reading <paramref name="clusters"/>.</summary>
    public NerModel WithClusters(WordClusters? clusters) => new(Bits, Groups, Weights, Scale, Transitions, HasMargins ? _margins : null, clusters);

    public FeatureGroups Groups { get; }

    /// <summary>What one unit of a stored weight is worth.</summary>
    public float Scale { get; }

    internal short[] Weights { get; }

    internal float[] Transitions { get; }

    /// <summary>The model trained by <c>marsad train ner</c> and shipped in the assembly; null if the build has none.</summary>
    public static NerModel? Default => Embedded.Value;

    /// <summary>The table row of a feature hash in a table of 2^<paramref name="bits"/> rows (Fibonacci hashing spreads similar hashes).</summary>
    public static int Bucket(uint hash, int bits) => (int)((hash * 2654435761u) >> (32 - bits));

    /// <summary>The model of trained float weights (rows × Stride): each rounded to the nearest of 65,535 steps of the largest.</summary>
    internal static NerModel Quantize(int bits, FeatureGroups groups, float[] weights, float[] transitions)
    {
        var largest = 0f;
        foreach (var w in weights)
        {
            largest = Math.Max(largest, Math.Abs(w));
        }

        var scale = largest == 0 ? 1f : largest / short.MaxValue;
        var stored = new short[weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            stored[k] = (short)MathF.Round(weights[k] / scale);
        }

        return new NerModel(bits, groups, stored, scale, transitions);
    }

    /// <summary>The scores of one token's <paramref name="features"/> (hashes) per tag, into <paramref name="row"/> (Stride wide).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> row) => Scores(Sum(features), row);

    /// <summary>
    /// The stored weights of <paramref name="features"/> summed per tag, as integers: a token's sum may be
    /// taken in parts (<see cref="NerFeatures.ExtractWord"/>) and the parts added, to the same scores.
    /// </summary>
    public Vector256<int> Sum(ReadOnlySpan<uint> features)
    {
        ref var table = ref Weights[0];
        var sum = Vector256<int>.Zero;
        if (Avx2.IsSupported)
        {
            // A row's eight weights widened to eight ints by one instruction that also loads them: less work
            // per feature than two 128-bit halves, so more of the scattered reads are in flight at once.
            foreach (var feature in features)
            {
                sum += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref table, (nuint)(Bucket(feature, Bits) * NerTags.Stride)));
            }

            return sum;
        }

        foreach (var feature in features)
        {
            var (lower, upper) = Vector128.Widen(Vector128.LoadUnsafe(ref table, (nuint)(Bucket(feature, Bits) * NerTags.Stride)));
            sum += Vector256.Create(lower, upper);
        }

        return sum;
    }

    /// <summary>The scores per tag of a <see cref="Sum"/>, into <paramref name="row"/> (Stride wide).</summary>
    public void Scores(Vector256<int> sum, Span<float> row) => (Vector256.ConvertToSingle(sum) * Vector256.Create(Scale)).CopyTo(row);

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var rows = 1 << Bits;
        var buffer = new byte[Magic.Length + 16 + (Transitions.Length * 4) + (rows * NerTags.Count * 2)];
        Magic.CopyTo(buffer, 0);
        var at = Magic.Length;
        foreach (var value in (ReadOnlySpan<int>)[Bits, (int)Groups, NerTags.Count])
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(at), value);
            at += 4;
        }

        foreach (var value in (ReadOnlySpan<float>)[Scale, .. Transitions])
        {
            BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(at), value);
            at += 4;
        }

        for (var r = 0; r < rows; r++)
        {
            for (var tag = 0; tag < NerTags.Count; tag++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(at), Weights[(r * NerTags.Stride) + tag]);
                at += 2;
            }
        }

        stream.Write(buffer);
    }

    /// <summary>Reads a model; a file that is not one gives a reason instead of the model.</summary>
    public static (NerModel? Model, string? Error) Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[Magic.Length + 16];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return (null, "not a Marsad NER model (bad header)");
        }

        var bits = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(Magic.Length));
        var groups = (FeatureGroups)BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(Magic.Length + 4));
        var tags = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(Magic.Length + 8));
        var scale = BinaryPrimitives.ReadSingleLittleEndian(header.AsSpan(Magic.Length + 12));
        if (bits is < 8 or > 24 || tags != NerTags.Count || (groups & ~FeatureGroups.All) != 0 || !float.IsFinite(scale) || scale <= 0)
        {
            return (null, "not a Marsad NER model (bad sizes)");
        }

        var body = new byte[(NerTags.Count * NerTags.Count * 4) + ((1 << bits) * NerTags.Count * 2)];
        if (stream.ReadAtLeast(body, body.Length, throwOnEndOfStream: false) < body.Length)
        {
            return (null, "not a Marsad NER model (truncated)");
        }

        var transitions = new float[NerTags.Count * NerTags.Count];
        for (var k = 0; k < transitions.Length; k++)
        {
            transitions[k] = BinaryPrimitives.ReadSingleLittleEndian(body.AsSpan(k * 4));
        }

        var weights = new short[(1 << bits) * NerTags.Stride];
        var offset = transitions.Length * 4;
        for (var r = 0; r < 1 << bits; r++)
        {
            for (var tag = 0; tag < NerTags.Count; tag++)
            {
                weights[(r * NerTags.Stride) + tag] = BinaryPrimitives.ReadInt16LittleEndian(body.AsSpan(offset));
                offset += 2;
            }
        }

        return (new NerModel(bits, groups, weights, scale, transitions), null);
    }

    private static NerModel? LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        var (model, error) = Read(stream);
        return model ?? throw new InvalidDataException($"{ResourceName}: {error}");
    }
}
