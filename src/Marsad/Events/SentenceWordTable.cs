using Marsad.Events.Decision;

namespace Marsad.Events;

/// <summary>
/// One thread's interned words for the decision (<see cref="SentenceWord"/>): a sentence's words are mostly
/// not made again, as a news text's words are few and repeated (في، من، الذي). Bounded: past
/// <see cref="MaxWords"/>, a new word is made and not kept.
/// </summary>
/// <remarks>
/// The lookup of a rare word misses the processor's cache at every step, and a sentence's words were looked up
/// one after the other in a dictionary (its bucket, its entry, the key string: three misses in a row per
/// word, 3 % of the run's samples). Here a sentence's words are interned together: a first loop hashes every
/// word and reads its home slot and the word kept there, with nothing waiting on those reads, so their misses
/// overlap; the second loop then finds each word in memory already read. Open addressing, at most half
/// full; a slot holds the word's hash, so a probe compares characters only when the hashes agree.
/// </remarks>
internal sealed class SentenceWordTable
{
    /// <summary>The most words kept: about twice a 21 MB corpus's 30,000 forms.</summary>
    public const int MaxWords = 1 << 16;

    private const int Mask = (MaxWords * 2) - 1;

    private readonly Slot[] _slots = new Slot[MaxWords * 2];

    private int _count;

    // The hashes of the sentence being interned, by its words.
    private int[] _hashes = new int[64];

    // Where the first loop's reads go, so that they are not left out as unused.
    private int _touched;

    [ThreadStatic]
    private static SentenceWordTable? t_table;

    /// <summary>This thread's table.</summary>
    public static SentenceWordTable OfThread => t_table ??= new SentenceWordTable();

    /// <summary>The interned words of tokens [<paramref name="a"/>, <paramref name="b"/>) of the document, written to the start of <paramref name="into"/>.</summary>
    public void Intern(EventDocument doc, int a, int b, SentenceWord[] into)
    {
        if (_hashes.Length < b - a)
        {
            _hashes = new int[Math.Max(b - a, _hashes.Length * 2)];
        }

        var touched = 0;
        for (var t = a; t < b; t++)
        {
            var hash = _hashes[t - a] = string.GetHashCode(doc.Word(t), StringComparison.Ordinal);
            ref readonly var slot = ref _slots[hash & Mask];
            touched += slot.Hash + (slot.Word?.Text.Length ?? 0);
        }

        _touched = touched;
        for (var t = a; t < b; t++)
        {
            into[t - a] = Find(doc.Word(t), _hashes[t - a]);
        }
    }

    private SentenceWord Find(ReadOnlySpan<char> word, int hash)
    {
        var i = hash & Mask;
        for (; _slots[i].Word is { } kept; i = (i + 1) & Mask)
        {
            if (_slots[i].Hash == hash && word.SequenceEqual(kept.Text))
            {
                return kept;
            }
        }

        var made = new SentenceWord(word.ToString());
        if (_count < MaxWords)
        {
            _slots[i] = new Slot(hash, made);
            _count++;
        }

        return made;
    }

    private readonly record struct Slot(int Hash, SentenceWord? Word);
}
