using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>One test per rule of <see cref="ArabicNisba"/>, with real words.</summary>
public class ArabicNisbaTests
{
    private static string? Base(string word) =>
        ArabicNisba.TryGetBase(ArabicNormalizer.Normalize(word), out var masculine) ? masculine.ToString() : null;

    [Theory]
    [InlineData("الإسرائيلي", "اسرائيلي")]
    [InlineData("الأمريكي", "امريكي")]
    public void Rule1_the_article_is_dropped(string word, string expected) => Assert.Equal(expected, Base(word));

    [Theory]
    [InlineData("الإسرائيلية", "اسرائيلي")]
    [InlineData("الإماراتية", "اماراتي")]
    [InlineData("الإسرائيليين", "اسرائيلي")]
    [InlineData("الأمريكيين", "امريكي")]
    [InlineData("الإسرائيليون", "اسرائيلي")]
    [InlineData("الإسرائيليات", "اسرائيلي")]
    [InlineData("إسرائيليتين", "اسرائيلي")]
    [InlineData("البريطانيتان", "بريطاني")]
    [InlineData("السعوديان", "سعودي")]
    public void Rule2_the_inflection_after_the_nisba_yeh_is_dropped(string word, string expected) =>
        Assert.Equal(expected, Base(word));

    [Theory]
    [InlineData("مصري", "مصري")]
    [InlineData("فلسطيني", "فلسطيني")]
    public void Rule3_a_bare_nisba_is_its_own_base(string word, string expected) => Assert.Equal(expected, Base(word));

    [Theory]
    [InlineData("قضية")]
    [InlineData("مليون")]
    [InlineData("بيان")]
    [InlineData("نهاية")]
    [InlineData("الولايات")]
    [InlineData("الذي")]
    [InlineData("فلسطين")]
    [InlineData("الإمارات")]
    [InlineData("")]
    public void Rule4_words_that_are_not_nisba_shaped_are_refused(string word) => Assert.Null(Base(word));
}
