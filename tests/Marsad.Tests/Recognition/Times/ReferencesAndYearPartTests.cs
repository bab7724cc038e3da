using static Marsad.Tests.Recognition.Times.TimeTestSupport;

namespace Marsad.Tests.Recognition.Times;

/// <summary>Reference points, seasons, quarters, halves and parts of a period (issue 20), published Thursday 6 November 2025.</summary>
public sealed class ReferencesAndYearPartTests
{
    [Theory]
    [InlineData("يعيش السكان حاليا ظروفا صعبة.", "حاليا", "PRESENT_REF")]
    [InlineData("لا تتوفر الكهرباء في الوقت الحالي بسبب العطل.", "الوقت الحالي", "PRESENT_REF")]
    [InlineData("تشهد الأسواق هذه الأيام حركة ضعيفة.", "هذه الأيام", "PRESENT_REF")]
    [InlineData("لم يصدر أي بيان حتى الآن.", "الآن", "PRESENT_REF")]
    [InlineData("ارتفعت أسعار الخبز مؤخرا في المدن.", "مؤخرا", "PAST_REF")]
    [InlineData("كانت القرية آنذاك خالية من السكان.", "آنذاك", "PAST_REF")]
    [InlineData("تصدر الوزارة تقريرها قريبا.", "قريبا", "FUTURE_REF")]
    public void Reference_points_are_present_past_or_future(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value, "text"), Single(sentence));

    [Fact]
    public void Sabiq_and_madi_are_past_only_after_fi_and_the_preposition_stays_out()
    {
        Assert.Equal(("السابق", "DATE", "PAST_REF", "text"), Single("رفضت النقابة الخطة في السابق."));
        Assert.Equal(("الماضي", "DATE", "PAST_REF", "text"), Single("تعود الأزمة كما في الماضي."));
        Assert.Empty(Recognize("رفض البرلمان السابق مشروع القانون."));
    }

    [Theory]
    [InlineData("تراجع الإنتاج في صيف 2024 بسبب الجفاف.", "صيف 2024", "2024-SU", "text")]
    [InlineData("هطلت الأمطار بغزارة في شتاء 2023.", "شتاء 2023", "2023-WI", "text")]
    [InlineData("تبدأ المدارس في خريف هذا العام.", "خريف هذا العام", "2025-FA", "published")]
    [InlineData("جفت الآبار في خريف العام الماضي.", "خريف العام الماضي", "2024-FA", "published")]
    public void A_season_takes_the_year_the_text_names(string sentence, string text, string value, string anchor) =>
        Assert.Equal((text, "DATE", value, anchor), Single(sentence));

    [Fact]
    public void A_bare_season_is_the_next_in_a_future_clause_and_the_last_begun_in_a_past_one()
    {
        Assert.Equal(("الربيع", "DATE", "2026-SP", "published"), Single("سيزور الوفد المدينة في الربيع."));
        Assert.Equal(("الربيع", "DATE", "2025-SP", "published"), Single("زار الوفد المدينة في الربيع."));
        Assert.Equal("2025-SP", Single("ستنطلق الحملة في الربيع.", "2025-02-24").Value);
        Assert.Equal("2024-WI", Single("اشتد البرد في الشتاء الماضي.").Value);
    }

    [Fact]
    public void A_season_that_names_something_else_is_not_a_time()
    {
        Assert.Empty(Recognize("غيرت أحداث الربيع العربي وجه المنطقة."));
        Assert.Empty(Recognize("قضى صيف لبنان بين الجبال."));
    }

    [Theory]
    [InlineData("نما الاقتصاد في الربع الثالث من العام الماضي.", "الربع الثالث من العام الماضي", "2024-Q3")]
    [InlineData("تراجعت الصادرات في الربع الأخير من 2024.", "الربع الأخير من 2024", "2024-Q4")]
    [InlineData("ارتفعت الأرباح في النصف الأول من العام.", "النصف الأول من العام", "2025-H1")]
    [InlineData("تحسنت المبيعات في الربع الثاني.", "الربع الثاني", "2025-Q2")]
    public void Quarters_and_halves_are_dates_of_their_year(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Valued(sentence));

    [Theory]
    [InlineData("ترتفع الأسعار في أواخر الشهر.", "أواخر الشهر", "2025-11")]
    [InlineData("أعلنت الشركة خطتها في مطلع العام.", "مطلع العام", "2025")]
    [InlineData("يبدأ الموسم في منتصف اب.", "منتصف اب", "2025-08")]
    [InlineData("هاجرت العائلة في أوائل الثمانينيات.", "أوائل الثمانينيات", "198")]
    [InlineData("بني الجسر في أواخر القرن الماضي.", "أواخر القرن الماضي", "19")]
    [InlineData("يحتفل الأهالي بنهاية 2024 في الساحات.", "نهاية 2024", "2024")]
    public void A_part_of_a_period_keeps_the_value_of_the_period(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Valued(sentence));

    [Fact]
    public void A_part_of_a_hijri_month_is_the_gregorian_month_of_its_first_day()
    {
        // Ramadan 1446 began on 1 March 2025 (Umm al-Qura).
        Assert.Equal(("العشر الأواخر من رمضان", "DATE", "2025-03"), Valued("يعتكف المصلون في العشر الأواخر من رمضان.", "2025-03-10"));
    }

    [Fact]
    public void A_part_word_before_no_period_is_not_a_time() =>
        Assert.Empty(Recognize("اعتبر الوزير الاتفاق بداية مرحلة جديدة."));
}
