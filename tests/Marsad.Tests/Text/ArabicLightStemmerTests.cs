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
}
