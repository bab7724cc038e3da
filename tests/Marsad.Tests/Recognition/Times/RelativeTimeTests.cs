using static Marsad.Tests.Recognition.Times.TimeTestSupport;

namespace Marsad.Tests.Recognition.Times;

/// <summary>Weekdays and relative expressions, resolved against Thursday 6 November 2025 (ISO week 45).</summary>
public sealed class RelativeTimeTests
{
    [Theory]
    [InlineData("قال وزير الخارجية أمس إن المحادثات مستمرة.", "أمس", "2025-11-05")]
    [InlineData("وصل الوفد أول أمس إلى عمان.", "أول أمس", "2025-11-04")]
    [InlineData("تعقد الحكومة اليوم اجتماعا طارئا.", "اليوم", "2025-11-06")]
    [InlineData("يصل المبعوث غدا إلى بيروت.", "غدا", "2025-11-07")]
    [InlineData("تبدأ المحادثات بعد غد في جنيف.", "بعد غد", "2025-11-08")]
    [InlineData("وأمس أعلنت الوزارة النتائج.", "أمس", "2025-11-05")]
    public void Day_phrases_shift_the_published_day(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value, "published"), Single(sentence));

    [Theory]
    [InlineData("زار الرئيس باريس الأسبوع الماضي.", "الأسبوع الماضي", "2025-W44")]
    [InlineData("تعقد القمة خلال الأسبوع المقبل في الرياض.", "الأسبوع المقبل", "2025-W46")]
    [InlineData("تراجعت الأسعار الشهر الماضي بنسبة طفيفة.", "الشهر الماضي", "2025-10")]
    [InlineData("يبدأ تطبيق القانون الشهر المقبل.", "الشهر المقبل", "2025-12")]
    [InlineData("نما الاقتصاد العام الماضي بنسبة 3 في المئة.", "العام الماضي", "2024")]
    [InlineData("تجري الانتخابات بحلول العام المقبل.", "العام المقبل", "2026")]
    [InlineData("ارتفع العجز في السنة الحالية.", "السنة الحالية", "2025")]
    public void Week_month_and_year_phrases_have_their_own_granularity(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value, "published"), Single(sentence));

    [Fact]
    public void Tonight_is_a_time_of_the_published_day() =>
        Assert.Equal(("الليلة", "TIME", "2025-11-06TNI", "published"), Single("يلقي الرئيس خطابا الليلة."));

    [Fact]
    public void Without_a_published_date_relative_values_keep_placeholders()
    {
        Assert.Equal(("أمس", "DATE", "XXXX-XX-XX", "unresolved"), Single("قال الوزير أمس إن المحادثات مستمرة.", null));
        Assert.Equal(("الأسبوع الماضي", "DATE", "XXXX-WXX", "unresolved"), Single("زار الرئيس باريس الأسبوع الماضي.", null));
        Assert.Equal(("يوم الخميس", "DATE", "XXXX-WXX-4", "unresolved"), Single("ستعلن كازاخستان يوم الخميس انضمامها.", null));
    }

    [Fact]
    public void A_weekday_on_the_published_weekday_is_the_published_day() =>
        Assert.Equal(("يوم الخميس", "DATE", "2025-11-06", "published"), Single("وقال المبعوث الأمريكي يوم الخميس إن دولة جديدة ستنضم."));

    [Theory]
    [InlineData("التقى الوزير نظيره الفرنسي الأحد في باريس.", "الأحد", "2025-11-02")]
    [InlineData("أعلنت الحكومة يوم الثلاثاء عن خطة جديدة.", "يوم الثلاثاء", "2025-11-04")]
    [InlineData("وقد اجتمع المجلس الجمعة لبحث الأزمة.", "الجمعة", "2025-10-31")]
    public void A_bare_weekday_in_a_past_clause_is_the_last_one(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value, "published"), Single(sentence));

    [Theory]
    [InlineData("سيزور الرئيس القاهرة يوم الأحد المقبل.", "يوم الأحد المقبل", "2025-11-09")]
    [InlineData("ستعقد الحكومة اجتماعها السبت في العاصمة.", "السبت", "2025-11-08")]
    [InlineData("من المتوقع أن يصل الوفد الثلاثاء إلى عمان.", "الثلاثاء", "2025-11-11")]
    [InlineData("يعتزم البرلمان التصويت على القانون يوم الاثنين.", "يوم الاثنين", "2025-11-10")]
    public void A_weekday_after_a_future_marker_is_the_next_one(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value, "published"), Single(sentence));

    [Theory]
    [InlineData("وافقت الحكومة على خطة لتوسيع الميناء ستنفذ على مراحل، وفق ما أعلنه الوزير مساء الأربعاء.", "مساء الأربعاء", "TIME", "2025-11-05TEV")]
    [InlineData("ستعقد الحكومة اجتماعا طارئا، السبت، لبحث الأزمة.", "السبت", "DATE", "2025-11-08")]
    public void A_future_marker_sets_the_tense_of_its_own_clause_only(string sentence, string text, string type, string value) =>
        Assert.Equal((text, type, value, "published"), Single(sentence));

    [Theory]
    [InlineData("التقى الوزير نظيره الخميس الماضي في عمان.", "الخميس الماضي", "2025-10-30")]
    [InlineData("تعقد القمة الجمعة المقبلة في الدوحة.", "الجمعة المقبلة", "2025-11-07")]
    public void A_weekday_modifier_chooses_the_last_or_next_one(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value, "published"), Single(sentence));

    [Fact]
    public void Al_ithnayn_alone_is_the_two_not_monday() =>
        Assert.Empty(Recognize("اتفق الاثنين على مواصلة الحوار."));

    [Fact]
    public void Al_ithnayn_after_a_part_of_the_day_is_monday() =>
        Assert.Equal(("مساء الاثنين", "TIME", "2025-11-03TEV", "published"), Single("اتصل الرئيس بنظيره التركي مساء الاثنين لبحث الأزمة."));

    [Fact]
    public void Al_ithnayn_between_commas_after_the_verb_dates_the_statement() =>
        Assert.Equal(("الاثنين", "DATE", "2025-11-03", "published"), Single("وقال المتحدث باسم الحكومة، الاثنين، إن المفاوضات ستستأنف."));

    [Fact]
    public void Al_ithnayn_with_a_comma_on_one_side_only_stays_the_two() =>
        Assert.Empty(Recognize("وصل الوفدان، الاثنين معا إلى القاهرة."));

    [Fact]
    public void A_weekday_with_its_date_is_one_expression() =>
        Assert.Equal(("الخميس 6 نوفمبر 2025", "DATE", "2025-11-06", "text"), Single("أعلنت الوزارة الخميس 6 نوفمبر 2025 نتائج التحقيق."));

    [Theory]
    [InlineData("قتل جنديان قبل يومين في هجوم.", "قبل يومين", "2025-11-04")]
    [InlineData("انتخب الرئيس منذ ثلاث سنوات.", "منذ ثلاث سنوات", "2022")]
    [InlineData("تستأنف المفاوضات بعد أسبوعين في فيينا.", "بعد أسبوعين", "2025-W47")]
    [InlineData("غادر السفير البلاد قبل شهرين.", "قبل شهرين", "2025-09")]
    public void A_count_before_or_after_the_published_date_is_a_date(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value, "published"), Single(sentence));

    [Fact]
    public void Since_a_year_followed_by_a_number_is_that_year() =>
        Assert.Equal(("عام 2011", "DATE", "2011", "text"), Single("تعيش سوريا أزمة منذ عام 2011."));

    [Theory]
    [InlineData("ارتفعت درجات الحرارة صباح اليوم في القاهرة.", "صباح اليوم", "2025-11-06TMO")]
    [InlineData("وقع الانفجار مساء أمس في وسط المدينة.", "مساء أمس", "2025-11-05TEV")]
    public void A_part_of_day_before_a_day_is_a_time_of_that_day(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value, "published"), Single(sentence));

    [Theory]
    [InlineData("افتتح الوزير المعرض اليوم الخميس في الرياض.", "اليوم الخميس", "DATE", "2025-11-06")]
    [InlineData("وصل الوفد المصري أمس الأربعاء إلى الخرطوم.", "أمس الأربعاء", "DATE", "2025-11-05")]
    [InlineData("يبدأ البرلمان غدا الجمعة مناقشة الموازنة.", "غدا الجمعة", "DATE", "2025-11-07")]
    [InlineData("قصفت الطائرات مواقع عدة فجر اليوم الخميس قرب الحدود.", "فجر اليوم الخميس", "TIME", "2025-11-06TMO")]
    [InlineData("أعلنت الشرطة مساء أمس الأربعاء توقيف المشتبه به.", "مساء أمس الأربعاء", "TIME", "2025-11-05TEV")]
    public void A_day_named_by_its_distance_and_its_weekday_is_one_expression(string sentence, string text, string type, string value) =>
        Assert.Equal((text, type, value, "published"), Single(sentence));

    [Fact]
    public void Al_ithnayn_after_a_day_named_by_its_distance_is_that_day() =>
        Assert.Equal(("اليوم الاثنين", "DATE", "2025-11-10", "published"), Single("استقبل الملك اليوم الاثنين وفدا برلمانيا.", published: "2025-11-10"));
}
