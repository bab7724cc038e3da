using Marsad.Output;

namespace Marsad.Tests.Output;

/// <summary>One test per rule of Arabic number agreement, with the page's own nouns.</summary>
public sealed class ArabicCountTests
{
    [Fact]
    public void One_is_the_noun_with_wahid_agreeing_in_gender()
    {
        Assert.Equal("مقال واحد", ArabicCount.Phrase(1, CountedNoun.Article));
        Assert.Equal("نتيجة واحدة", ArabicCount.Phrase(1, CountedNoun.Result));
    }

    [Fact]
    public void Two_is_the_dual_alone()
    {
        Assert.Equal("مقالان", ArabicCount.Phrase(2, CountedNoun.Article));
        Assert.Equal("نتيجتان", ArabicCount.Phrase(2, CountedNoun.Result));
    }

    [Theory]
    [InlineData(3, "3 مقالات")]
    [InlineData(10, "10 مقالات")]
    [InlineData(105, "105 مقالات")]
    public void Three_to_ten_take_the_plural(long count, string phrase) =>
        Assert.Equal(phrase, ArabicCount.Phrase(count, CountedNoun.Article));

    [Theory]
    [InlineData(11, "11 حدثا")]
    [InlineData(99, "99 حدثا")]
    [InlineData(250, "250 حدثا")]
    public void Eleven_to_ninety_nine_take_the_accusative_singular(long count, string phrase) =>
        Assert.Equal(phrase, ArabicCount.Phrase(count, CountedNoun.Event));

    [Theory]
    [InlineData(0, "0 مقال")]
    [InlineData(100, "100 مقال")]
    [InlineData(101, "101 مقال")]
    [InlineData(1000, "1000 مقال")]
    public void Hundreds_and_zero_take_the_genitive_singular(long count, string phrase) =>
        Assert.Equal(phrase, ArabicCount.Phrase(count, CountedNoun.Article));

    [Fact]
    public void Written_digits_replace_the_number_and_the_form_follows_the_count()
    {
        Assert.Equal("200+ نتيجة", ArabicCount.Phrase(200, CountedNoun.Result, "200+"));
        Assert.Equal("2+ نتيجة", ArabicCount.Phrase(2, CountedNoun.Result, "2+"));
    }

    [Fact]
    public void Every_counted_noun_has_its_forms()
    {
        Assert.All(Enum.GetValues<CountedNoun>(), static noun => Assert.NotEmpty(ArabicCount.Phrase(7, noun)));
    }
}
