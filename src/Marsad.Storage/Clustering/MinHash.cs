namespace Marsad.Storage.Clustering;

/// <summary>
/// MinHash signatures over word shingles, and the locality-sensitive bands that find candidate
/// near-duplicates without comparing every pair.
/// </summary>
/// <remarks>
/// Rules:
/// <list type="number">
/// <item>A document's shingles are its runs of <see cref="ShingleSize"/> consecutive search terms
///   (normalised, light-stemmed words and numbers from <see cref="Search.SearchAnalyzer"/>), so a change of
///   hamza, diacritics or a clitic article does not make two texts differ; a text shorter than that
///   has one shingle of all its terms, an empty text none.</item>
/// <item>The signature holds, for each of <see cref="HashCount"/> seeded 64-bit mixes of a shingle's
///   FNV-1a hash, the smallest value over the shingles (kept as its low 32 bits).</item>
/// <item>The estimated Jaccard similarity of two documents is the share of positions where their
///   signatures agree.</item>
/// <item>Two documents are near-duplicates when the estimate is at least <see cref="Threshold"/> (0.5:
///   half of all distinct 3-word shingles shared, as a re-edited or re-published wire story is).</item>
/// <item>Candidates: the signature is cut into <see cref="Bands"/> bands of <see cref="RowsPerBand"/>
///   rows; documents that agree on a whole band are compared. A pair at similarity s becomes a
///   candidate with probability 1 − (1 − s³)⁴⁰: 0.995 at 0.5, 0.68 at 0.3.</item>
/// </list>
/// Everything is deterministic: the same text always gives the same signature on every machine.
/// </remarks>
public static class MinHash
{
    public const int ShingleSize = 3;
    public const int Bands = 40;
    public const int RowsPerBand = 3;
    public const int HashCount = Bands * RowsPerBand;
    public const double Threshold = 0.5;

    private static readonly ulong[] Seeds = CreateSeeds();

    /// <summary>The signature of a document's terms, or an empty array when it has none.</summary>
    public static uint[] Signature(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return [];
        }

        var signature = new uint[HashCount];
        Array.Fill(signature, uint.MaxValue);
        var shingles = Math.Max(1, terms.Count - ShingleSize + 1);
        for (var s = 0; s < shingles; s++)
        {
            var hash = 14695981039346656037UL;
            for (var t = s; t < Math.Min(terms.Count, s + ShingleSize); t++)
            {
                foreach (var c in terms[t])
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            for (var i = 0; i < HashCount; i++)
            {
                var value = (uint)Mix(hash ^ Seeds[i]);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>The estimated Jaccard similarity of two signatures (0 when either is empty).</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != HashCount || b.Length != HashCount)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < HashCount; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / HashCount;
    }

    /// <summary>One key per band: documents sharing a key are candidates.</summary>
    public static long[] BandKeys(ReadOnlySpan<uint> signature)
    {
        if (signature.Length != HashCount)
        {
            return [];
        }

        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var hash = 14695981039346656037UL ^ (ulong)b;
            for (var r = 0; r < RowsPerBand; r++)
            {
                hash = Mix(hash ^ signature[(b * RowsPerBand) + r]);
            }

            keys[b] = (long)hash;
        }

        return keys;
    }

    public static byte[] ToBytes(ReadOnlySpan<uint> signature)
    {
        var bytes = new byte[signature.Length * sizeof(uint)];
        for (var i = 0; i < signature.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), signature[i]);
        }

        return bytes;
    }

    public static uint[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        var signature = new uint[bytes.Length / sizeof(uint)];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
        }

        return signature;
    }

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit mix.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[HashCount];
        var state = 0x4D61727361644D48UL; // "MarsadMH"
        for (var i = 0; i < HashCount; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
