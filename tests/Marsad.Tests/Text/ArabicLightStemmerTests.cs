using CsCheck;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>One test per rule of <see cref="ArabicLightStemmer"/>, with real words.</summary>
public class ArabicLightStemmerTests
{
    private static string Stem(string word) => ArabicLightStemmer.Stem(ArabicNormalizer.Normalize(word)).ToString();

    [Theory]
    [InlineData("الكتاب", "كتاب")]
    [InlineData("والكتاب", "كتاب")]
    [InlineData("بالقلم", "قلم")]
    [InlineData("كالبحر", "بحر")]
    [InlineData("فالسلام", "سلام")]
    [InlineData("للطلاب", "طلاب")]
    [InlineData("وكتب", "كتب")]
    public void Rule1_one_prefix_is_removed(string word, string expected) => Assert.Equal(expected, Stem(word));

    [Theory]
    [InlineData("ولد", "ولد")]
    [InlineData("الم", "الم")]
    public void Rule2_a_prefix_stays_when_too_little_would_remain(string word, string expected) =>
        Assert.Equal(expected, Stem(word));

    [Theory]
    [InlineData("سياستها", "سياست")]
    [InlineData("طالبان", "طالب")]
    [InlineData("مدرسات", "مدرس")]
    [InlineData("المسلمون", "مسلم")]
    [InlineData("المسلمين", "مسلم")]
    [InlineData("العربية", "عرب")]
    [InlineData("حكومة", "حكوم")]
    [InlineData("عربي", "عرب")]
    [InlineData("مكتباتها", "مكتب")]
    public void Rule3_suffixes_are_removed_in_order(string word, string expected) => Assert.Equal(expected, Stem(word));

    [Theory]
    [InlineData("بها", "بها")]
    [InlineData("هي", "هي")]
    public void Rule3_a_suffix_stays_when_fewer_than_two_letters_would_remain(string word, string expected) =>
        Assert.Equal(expected, Stem(word));

    [Fact]
    public void Rule4_teh_marbuta_suffixes_match_their_normalised_form() =>
        Assert.Equal(Stem("العربيه"), Stem("العربية"));

    /// <summary>
    /// The stemmer checks its rules letter by letter for speed; here the rules are written the plain way
    /// (prefix and suffix strings in their listed order) and both must agree on random words built from
    /// the letters that the rules look at.
    /// </summary>
    [Fact]
    public void Letter_by_letter_rules_agree_with_the_rules_as_listed() =>
        Gen.OneOf(Gen.Const('\u0627'), Gen.Const('\u0644'), Gen.Const('\u0648'), Gen.Const('\u0628'), Gen.Const('\u0643'),
                Gen.Const('\u0641'), Gen.Const('\u0647'), Gen.Const('\u0646'), Gen.Const('\u062A'), Gen.Const('\u064A'), Gen.Const('\u0645'))
            .Array[0, 9]
            .Select(letters => new string(letters))
            .Sample(word => Assert.Equal(ListedRules(word), ArabicLightStemmer.Stem(word).ToString()), iter: 20_000);

    private static string ListedRules(string word)
    {
        foreach (var prefix in (string[])["ال", "وال", "بال", "كال", "فال", "لل", "و"])
        {
            var min = prefix.Length == 1 ? 3 : 2;
            if (word.Length - prefix.Length >= min && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                word = word[prefix.Length..];
                break;
            }
        }

        foreach (var suffix in (string[])["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"])
        {
            if (word.Length - suffix.Length >= 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
            }
        }

        return word;
    }
}
