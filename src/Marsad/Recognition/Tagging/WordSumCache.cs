using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// The summed weights of a word's own features (<see cref="NerFeatures.ExtractWordAlone"/>), kept across
/// the texts one thread tags with one <see cref="NerTagger"/>: news repeats its words from article to
/// article, and three in four of a text's tokens are the first of their word in it, so the text's own
/// table (<c>NerTagger.WordSums</c>) sums them afresh. A sum depends only on the word's letters and its
/// token kind, so what the cache holds never changes a score, whatever order the texts come in.
/// </summary>
/// <remarks>
/// Sized to sit in the core's cache beside the 1 MB weight table: earlier caches across texts (a dictionary,
/// then a table of 64 K entries) cost more in cache misses than the twenty rows a word's sum reads. Here
/// each word has one slot (by its hash), one 64-byte line aligned to a cache line holding the sum, the
/// word's length and kind and its letters; a word that misses overwrites the slot, and a word longer than
/// <see cref="MaxLetters"/> is summed each time.
/// </remarks>
internal sealed class WordSumCache
{
    private const int SlotBits = 14;
    private const int MaxLetters = 14;
    private const int EntryBytes = 64;

    [ThreadStatic]
    private static WordSumCache? t_cache;

    // Pinned (allocated where the collector never moves it), so the entries stay aligned to cache lines.
    private readonly byte[] _storage = GC.AllocateArray<byte>(((1 << SlotBits) + 1) * EntryBytes, pinned: true);
    private readonly int _first;
    private object _owner;

    private WordSumCache(object owner)
    {
        _owner = owner;
        _first = (int)((EntryBytes - ((nuint)Marshal.UnsafeAddrOfPinnedArrayElement(_storage, 0) % EntryBytes)) % EntryBytes);
    }

    /// <summary>This thread's cache for <paramref name="owner"/> (a tagger); emptied when the thread last used another.</summary>
    public static WordSumCache For(object owner)
    {
        var cache = t_cache ??= new WordSumCache(owner);
        if (!ReferenceEquals(cache._owner, owner))
        {
            Array.Clear(cache._storage);
            cache._owner = owner;
        }

        return cache;
    }

    /// <summary>
    /// Reads the slot of every word of <paramref name="text"/> once before the tagger asks for any: the slots
    /// are far apart in memory, and read one at a time, each waits for its line; read in one loop with nothing
    /// waiting on them, the loads are in flight together. Returns what was read (nothing uses it).
    /// </summary>
    public int Touch(PreparedText text)
    {
        var seen = 0;
        var hashes = text.WordHashes;
        for (var i = 0; i < text.Tokens.Length; i++)
        {
            seen |= Unsafe.As<byte, Entry>(ref _storage[_first + (Slot(hashes[i]) * EntryBytes)]).Length;
        }

        return seen;
    }

    /// <summary>The sum of token <paramref name="i"/>'s word's own features, extracting them into <paramref name="buffer"/> when the word is not held.</summary>
    public Vector256<int> Of(PreparedText text, int i, NerFeatures features, NerModel model, Span<uint> buffer)
    {
        var word = text.Word(i);
        var kind = (ushort)text.Tokens[i].Kind;
        if (word.Length > MaxLetters)
        {
            return model.Sum(buffer[..features.ExtractWordAlone(text, i, buffer)]);
        }

        ref var entry = ref Unsafe.As<byte, Entry>(ref _storage[_first + (Slot(text.WordHashes[i]) * EntryBytes)]);
        if (entry.Length == word.Length + 1 && entry.Kind == kind && ((ReadOnlySpan<char>)entry.Letters)[..word.Length].SequenceEqual(word))
        {
            return entry.Sum;
        }

        var sum = model.Sum(buffer[..features.ExtractWordAlone(text, i, buffer)]);
        entry.Sum = sum;
        entry.Length = (ushort)(word.Length + 1);
        entry.Kind = kind;
        word.CopyTo(entry.Letters);
        return sum;
    }

    private static int Slot(uint wordHash) => (int)((wordHash * 2654435761u) >> (32 - SlotBits));

    [InlineArray(MaxLetters)]
    private struct Letters
    {
        private char _first;
    }

    // One cache line: the sum (32 bytes), the word's length plus one (0: an empty slot), its token kind, its letters.
    [StructLayout(LayoutKind.Sequential, Size = EntryBytes)]
    private struct Entry
    {
        public Vector256<int> Sum;
        public ushort Length;
        public ushort Kind;
        public Letters Letters;
    }
}
