using System.Globalization;
using Marsad.Model;
using static Marsad.Tests.Recognition.Times.TimeTestSupport;

namespace Marsad.Tests.Recognition.Times;

/// <summary>Dates with a month name or in digits: one test per rule of CalendarDates.</summary>
public sealed class CalendarDateTests
{
    [Theory]
    [InlineData("وصل الرئيس إلى القاهرة في 6 نوفمبر 2025 في زيارة رسمية.", "6 نوفمبر 2025")]
    [InlineData("عقدت القمة في 6 تشرين الثاني 2025 في بغداد.", "6 تشرين الثاني 2025")]
    [InlineData("انطلقت المظاهرات في 6 نونبر 2025 بالرباط.", "6 نونبر 2025")]
    [InlineData("أعلنت الحكومة الجزائرية يوم 6 نوفمبر 2025 عطلة.", "يوم 6 نوفمبر 2025")]
    [InlineData("وقع الاتفاق في السادس من نوفمبر 2025 في الرياض.", "السادس من نوفمبر 2025")]
    [InlineData("وفي 6 تشرين الثاني/نوفمبر 2025 أعلنت الوزارة النتائج.", "6 تشرين الثاني/نوفمبر 2025")]
    [InlineData("أعلنت الوزارة في 6 نوفمبر (تشرين الثاني) 2025 النتائج.", "6 نوفمبر (تشرين الثاني) 2025")]
    public void Day_month_and_year_in_every_naming_system_give_the_day(string sentence, string text) =>
        Assert.Equal((text, "DATE", "2025-11-06", "text"), Single(sentence));

    [Theory]
    [InlineData("أجريت الانتخابات في جانفي 2024 وسط إقبال ضعيف.", "2024-01")]
    [InlineData("ارتفعت الأسعار في شباط 2023 بشكل حاد.", "2023-02")]
    [InlineData("بدأت الحرب في أكتوبر 2023 واستمرت طويلا.", "2023-10")]
    [InlineData("وقعت الاشتباكات في مارس 2011 في درعا.", "2011-03")]
    public void Month_and_year_give_the_month(string sentence, string value) =>
        Assert.Equal(value, Single(sentence).Value);

    [Fact]
    public void Day_and_month_take_the_published_year_or_stay_unresolved()
    {
        Assert.Equal(("6 نوفمبر", "DATE", "2025-11-06", "published"), Single("تعقد القمة في 6 نوفمبر في الدوحة.", "2025-10-01"));
        Assert.Equal(("6 نوفمبر", "DATE", "XXXX-11-06", "unresolved"), Single("تعقد القمة في 6 نوفمبر في الدوحة.", null));
    }

    [Theory]
    [InlineData("اجتمع الوزيران في 28 ديسمبر في عمان.", "2026-01-05", "28 ديسمبر", "2025-12-28")]
    [InlineData("تبدأ المفاوضات في 5 يناير في جنيف.", "2025-12-20", "5 يناير", "2026-01-05")]
    [InlineData("أفرجت السلطات عن المعتقلين في 3 مارس.", "2025-11-06", "3 مارس", "2025-03-03")]
    public void Day_and_month_take_the_year_within_ten_months_before_and_two_after_the_published_date(string sentence, string published, string text, string value) =>
        Assert.Equal((text, "DATE", value, "published"), Single(sentence, published));

    [Theory]
    [InlineData("أغلقت السلطات المعبر الحدودي في 20 مارس بعد اشتباكات.", "2025-02-10", "2024-03-20")]
    [InlineData("وقال الوزير إن المحادثات ستستأنف في جنيف، مشيرا إلى أن الهدنة انهارت في 3 يناير.", "2025-06-01", "2025-01-03")]
    [InlineData("أعلن الجيش أنه قتل القائد الميداني يوم 12 فبراير.", "2025-02-10", "2025-02-12")]
    [InlineData("ستفتتح الوزارة المستشفى الجديد في 20 مارس.", "2025-02-10", "2025-03-20")]
    [InlineData("سيزور الوزير تونس، وتنطلق جولته في 2 أبريل.", "2025-02-10", "2025-04-02")]
    [InlineData("ستعقد القمة العربية في 15 يناير في بغداد.", "2025-06-01", "2026-01-15")]
    public void A_day_and_month_after_the_published_date_is_last_years_in_a_past_clause_and_ahead_in_a_future_or_present_one(string sentence, string published, string value) =>
        Assert.Equal(value, Single(sentence, published).Value);

    [Fact]
    public void A_modifier_after_day_and_month_turns_them_back_or_forward()
    {
        Assert.Equal(("الثامن من ديسمبر الماضي", "DATE", "2024-12-08", "published"), Single("وقع الهجوم في الثامن من ديسمبر الماضي.", "2025-11-06"));
        Assert.Equal(("العاشر من أكتوبر المقبل", "DATE", "2026-10-10", "published"), Single("تجري الانتخابات في العاشر من أكتوبر المقبل.", "2025-11-06"));
    }

