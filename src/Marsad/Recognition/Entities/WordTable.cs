using System.Runtime.CompilerServices;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// Words, each with what a recogniser needs to know of it (<typeparamref name="TFacts"/>), found with one
/// lookup: where the word leads in each of the recogniser's tries, which of its word lists hold it. The
/// rules ask these questions of nearly every clitic reading of every word, and hashing a word costs more
/// than any one answer, so one lookup answers them all.
/// </summary>
/// <remarks>
/// Built by adding facts (<see cref="Facts"/>), then frozen (<see cref="Freeze"/>); read-only after, so safe
/// to share between threads. Frozen, it is laid out for the processor's cache, as a lookup that finds a
/// rare word misses it at every step:
/// <list type="number">
/// <item>a Bloom filter (<see cref="KeyFilter"/>, 32 KB for the entity rules' words, less for a smaller
///   table) turns away nearly every word not in the table;</item>
/// <item>the filter's hash places the word in an open-addressing array whose slot holds the hash, where
///   the word's characters start and end in one array of all the words, and its facts: a word found reads
///   its slot, its characters and its facts, three places in memory, where a frozen dictionary reads its
///   bucket, hash codes, key array, the key string and its value;</item>
/// <item>the array is at most half full, and a collision moves to the next slot, in the same cache line
///   more often than not.</item>
/// </list>
/// </remarks>
internal sealed class WordTable<TFacts>
    where TFacts : class, new()
{
    // Filled while building, then laid out into _slots and _chars.
    private readonly Dictionary<string, TFacts> _building = new(StringComparer.Ordinal);

    private KeyFilter _filter = new(0);
    private readonly WordEndings _endings = new();
    private Slot[] _slots = new Slot[1];
    private char[] _chars = [];
    private int _mask;

    /// <summary>The facts of <paramref name="word"/>, or null for a word the table does not hold.</summary>
    public TFacts? Find(ReadOnlySpan<char> word)
    {
        var hash = KeyFilter.Hash(word);
        if (!_filter.MayContain(hash))
        {
            return null;
        }

        var slots = _slots;
        for (var i = Home(hash) & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Facts is null)
            {
                return null;
            }

            if (slot.Hash == hash && word.SequenceEqual(_chars.AsSpan(slot.Start, slot.Length)))
            {
                return slot.Facts;
            }
        }
    }

    /// <summary>
    /// False when no clitic reading of <paramref name="word"/> (<see cref="ArabicClitics.Readings"/>) can be in
    /// the table: every reading is the word or a suffix of it of at least two letters, so it ends in the word's
    /// last two letters, and no word held ends in them (<see cref="WordEndings"/>). One bit read, where looking
    /// up the readings hashes each; worth asking first of a table that holds few of the words asked.
    /// </summary>
    public bool MayHoldReadingOf(ReadOnlySpan<char> word) => _endings.MayHoldReadingOf(word);

    /// <summary>The facts of ال + <paramref name="stem"/>: the key of a word whose ل + ال was written لل.</summary>
    public TFacts? FindWithArticle(ReadOnlySpan<char> stem)
    {
        // On the stack for words, on the heap for a pathological token (a megabyte without spaces).
        Span<char> key = stem.Length <= 128 ? stackalloc char[stem.Length + 2] : new char[stem.Length + 2];
        "ال".AsSpan().CopyTo(key);
        stem.CopyTo(key[2..]);
        return Find(key);
    }

    /// <summary>While building: the facts of <paramref name="word"/>, added empty the first time.</summary>
    public TFacts Facts(string word)
    {
        if (!_building.TryGetValue(word, out var facts))
        {
            facts = new TFacts();
            _building.Add(word, facts);
        }

        return facts;
    }

    /// <summary>Ends building: what was added is what <see cref="Find"/> finds.</summary>
    public WordTable<TFacts> Freeze()
    {
        var capacity = 16;
        while (capacity < _building.Count * 2)
        {
            capacity *= 2;
        }

        var slots = new Slot[capacity];
        var chars = new char[_building.Keys.Sum(static w => w.Length)];
        var mask = capacity - 1;
        var written = 0;
        _filter = new KeyFilter(_building.Count);
        foreach (var (word, facts) in _building)
        {
            var hash = KeyFilter.Hash(word);
            _filter.Add(hash);
            _endings.Add(word);
            word.CopyTo(chars.AsSpan(written));
            var i = Home(hash) & mask;
            while (slots[i].Facts is not null)
            {
                i = (i + 1) & mask;
            }

            slots[i] = new Slot(hash, written, word.Length, facts);
            written += word.Length;
        }

        (_slots, _chars, _mask) = (slots, chars, mask);
        return this;
    }

    // The slot a hash starts from: its high bits mixed, as the filter takes its positions from the hash mixed other ways.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Home(uint hash) => (int)((hash * 0xC2B2AE35u) >> 8);

    private readonly record struct Slot(uint Hash, int Start, int Length, TFacts? Facts);
}
