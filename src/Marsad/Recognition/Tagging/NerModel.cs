using System.Buffers.Binary;
using System.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// The tagger's weights: a table of 2^bits rows of <see cref="NerTags.Stride"/> floats (one row per hashed
/// feature, one weight per tag, so a feature costs one cache line) and the tag-pair transition scores.
/// Immutable once built.
/// </summary>
/// <remarks>
/// File format (little-endian): the magic <c>MARSAD-NER/1\n</c>; int32 bits, feature groups, tag count;
/// the transitions as float32; then each row's <see cref="NerTags.Count"/> weights as IEEE half
/// floats. Weights are rounded to half precision when the trainer finishes, so the model it scored is
/// exactly the model it writes.
/// </remarks>
public sealed class NerModel
{
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("MARSAD-NER/1\n");

    private static readonly Lazy<NerModel?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    internal NerModel(int bits, FeatureGroups groups, float[] weights, float[] transitions)
    {
        Bits = bits;
        Groups = groups;
        Weights = weights;
        Transitions = transitions;
    }

    /// <summary>The resource name of the model shipped in the assembly (data/models/ner.bin).</summary>
    public const string ResourceName = "Marsad.data.models.ner.bin";

    public int Bits { get; }

    public FeatureGroups Groups { get; }

    internal float[] Weights { get; }

    internal float[] Transitions { get; }

    /// <summary>The model trained by <c>marsad train ner</c> and shipped in the assembly; null if the build has none.</summary>
    public static NerModel? Default => Embedded.Value;

    /// <summary>The table row of a feature hash.</summary>
    public int Bucket(uint hash) => (int)((hash * 2654435761u) >> (32 - Bits));

    /// <summary>Adds the weights of <paramref name="features"/> (hashes) into <paramref name="row"/> (Stride wide).</summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> row)
    {
        row.Clear();
        var weights = Weights.AsSpan();
        foreach (var feature in features)
        {
            var w = weights.Slice(Bucket(feature) * NerTags.Stride, NerTags.Stride);
            for (var tag = 0; tag < NerTags.Stride; tag++)
            {
                row[tag] += w[tag];
            }
        }
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Magic);
        Span<byte> four = stackalloc byte[4];
        foreach (var value in (ReadOnlySpan<int>)[Bits, (int)Groups, NerTags.Count])
        {
            BinaryPrimitives.WriteInt32LittleEndian(four, value);
            stream.Write(four);
        }

        foreach (var value in Transitions)
        {
            BinaryPrimitives.WriteSingleLittleEndian(four, value);
            stream.Write(four);
        }

        var rows = 1 << Bits;
        var buffer = new byte[rows * NerTags.Count * 2];
        for (var r = 0; r < rows; r++)
        {
            for (var tag = 0; tag < NerTags.Count; tag++)
            {
                BinaryPrimitives.WriteHalfLittleEndian(buffer.AsSpan(((r * NerTags.Count) + tag) * 2), (Half)Weights[(r * NerTags.Stride) + tag]);
            }
        }

        stream.Write(buffer);
    }

    /// <summary>Reads a model; a file that is not one gives a reason instead of the model.</summary>
    public static (NerModel? Model, string? Error) Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[Magic.Length + 12];
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return (null, "not a Marsad NER model (bad header)");
        }

        var bits = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(Magic.Length));
        var groups = (FeatureGroups)BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(Magic.Length + 4));
        var tags = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(Magic.Length + 8));
        if (bits is < 8 or > 24 || tags != NerTags.Count || (groups & ~FeatureGroups.All) != 0)
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

        var weights = new float[(1 << bits) * NerTags.Stride];
        var offset = transitions.Length * 4;
        for (var r = 0; r < 1 << bits; r++)
        {
            for (var tag = 0; tag < NerTags.Count; tag++)
            {
                weights[(r * NerTags.Stride) + tag] = (float)BinaryPrimitives.ReadHalfLittleEndian(body.AsSpan(offset));
                offset += 2;
            }
        }

        return (new NerModel(bits, groups, weights, transitions), null);
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
