using System.Collections.Frozen;
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
/// to share between threads.
/// </remarks>
internal sealed class WordTable<TFacts>
    where TFacts : class, new()
{
    // Filled while building, then frozen into _lookup.
    private readonly Dictionary<string, TFacts> _building = new(StringComparer.Ordinal);

    // Most clitic readings (و + الحكومة → الحكومة is one, و + لحكومة another) are no word of the table: the
    // filter answers those from 32 KB instead of from the table's megabytes.
    private readonly KeyFilter _filter = new();
    private FrozenDictionary<string, TFacts>.AlternateLookup<ReadOnlySpan<char>> _lookup =
        FrozenDictionary<string, TFacts>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The facts of <paramref name="word"/>, or null for a word the table does not hold.</summary>
    public TFacts? Find(ReadOnlySpan<char> word) =>
        _filter.MayContain(word) && _lookup.TryGetValue(word, out var facts) ? facts : null;

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
        foreach (var word in _building.Keys)
        {
            _filter.Add(word);
        }

        _lookup = _building.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        return this;
    }
}
