namespace Marsad.Text;

/// <summary>
/// The last two letters of the words of a set, one bit a pair: "no word of the set ends so" for most words
/// a small set is asked about, with one bit read and no hashing. Every clitic reading of a word
/// (<see cref="ArabicClitics.Readings"/>) is the word or a suffix of it of at least
/// <see cref="ArabicClitics.MinStemLength"/> letters, so it ends in the word's last two letters: a word whose
/// last two letters end no word of the set has no reading in the set, and a lookup of each reading can be skipped.
/// </summary>
/// <remarks>
/// Rules: a pair is kept by the low bytes of its two characters (an Arabic pair has a bit of its own; other
/// pairs may share one, which only lets more through); a word of fewer than two letters is let through, and
/// a word of the set that short (و) needs no bit, as only a word that short can read as it. Add while
/// building, then only read: reading is safe from many threads.
/// </remarks>
internal sealed class WordEndings
{
    private readonly ulong[] _bits = new ulong[(1 << 16) / 64];

    /// <summary>The endings of <paramref name="words"/>.</summary>
    public static WordEndings Of(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var endings = new WordEndings();
        foreach (var word in words)
        {
            endings.Add(word);
        }

        return endings;
    }

    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return;
        }

        var bit = Bit(word);
        _bits[bit >> 6] |= 1UL << bit;
    }

    /// <summary>False when no clitic reading of <paramref name="word"/>, the word itself included, can be a word of the set.</summary>
    public bool MayHoldReadingOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return true;
        }

        var bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int Bit(ReadOnlySpan<char> word) => ((word[^2] & 0xFF) << 8) | (word[^1] & 0xFF);
}
