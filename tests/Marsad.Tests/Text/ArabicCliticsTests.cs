using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>One test per rule of <see cref="ArabicClitics"/>, with real words.</summary>
public class ArabicCliticsTests
{
    private static (string Stem, bool HasArticle)[] Readings(string word)
    {
        var normalized = ArabicNormalizer.Normalize(word);
        var readings = new List<(string, bool)>();
        foreach (var reading in ArabicClitics.Readings(normalized))
        {
            readings.Add((reading.Stem(normalized).ToString(), reading.HasArticle));
        }

        return [.. readings];
    }

    [Fact]
    public void Rule1_the_word_itself_is_the_first_reading() =>
        Assert.Equal([("وكاله", false), ("كاله", false), ("اله", false)], Readings("وكالة"));

    [Fact]
    public void Rule2_a_conjunction_and_the_article_are_stripped() =>
        Assert.Equal(
            [("والفلسطينيون", false), ("الفلسطينيون", false), ("فلسطينيون", true)],
            Readings("والفلسطينيون"));

    [Fact]
    public void Rule2_the_conjunction_fa_is_stripped() =>
        Assert.Equal([("فالحكومه", false), ("الحكومه", false), ("حكومه", true)], Readings("فالحكومة"));

    [Fact]
    public void Rule3_a_preposition_and_the_article_are_stripped() =>
        Assert.Equal([("بالامارات", false), ("الامارات", false), ("امارات", true)], Readings("بالإمارات"));

    [Fact]
    public void Rule3_kaf_with_the_article_is_stripped() =>
        Assert.Equal([("كالعاده", false), ("العاده", false), ("عاده", true)], Readings("كالعادة"));

    [Fact]
    public void Rule4_conjunction_preposition_and_article_are_stripped_together() =>
        Assert.Equal(
            [("وبالامارات", false), ("بالامارات", false), ("الامارات", false), ("امارات", true)],
            Readings("وبالإمارات"));

    [Fact]
    public void Rule4_the_article_alone_is_stripped() =>
        Assert.Equal([("الامريكيين", false), ("امريكيين", true)], Readings("الأمريكيين"));

    [Fact]
    public void Rule5_lam_lam_is_lam_with_the_article_whose_alef_is_elided()
    {
        Assert.Equal([("للامم", false), ("لامم", false), ("امم", true)], Readings("للأمم"));
        Assert.Equal([("للسلام", false), ("لسلام", false), ("سلام", true)], Readings("للسلام"));
        Assert.Contains(("لبنان", false), Readings("للبنان"));
    }

    [Fact]
    public void Rule5_lam_lam_after_a_conjunction_is_stripped() =>
        Assert.Equal(
            [("وللسلام", false), ("للسلام", false), ("لسلام", false), ("سلام", true)],
            Readings("وللسلام"));

    [Fact]
    public void Rule6_a_stem_keeps_at_least_two_letters()
    {
        Assert.Equal([("والد", false), ("الد", false)], Readings("والد"));
        Assert.Equal([("ولن", false), ("لن", false)], Readings("ولن"));
        Assert.Equal([("به", false)], Readings("به"));
        Assert.Equal([(string.Empty, false)], Readings(string.Empty));
    }

    [Fact]
    public void Readings_come_in_order_of_stripped_length_and_can_be_written_to_a_span()
    {
        Span<CliticReading> buffer = stackalloc CliticReading[ArabicClitics.MaxReadings];
        var count = ArabicClitics.GetReadings("وبالامارات", buffer);
        Assert.Equal([0, 1, 2, 4], buffer[..count].ToArray().Select(r => r.Stripped));
        Assert.Equal(count, ArabicClitics.Readings("وبالامارات").Count);
    }
}
