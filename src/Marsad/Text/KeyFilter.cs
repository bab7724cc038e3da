using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>
/// A summary of a set of words that says "certainly not in it" for nearly every word that is not, from
/// a table small enough to stay in the processor's cache (a Bloom filter of two bits per word). Put in
/// front of a large table that is asked mostly about words it does not hold, it saves the table's cache
/// misses on those.
/// </summary>
/// <remarks>
/// Rules:
/// <list type="number">
/// <item>A word added is always "maybe": there are no false negatives, so a lookup behind the filter finds
///   everything it found without it.</item>
/// <item>A word is hashed by its characters alone (FNV-1a, ordinal), as the table behind it compares them.</item>
/// <item>Two bits per word, from the hash mixed two ways, in 2^18 bits (32 KB): with the 25,000 words of the
///   entity tables, about one word in thirty that is not in the set passes.</item>
/// <item>A filter made for fewer words (<see cref="KeyFilter(int)"/>) is smaller, at least 32 bits a word: the time
///   gate's few hundred words take a few kilobytes, which stay in the cache between the tokens that ask.</item>
/// </list>
/// Add while building, then only read: reading is safe from many threads.
/// </remarks>
internal sealed class KeyFilter
{
    private const int MaxBitCountLog2 = 18;
    private const int MinBitCountLog2 = 10;
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    private readonly ulong[] _bits;
    private readonly int _shift;

    /// <summary>A filter of 2^18 bits, for up to about 25,000 words.</summary>
    public KeyFilter()
        : this(int.MaxValue)
    {
    }

    /// <summary>A filter sized for <paramref name="words"/> words: 32 bits a word, rounded up to a power of two, from 2^10 to 2^18 bits.</summary>
    public KeyFilter(int words)
    {
        var log2 = MinBitCountLog2;
        while (log2 < MaxBitCountLog2 && (1L << log2) < (long)words * 32)
        {
            log2++;
        }

        _bits = new ulong[(1 << log2) / 64];
        _shift = 32 - log2;
    }

    /// <summary>The hash the filter keeps a word by (FNV-1a over its characters), for a table behind it to share.</summary>
    public static uint Hash(ReadOnlySpan<char> key) => Hash(OffsetBasis, key);

    public void Add(ReadOnlySpan<char> key) => Add(Hash(key));

    /// <summary>Adds the word whose <see cref="Hash(ReadOnlySpan{char})"/> is <paramref name="hash"/>.</summary>
    public void Add(uint hash)
    {
        var (first, second) = Positions(hash);
        _bits[first >> 6] |= 1UL << (int)(first & 63);
        _bits[second >> 6] |= 1UL << (int)(second & 63);
    }

    /// <summary>False when <paramref name="key"/> was certainly never added.</summary>
    public bool MayContain(ReadOnlySpan<char> key) => Test(Hash(OffsetBasis, key));

    /// <summary>False when no word with this <see cref="Hash(ReadOnlySpan{char})"/> was added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint hash) => Test(hash);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Test(uint hash)
    {
        var (first, second) = Positions(hash);
        return (_bits[first >> 6] & (1UL << (int)(first & 63))) != 0
            && (_bits[second >> 6] & (1UL << (int)(second & 63))) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (uint First, uint Second) Positions(uint hash) =>
        ((hash * 0x9E3779B1u) >> _shift, (hash * 0x85EBCA77u + 0x27D4EB2Fu) >> _shift);

    private static uint Hash(uint hash, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
