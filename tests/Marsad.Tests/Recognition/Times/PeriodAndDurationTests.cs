using System.Globalization;
using Marsad.Model;
using static Marsad.Tests.Recognition.Times.TimeTestSupport;

namespace Marsad.Tests.Recognition.Times;

/// <summary>Years, decades, centuries, durations, sets and clock times.</summary>
public sealed class PeriodAndDurationTests
{
    [Theory]
    [InlineData("أقامت كازاخستان علاقات دبلوماسية مع إسرائيل في عام 1992، بعد وقت قصير من استقلالها.", "عام 1992", "1992")]
    [InlineData("شهدت البلاد انتخابات في العام 2019 وسط احتجاجات.", "العام 2019", "2019")]
    [InlineData("صدر الدستور سنة 2010 بعد استفتاء.", "سنة 2010", "2010")]
    [InlineData("وفي 2020 وقعت الإمارات اتفاقا مع إسرائيل.", "2020", "2020")]
    [InlineData("تم التوسط في اتفاقيات 2020 خلال إدارة ترامب الأولى.", "2020", "2020")]
    [InlineData("تأسست المدينة عام 2020م على ضفاف النهر.", "عام 2020م", "2020")]
    public void Years_with_a_head_or_bare_are_years(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value, "text"), Single(sentence));

    [Theory]
    [InlineData("تبرعت الدولة بمبلغ 2000 دولار لكل أسرة.")]
    [InlineData("نزح 1950 شخصا من القرية.")]
    [InlineData("بلغ عدد القتلى 2015 قتيلا منذ بداية الحرب.")]
    [InlineData("يبلغ طول الحدود 2100 كيلومتر.")]
    [InlineData("وصل عدد السكان إلى 3500 نسمة.")]
    public void A_number_followed_by_a_unit_is_not_a_year(string sentence) =>
        Assert.DoesNotContain(Recognize(sentence), t => t.Type == TimexType.Date);

    [Theory]
    [InlineData("صدرت الميزانية العامة للعام المالي 1447 هـ.", "1447 هـ", 1447)]
    [InlineData("أقرت الخطة في عام 1446هـ بعد دراسة.", "عام 1446هـ", 1446)]
    public void A_Hijri_year_is_the_Gregorian_year_it_begins_in(string sentence, string text, int hijri)
    {
        // The convention of the TimeML set's README: 1 Muharram under Umm al-Qura gives the year (1446 → 2024, 1447 → 2025).
        var begins = new UmAlQuraCalendar().ToDateTime(hijri, 1, 1, 0, 0, 0, 0).Year;
        Assert.Equal((text, "DATE", begins.ToString(CultureInfo.InvariantCulture), "text"), Single(sentence));
    }

    [Theory]
    [InlineData("شهدت المنطقة حروبا في الثمانينيات.", "الثمانينيات", "198", "text")]
    [InlineData("تأسس الحزب في التسعينات من أجل الإصلاح.", "التسعينات", "199", "text")]
    [InlineData("هاجر آلاف في ثمانينيات القرن الماضي إلى أوروبا.", "ثمانينيات القرن الماضي", "198", "published")]
    [InlineData("بنيت المدينة في السبعينيات من القرن التاسع عشر.", "السبعينيات من القرن التاسع عشر", "187", "text")]
    public void Decades_take_their_century_from_the_text_or_the_1900s(string sentence, string text, string value, string anchor) =>
        Assert.Equal((text, "DATE", value, anchor), Single(sentence));

    [Theory]
    [InlineData("احتلت روسيا القيصرية الدولة السوفيتية السابقة في القرن التاسع عشر.", "القرن التاسع عشر", "18", "text")]
    [InlineData("تواجه البشرية تحديات القرن الحادي والعشرين.", "القرن الحادي والعشرين", "20", "text")]
    [InlineData("شهد القرن العشرين حربين عالميتين.", "القرن العشرين", "19", "text")]
    [InlineData("بني الجامع في القرن 15 الميلادي.", "القرن 15 الميلادي", "14", "text")]
    [InlineData("انتهت الحرب الباردة في القرن الماضي.", "القرن الماضي", "19", "published")]
    public void Centuries_are_written_as_their_first_two_digits(string sentence, string text, string value, string anchor) =>
        Assert.Equal((text, "DATE", value, anchor), Single(sentence));

    [Theory]
    [InlineData("تمتعت الدول بعلاقات سرية مع إسرائيل لعقود من الزمن.", "عقود من الزمن", "PXDE")]
    [InlineData("استمر الحصار لمدة ثلاثة أيام قبل أن يرفع.", "لمدة ثلاثة أيام", "P3D")]
    [InlineData("قضى المعارض ثلاث سنوات في السجن.", "ثلاث سنوات", "P3Y")]
    [InlineData("استمر الاجتماع ساعتين في القصر الرئاسي.", "ساعتين", "PT2H")]
    [InlineData("حكم البلاد عشر سنوات متتالية.", "عشر سنوات", "P10Y")]
    [InlineData("انتظر المسافرون 30 دقيقة في المطار.", "30 دقيقة", "PT30M")]
    [InlineData("استمرت الحرب الأهلية عقدين.", "عقدين", "P2DE")]
    [InlineData("عاش اللاجئون في المخيمات لسنوات.", "سنوات", "PXY")]
    public void Durations_count_units_in_TIMEX3(string sentence, string text, string value) =>
        Assert.Equal((text, "DURATION", value, "text"), Single(sentence));

    [Theory]
    [InlineData("يعقد المؤتمر سنويا في دبي.", "سنويا", "P1Y")]
    [InlineData("تجتمع اللجنة كل أسبوع في مقر الوزارة.", "كل أسبوع", "P1W")]
    [InlineData("ينشر البنك المركزي تقريره شهريا.", "شهريا", "P1M")]
    [InlineData("يقتل العشرات يوميا في القصف.", "يوميا", "P1D")]
    [InlineData("تجرى الانتخابات كل أربع سنوات.", "كل أربع سنوات", "P4Y")]
    public void Sets_repeat_a_period(string sentence, string text, string value) =>
        Assert.Equal((text, "SET", value, "text"), Single(sentence));

    [Theory]
    [InlineData("بدأ الاجتماع الساعة الخامسة والنصف مساء في القصر.", "الساعة الخامسة والنصف مساء", "2025-11-06T17:30")]
    [InlineData("يفتتح المعرض الساعة 10 صباحا.", "الساعة 10 صباحا", "2025-11-06T10:00")]
    [InlineData("وصل الوفد عند الساعة 14:30 إلى المطار.", "الساعة 14:30", "2025-11-06T14:30")]
    [InlineData("انطلقت المسيرة العاشرة صباحا من الساحة.", "العاشرة صباحا", "2025-11-06T10:00")]
    public void Clock_times_fall_on_the_published_day(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value, "published"), Single(sentence));

    [Fact]
    public void A_clock_time_falls_on_the_day_named_before_it_in_the_sentence()
    {
        var times = Recognize("تبدأ القمة في 10 ديسمبر 2025 الساعة التاسعة صباحا.");
        Assert.Equal(("الساعة التاسعة صباحا", "2025-12-10T09:00", TimeAnchor.Text), (times[1].Text, times[1].Value, times[1].Anchor));
    }

    [Theory]
    [InlineData("انفجرت العبوة الساعة 11:40 من صباح أمس قرب السوق.", "الساعة 11:40 من صباح أمس", "2025-11-05T11:40")]
    [InlineData("هبطت الطائرة الساعة الثامنة والنصف من مساء الثلاثاء في المطار.", "الساعة الثامنة والنصف من مساء الثلاثاء", "2025-11-04T20:30")]
    public void A_clock_time_of_a_part_of_a_day_named_after_it_is_one_time_of_that_day(string sentence, string text, string value) =>
        Assert.Equal((text, "TIME", value, "published"), Single(sentence));

    [Fact]
    public void A_clock_time_falls_on_the_day_a_part_of_the_day_named_before_it()
    {
        var times = Recognize("بدأت الجلسة مساء أمس الأربعاء وانتهت في العاشرة ليلا.");
        Assert.Equal(("العاشرة ليلا", "2025-11-05T22:00"), (times[1].Text, times[1].Value));
    }

    [Fact]
    public void A_clock_time_without_a_published_date_is_unresolved() =>
        Assert.Equal(("الساعة 10 صباحا", "TIME", "XXXX-XX-XXT10:00", "unresolved"), Single("يفتتح المعرض الساعة 10 صباحا.", null));

    [Fact]
    public void The_end_of_a_family_name_before_a_part_of_day_is_not_an_hour()
    {
        var times = Recognize("استقبل الشيخ تميم بن حمد آل ثاني مساء الأحد وزير الخارجية التركي.");
        Assert.DoesNotContain(times, static t => t.Type == TimexType.Time && t.Text.Contains("ثاني", StringComparison.Ordinal));
        Assert.Contains(times, static t => t.Text.EndsWith("الأحد", StringComparison.Ordinal));
    }
}
