using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>Where a word leads as the first word of a trigger, a modality phrase or a security force.</summary>
internal sealed class EventWordFacts
{
    public TokenTrie<EventTrigger>.Node? Trigger { get; set; }

    public TokenTrie<string>.Node? Modality { get; set; }

    public TokenTrie<KbInstitution>.Node? Force { get; set; }

    /// <summary>The coder's table of first words, from its three tries.</summary>
    public static WordTable<EventWordFacts> Table(TokenTrie<EventTrigger> triggers, TokenTrie<string> modality, TokenTrie<KbInstitution> forces)
    {
        var table = new WordTable<EventWordFacts>();
        foreach (var (word, node) in triggers.Root.Children)
        {
            table.Facts(word).Trigger = node;
        }

        foreach (var (word, node) in modality.Root.Children)
        {
            table.Facts(word).Modality = node;
        }

        foreach (var (word, node) in forces.Root.Children)
        {
            table.Facts(word).Force = node;
        }

        return table.Freeze();
    }
}

/// <summary>A clitic reading of a word that begins a key of one of the coder's tries, and what it begins.</summary>
internal readonly record struct EventWordHit(CliticReading Reading, EventWordFacts Facts);

/// <summary>
/// The first-word readings of every token of one scan, found once each: the scan asks them of the same
/// tokens again and again (every token for forces and triggers, every clause for its boundaries, the
/// words around every trigger for modality). Only the readings that begin something are kept, in one
/// array for the whole text, so most tokens cost nothing to remember. A text of more than
/// <see cref="MaxRememberedTokens"/> tokens (a book on one line) is not remembered: its readings are
/// found at every ask, so memory stays flat whatever the text's length.
/// </summary>
internal sealed class EventWordHits : IDisposable
{
    /// <summary>The most tokens whose hits are remembered; above it every ask finds them again.</summary>
    public const int MaxRememberedTokens = 1 << 16;

    private readonly WordTable<EventWordFacts> _table;

    // Per token: 0 not asked yet; else 1 + (index of its first hit << 4) + its number of hits (at most 8).
    // Null for a text too long to remember.
    private readonly int[]? _found;

    // The hits of all tokens asked so far: a pooled array, which a long text outgrows by doubling. For a
    // text not remembered, the hits of the last ask.
    private readonly EventWordHit[] _rented;
    private EventWordHit[] _hits;
    private int _hitCount;

    public EventWordHits(WordTable<EventWordFacts> table, int tokens)
    {
        _table = table;
        _found = tokens <= MaxRememberedTokens ? PooledArrays.RentCleared<int>(tokens) : null;
        // Sized for a quarter of the tokens beginning something, which news articles stay within.
        _rented = PooledArrays.Rent<EventWordHit>(_found is null ? ArabicClitics.MaxReadings : Math.Clamp(tokens / 4, 64, MaxRememberedTokens));
        _hits = _rented;
    }

    /// <summary>
    /// The readings of token <paramref name="j"/>'s word <paramref name="word"/> that begin a trigger, modality
    /// phrase or force, in reading order. For a text not remembered, valid until the next ask.
    /// </summary>
    public ReadOnlySpan<EventWordHit> At(int j, ReadOnlySpan<char> word)
    {
        if (_found is null)
        {
            _hitCount = 0;
            var packedHere = Find(word) - 1;
            return _hits.AsSpan(packedHere >> 4, packedHere & 15);
        }

        var found = _found[j];
        if (found == 0)
        {
            found = _found[j] = Find(word);
        }

        var packed = found - 1;
        return _hits.AsSpan(packed >> 4, packed & 15);
    }

    public void Dispose()
    {
        if (_found is not null)
        {
            PooledArrays.Return(_found);
        }

        PooledArrays.Return(_rented);
    }

    private int Find(ReadOnlySpan<char> word)
    {
        var first = _hitCount;
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        foreach (var reading in readings[..NameKey.FirstWordKeys(word, readings)])
        {
            var stem = reading.Stem(word);
            if ((reading.HasArticle ? _table.FindWithArticle(stem) : _table.Find(stem)) is { } facts)
            {
                if (_hitCount == _hits.Length)
                {
                    // The old array is left to the collector, not given back: a caller may still be reading hits from it.
                    var larger = new EventWordHit[_hits.Length * 2];
                    _hits.AsSpan(0, _hitCount).CopyTo(larger);
                    _hits = larger;
                }

                _hits[_hitCount++] = new EventWordHit(reading, facts);
            }
        }

        return 1 + (first << 4) + (_hitCount - first);
    }
}
