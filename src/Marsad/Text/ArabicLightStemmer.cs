namespace Marsad.Text;

/// <summary>
/// Larkey, Ballesteros and Connell's light10 stemmer (as in Lucene.NET's ArabicStemmer), on the alphabet
/// of <see cref="ArabicNormalizer"/>.
/// </summary>
/// <remarks>
/// Rules, for a word already normalised:
/// <list type="number">
/// <item>At most one prefix is removed, the first that matches in the order ال وال بال كال فال لل و.</item>
/// <item>The prefix و is removed only if at least 3 letters remain (ولد stays); the others only if at
///   least 2 remain.</item>
/// <item>Then each suffix in the order ها ان ات ون ين يه ه ي is removed once, if found at the end and at
///   least 2 letters remain, so several can go in turn (مكتباتها → مكتب).</item>
/// <item>light10's ية and ة are the normalised يه and ه (ة is ه after normalisation), so they are not
///   listed twice.</item>
/// </list>
/// The stem is a slice of the word: nothing is allocated.
/// </remarks>
public static class ArabicLightStemmer
{
    private const int MinRemaining = 2;
    private const int MinRemainingAfterWaw = 3;
    private const char Alef = '\u0627';
    private const char Beh = '\u0628';
    private const char Teh = '\u062A';
    private const char Feh = '\u0641';
    private const char Kaf = '\u0643';
    private const char Lam = '\u0644';
    private const char Noon = '\u0646';
    private const char Heh = '\u0647';
    private const char Waw = '\u0648';
    private const char Yeh = '\u064A';

    // The rules as written above are checked letter by letter rather than by comparing strings: this runs
    // for every word Marsad indexes or searches. Prefixes that start with different letters cannot both
    // match, so "the first in order" only matters between وال and و.
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> normalizedWord) => StripSuffixes(StripPrefix(normalizedWord));

    private static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> word)
    {
        if (word.Length < 1 + MinRemaining)
        {
            return word;
        }

        var startsWithAl = word.Length >= 3 + MinRemaining && word[1] == Alef && word[2] == Lam;
        return word[0] switch
        {
            Alef when word.Length >= 2 + MinRemaining && word[1] == Lam => word[2..],
            Waw when startsWithAl => word[3..],
            Waw when word.Length >= 1 + MinRemainingAfterWaw => word[1..],
            Beh or Kaf or Feh when startsWithAl => word[3..],
            Lam when word.Length >= 2 + MinRemaining && word[1] == Lam => word[2..],
            _ => word,
        };
    }

    private static ReadOnlySpan<char> StripSuffixes(ReadOnlySpan<char> word)
    {
        word = Strip(word, Heh, Alef);
        word = Strip(word, Alef, Noon);
        word = Strip(word, Alef, Teh);
        word = Strip(word, Waw, Noon);
        word = Strip(word, Yeh, Noon);
        word = Strip(word, Yeh, Heh);
        word = Strip(word, Heh);
        return Strip(word, Yeh);
    }

    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word, char first, char second) =>
        word.Length >= 2 + MinRemaining && word[^2] == first && word[^1] == second ? word[..^2] : word;

    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word, char last) =>
        word.Length >= 1 + MinRemaining && word[^1] == last ? word[..^1] : word;
}