    [Fact]
    public void A_month_alone_takes_the_published_year_and_a_modifier_turns_it_back_or_forward()
    {
        Assert.Equal(("نوفمبر", "DATE", "2025-11", "published"), Single("ارتفع التضخم في نوفمبر بنسبة كبيرة."));
        Assert.Equal(("ديسمبر الماضي", "DATE", "2024-12", "published"), Single("زار الوزير بيروت في ديسمبر الماضي."));
        Assert.Equal(("يناير المقبل", "DATE", "2026-01", "published"), Single("تجري الانتخابات في يناير المقبل."));
        Assert.Equal("XXXX-11", Single("ارتفع التضخم في نوفمبر بنسبة كبيرة.", null).Value);
    }

    [Theory]
    [InlineData("أغلقت السلطات المعبر في نوفمبر بعد اشتباكات عنيفة.", "2025-02-10", "2024-11")]
    [InlineData("رفع البنك المركزي سعر الفائدة في أغسطس.", "2025-02-10", "2024-08")]
    [InlineData("تراجعت الصادرات في أبريل بشكل طفيف.", "2025-02-10", "2025-04")]
    [InlineData("ستجري الانتخابات البلدية في نوفمبر.", "2025-02-10", "2025-11")]
    [InlineData("سيزور الرئيس الجزائر في يناير.", "2025-02-10", "2026-01")]
    [InlineData("ويبدأ موسم الحصاد في يونيو في معظم المحافظات.", "2025-02-10", "2025-06")]
    [InlineData("ومن المقرر افتتاح المعرض الدولي للكتاب في يناير.", "2025-02-10", "2026-01")]
    [InlineData("ستستأنف المحادثات في الرباط، بعد أن توقفت في نوفمبر إثر خلاف على الحدود.", "2025-02-10", "2024-11")]
    public void A_month_alone_well_after_the_published_one_is_the_one_before_unless_the_clause_is_future_or_present(string sentence, string published, string value) =>
        Assert.Equal(value, Single(sentence, published).Value);

    [Theory]
    [InlineData("مارس الرئيس ضغوطا على البرلمان.")]
    [InlineData("قال رمضان إن الحزب سيشارك.")]
    [InlineData("نسبة البطالة صفر في المدينة.")]
    public void A_month_that_is_also_an_ordinary_word_needs_a_day_a_year_or_shahr(string sentence) =>
        Assert.Empty(Recognize(sentence));

    [Theory]
    [InlineData("صدر القرار بتاريخ 6/11/2025 عن المحكمة.", "6/11/2025")]
    [InlineData("صدر القرار بتاريخ ٦/١١/٢٠٢٥ عن المحكمة.", "٦/١١/٢٠٢٥")]
    [InlineData("صدر القرار بتاريخ 6-11-2025 عن المحكمة.", "6-11-2025")]
    [InlineData("صدر القرار بتاريخ 2025-11-06 عن المحكمة.", "2025-11-06")]
    [InlineData("صدر القرار بتاريخ 6.11.2025 عن المحكمة.", "6.11.2025")]
    public void Numeric_dates_read_day_month_year_in_the_Arab_order_or_year_first(string sentence, string text) =>
        Assert.Equal((text, "DATE", "2025-11-06", "text"), Single(sentence));

    [Fact]
    public void A_numeric_date_that_does_not_exist_is_not_a_date() =>
        Assert.DoesNotContain(Recognize("بلغت النتيجة 31/2/2025 في الجدول."), t => t.Type == TimexType.Date && t.Value!.Length == 10);

    [Fact]
    public void A_Hijri_date_converts_with_the_Umm_al_Qura_calendar()
    {
        var expected = DateOnly.FromDateTime(new UmAlQuraCalendar().ToDateTime(1447, 5, 15, 0, 0, 0, 0));
        var (text, type, value, anchor) = Single("صدر المرسوم الملكي في 15 جمادى الأولى 1447 هـ بالرياض.");
        Assert.Equal(("15 جمادى الأولى 1447 هـ", "DATE", "text"), (text, type, anchor));
        Assert.Equal(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value);
        Assert.Equal("2025-11-06", value);
    }

    [Theory]
    [InlineData("بدأ الصيام في 1 رمضان 1446هـ في المملكة.", 1446, 9, 1)]
    [InlineData("يقام الحج في 9 ذو الحجة 1446 ه في عرفات.", 1446, 12, 9)]
    [InlineData("ولد الشاعر في 12 ربيع الأول 1400 هجرية.", 1400, 3, 12)]
    public void Hijri_dates_with_any_era_mark_convert_to_the_Gregorian_day(string sentence, int year, int month, int day)
    {
        var expected = DateOnly.FromDateTime(new UmAlQuraCalendar().ToDateTime(year, month, day, 0, 0, 0, 0));
        Assert.Equal(expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Single(sentence).Value);
    }

    [Fact]
    public void A_Hijri_day_and_month_without_a_year_take_the_published_Hijri_year()
    {
        var calendar = new UmAlQuraCalendar();
        var published = new DateOnly(2025, 11, 6);
        var hijriYear = calendar.GetYear(published.ToDateTime(TimeOnly.MinValue));
        var expected = DateOnly.FromDateTime(calendar.ToDateTime(hijriYear, 7, 27, 0, 0, 0, 0));
        var (text, _, value, anchor) = Single("يحتفل المسلمون بذكرى الإسراء والمعراج في 27 رجب.");
        Assert.Equal(("27 رجب", expected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "published"), (text, value, anchor));
    }
}
