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

    private static readonly string[] Prefixes = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];

    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> normalizedWord)
    {
        var word = normalizedWord;
        foreach (var prefix in Prefixes)
        {
            var min = prefix.Length == 1 ? MinRemainingAfterWaw : MinRemaining;
            if (word.Length - prefix.Length >= min && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                word = word[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= MinRemaining && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
            }
        }

        return word;
    }
}
