using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>One test per rule of <see cref="ArabicRoots"/>, on real Arabic words of the news.</summary>
public sealed class ArabicRootsTests
{
    private static string Stem(string word) => ArabicLightStemmer.Stem(ArabicNormalizer.Normalize(word)).ToString();

    private static string? Root(string word) => ArabicRoots.RootOf(Stem(word))?.Root;

    [Theory]
    [InlineData("مظاهرة", "ظهر")]
    [InlineData("المتظاهرين", "ظهر")]
    [InlineData("تظاهرات", "ظهر")]
    [InlineData("الاستثمار", "ثمر")]
    [InlineData("اعتقال", "عقل")]
    [InlineData("المعتقلين", "عقل")]
    [InlineData("انسحاب", "سحب")]
    [InlineData("تفجير", "فجر")]
    public void A_stemmed_word_takes_the_root_letters_at_its_pattern_s_slots(string word, string root) =>
        Assert.Equal(root, Root(word));

    [Fact]
    public void The_first_matching_pattern_wins_so_a_longer_affix_is_read_before_a_shorter() =>
        Assert.Equal(("ظهر", "III"), ArabicRoots.RootOf(Stem("متظاهر")));

    [Theory]
    [InlineData("احتجاج")]
    [InlineData("المحتجين")]
    public void A_doubled_root_is_read_whether_its_last_two_letters_are_written_twice_or_once(string word) =>
        Assert.Equal("حجج", Root(word));

    [Fact]
    public void A_three_letter_stem_that_fits_no_longer_pattern_is_its_own_root() =>
        Assert.Equal(("قصف", "I"), ArabicRoots.RootOf(Stem("قصف")));

    [Fact]
    public void The_family_holds_the_other_stems_of_the_root_in_the_same_verb_forms()
    {
        var family = ArabicRoots.Family(Stem("مظاهرة"));

        Assert.Contains(Stem("تظاهر"), family);
        Assert.Contains(Stem("المتظاهرين"), family);
        Assert.Contains(Stem("يتظاهرون"), family);
        Assert.DoesNotContain(Stem("مظاهرة"), family);
        Assert.DoesNotContain(Stem("إظهار"), family);
    }

    [Fact]
    public void A_doubled_root_s_family_holds_the_contracted_forms() =>
        Assert.Contains(Stem("المحتجون"), ArabicRoots.Family(Stem("احتجاجات")));

    [Fact]
    public void A_word_without_a_root_has_no_family() =>
        Assert.Empty(ArabicRoots.Family(Stem("من")));

    [Theory]
    [InlineData("مظاهرة")]
    [InlineData("اعتقال")]
    [InlineData("تفجير")]
    [InlineData("انسحاب")]
    [InlineData("استثمار")]
    [InlineData("احتجاج")]
    [InlineData("قصفت")]
    public void Every_family_member_has_the_same_root_as_the_word(string word)
    {
        var found = ArabicRoots.RootOf(Stem(word));
        Assert.NotNull(found);
        Assert.All(ArabicRoots.Family(Stem(word)), member => Assert.Equal(found.Value.Root, ArabicRoots.RootOf(member)?.Root));
    }
}
