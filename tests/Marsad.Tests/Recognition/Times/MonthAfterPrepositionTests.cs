using static Marsad.Tests.Recognition.Times.TimeTestSupport;

namespace Marsad.Tests.Recognition.Times;

/// <summary>
/// A month that is also an ordinary word (مارس "practised", آب "father") is the month after a preposition of time,
/// as after a day or a year, and stays a word elsewhere; and the future prefix is read only on a verb of the
/// dictionary, not on a foreign name of the same shape. Sentences written for these tests; published 2025-11-06.
/// </summary>
public sealed class MonthAfterPrepositionTests
{
    [Theory]
    [InlineData("ارتفعت أسعار الوقود في مارس بنسبة كبيرة.", "مارس", "2025-03")]
    [InlineData("وفي مارس اجتمع المجلس البلدي لمناقشة الموازنة.", "مارس", "2025-03")]
    [InlineData("تتواصل الاحتجاجات في المدينة منذ مارس دون توقف.", "مارس", "2025-03")]
    [InlineData("بقي السفير في منصبه حتى آب ثم غادر.", "آب", "2025-08")]
    public void A_month_that_is_also_a_word_is_the_month_after_a_preposition_of_time(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Valued(sentence));

    [Theory]
    [InlineData("مارس الوزير ضغوطا على النواب لإقرار القانون.")]
    [InlineData("وقال إن الحزب مارس حقه في الاعتراض.")]
    public void The_same_word_after_no_preposition_stays_a_word(string sentence) =>
        Assert.Empty(Recognize(sentence));

    [Fact]
    public void A_part_of_the_month_before_it_still_makes_it_a_month() =>
        Assert.Equal("2025-03", Assert.Single(Recognize("بدأت أعمال الصيانة مطلع مارس في الميناء.")).Value);

    [Fact]
    public void A_foreign_name_shaped_like_a_future_verb_does_not_make_the_weekday_a_coming_one()
    {
        // Published on Thursday 2025-11-06: the Wednesday of a past clause is the day before, the future verb's the next one.
        Assert.Equal("2025-11-05", Assert.Single(Recognize("استلم الجيش صواريخ ستينغر الأربعاء في قاعدة جوية.")).Value);
        Assert.Equal("2025-11-12", Assert.Single(Recognize("سيستلم الجيش الصواريخ الأربعاء في قاعدة جوية.")).Value);
    }

    [Theory]
    [InlineData("ستعلن", true)]
    [InlineData("وسيواصلون", true)]
    [InlineData("ستزورها", true)]
    [InlineData("سنبحث", true)]
    [InlineData("ستينغر", false)]
    [InlineData("ستيفن", false)]
    [InlineData("سيباستيان", false)]
    [InlineData("سياسة", false)]
    public void A_future_verb_is_the_future_prefix_on_a_dictionary_verb(string word, bool future) =>
        Assert.Equal(future, Marsad.Recognition.Times.Tense.IsFutureVerb(Marsad.Text.ArabicNormalizer.Normalize(word)));
}
