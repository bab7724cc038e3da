namespace Marsad.Text;

/// <summary>Nisba adjectives (الإسرائيلي، الإماراتية، الأمريكيين) back to their masculine singular base.</summary>
/// <remarks>
/// Rules, for a word already normalised by <see cref="ArabicNormalizer"/> (so ة is ه and ى is ي):
/// <list type="number">
/// <item>A leading article ال is dropped: الاسرائيلي → اسرائيلي.</item>
/// <item>The inflection after the nisba ي is dropped, longest first: يتين يتان (feminine dual), يين يون
///   (masculine plural, and dual يين), يات (feminine plural), يان (masculine dual), يه (feminine, ية):
///   الاسرائيليه، الاسرائيليين، الاسرائيليون، الاسرائيليات، اسرائيليتين → اسرائيلي.</item>
/// <item>A bare final ي is the masculine singular itself: امريكي.</item>
/// <item>The word is nisba-shaped only if at least <see cref="MinRootLength"/> letters precede the ي and the
///   letter before it is not alef, which keeps out قضية، عيون، مليون، بيان، نهاية، ولايات، الذي.</item>
/// </list>
/// The test is one of shape, not of meaning (الرئيسي and مصطفى are nisba-shaped); callers confirm the base
/// against what they know. A root that itself begins with ال loses it when indefinite (الماني → ماني), so
/// callers that miss should also try the whole word. The base is a slice of the word: nothing is allocated.
/// </remarks>
public static class ArabicNisba
{
    /// <summary>The fewest letters before the nisba ي.</summary>
    public const int MinRootLength = 3;

    private const char Yeh = 'ي';
    private const char Alef = 'ا';

    /// <summary>The inflections after the nisba ي, longest first, each given without that ي.</summary>
    internal static ReadOnlySpan<string> Inflections => InflectionList;

    private static readonly string[] InflectionList = ["تين", "تان", "ين", "ون", "ات", "ان", "ه", string.Empty];

    /// <summary>
    /// The masculine singular base, without article, of a normalised nisba adjective in any inflection.
    /// </summary>
    /// <returns>False when the word is not nisba-shaped; <paramref name="masculineSingular"/> is then empty.</returns>
    public static bool TryGetBase(ReadOnlySpan<char> normalizedWord, out ReadOnlySpan<char> masculineSingular)
    {
        var word = normalizedWord;
        if (word.StartsWith("ال", StringComparison.Ordinal))
        {
            word = word[2..];
        }

        foreach (var inflection in InflectionList)
        {
            var baseLength = word.Length - inflection.Length; // up to and including the nisba ي
            if (baseLength < MinRootLength + 1 || !word.EndsWith(inflection, StringComparison.Ordinal) || word[baseLength - 1] != Yeh)
            {
                continue;
            }

            if (word[baseLength - 2] == Alef)
            {
                break; // an alef before the ي: بداية، ولايات, not a nisba
            }

            masculineSingular = word[..baseLength];
            return true;
        }

        masculineSingular = default;
        return false;
    }
}
