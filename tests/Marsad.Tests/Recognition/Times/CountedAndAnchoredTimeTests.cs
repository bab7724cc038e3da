using Marsad.Model;
using static Marsad.Tests.Recognition.Times.TimeTestSupport;

namespace Marsad.Tests.Recognition.Times;

/// <summary>Sets as adjectives and frequencies, vague, modified and ordinal durations, years in context, Hijri numerics and times anchored to the text (issue 20).</summary>
public sealed class CountedAndAnchoredTimeTests
{
    [Theory]
    [InlineData("عقدت الحكومة جلستها الأسبوعية في القصر.", "الأسبوعية", "P1W")]
    [InlineData("افتتح المؤتمر السنوي للمصارف في عمان.", "السنوي", "P1Y")]
    [InlineData("نشرت الوزارة حصيلتها اليومية للإصابات.", "اليومية", "P1D")]
    [InlineData("تصدر المجلة شهريا عن الجامعة.", "شهريا", "P1M")]
    public void A_period_adjective_or_adverb_is_a_set(string sentence, string text, string value) =>
        Assert.Equal((text, "SET", value, "text"), Single(sentence));

    [Fact]
    public void A_period_adjective_of_a_rate_is_not_a_set() =>
        Assert.Empty(Recognize("انخفض معدل التضخم السنوي إلى خمسة بالمئة."));

    [Theory]
    [InlineData("يجتمع المجلس مرتين في الأسبوع.", "مرتين في الأسبوع", "P1W")]
    [InlineData("تزور الفرق الطبية القرى ثلاث مرات في الشهر.", "ثلاث مرات في الشهر", "P1M")]
    [InlineData("تنظم الجمعية المعرض مرة سنويا.", "مرة سنويا", "P1Y")]
    public void N_times_a_unit_is_one_set_of_that_unit(string sentence, string text, string value) =>
        Assert.Equal((text, "SET", value, "text"), Single(sentence));

    [Theory]
    [InlineData("بقي الحصار بضعة أعوام.", "بضعة أعوام", "PXY")]
    [InlineData("استمرت المفاوضات عدة أشهر.", "عدة أشهر", "PXM")]
    [InlineData("استمرت الحرب سنوات طويلة.", "سنوات", "PXY")]
    [InlineData("ظل المعبر مغلقا أسابيع.", "أسابيع", "PXW")]
    [InlineData("استمرت الحرب بعد ذلك أشهرا.", "أشهرا", "PXM")]
    [InlineData("عاش الشاعر في المنفى أكثر من نصف قرن.", "أكثر من نصف قرن", "P50Y")]
    [InlineData("توقف العمل في الميناء نحو شهر.", "نحو شهر", "P1M")]
    [InlineData("انتظر الركاب قرابة ثلاث ساعات.", "قرابة ثلاث ساعات", "PT3H")]
    [InlineData("قضى المعتقل عامين ونصف في السجن.", "عامين ونصف", "P2Y6M")]
    public void Vague_modified_and_fractional_amounts_are_durations(string sentence, string text, string value) =>
        Assert.Equal((text, "DURATION", value, "text"), Single(sentence));

    [Fact]
    public void A_plural_unit_before_a_definite_word_is_a_construct_not_a_duration() =>
        Assert.Empty(Recognize("تذكر الأهالي سنوات الحرب."));

    [Theory]
    [InlineData("أضرب المعلمون اليوم الثالث على التوالي.", "اليوم الثالث على التوالي", "P3D")]
    [InlineData("تصدرت المدينة القائمة العام السابع على التوالي.", "العام السابع على التوالي", "P7Y")]
    [InlineData("تراجعت المبيعات في أول أسبوع من الحملة.", "أول أسبوع", "P1W")]
    [InlineData("ارتفعت الأسعار خلال الشهرين الماضيين.", "الشهرين الماضيين", "P2M")]
    [InlineData("تضاعف عدد السكان خلال السنوات الخمس الماضية.", "السنوات الخمس الماضية", "P5Y")]
    [InlineData("زادت الصادرات خلال الأشهر الستة الأولى من 2024.", "الأشهر الستة الأولى من 2024", "P6M")]
    [InlineData("تحسن الأداء في الأشهر التسعة الأولى من العام المالي.", "الأشهر التسعة الأولى من العام المالي", "P9M")]
    public void Ordinal_and_definite_counts_of_units_are_durations(string sentence, string text, string value) =>
        Assert.Equal((text, "DURATION", value, "text"), Single(sentence));

    [Fact]
    public void The_amount_after_murur_is_a_duration() =>
        Assert.Equal(("أسبوع", "DURATION", "P1W", "text"), Single("عاد اللاجئون بعد مرور أسبوع على توقف القصف."));

    [Theory]
    [InlineData("وقعت المعاهدة في 1916 بين الدولتين.", "1916")]
    [InlineData("يعيش اللاجئون في المخيم منذ 1948 بلا حقوق.", "1948")]
    [InlineData("تعهدت الحكومة بخفض الانبعاثات بحلول 2030.", "2030")]
    [InlineData("فازت القائمة في انتخابات 2021 بأغلبية.", "2021")]
    public void A_bare_year_is_a_year_where_the_text_makes_it_a_date(string sentence, string value) =>
        Assert.Equal((value, "DATE", value, "text"), Single(sentence));

    [Fact]
    public void Both_ends_of_a_range_of_years_are_years()
    {
        Assert.Equal(["2012", "2016"], Recognize("تراجع الإنتاج بين 2012 و2016.").Select(t => t.Value));
        Assert.Equal(["1990", "1995"], Recognize("عاش الكاتب في باريس من 1990 إلى 1995.").Select(t => t.Value));
    }

    [Theory]
    [InlineData("شارك 2000 متطوع في حملة التنظيف.")]
    [InlineData("أغلقت السلطات 1980 منشأة مخالفة.")]
    [InlineData("طالب المجلس بتطبيق القرار 2254 كاملا.")]
    [InlineData("تبلغ مساحة الحديقة 1854 مترا.")]
    public void Counts_and_numbers_of_things_are_not_years(string sentence) =>
        Assert.DoesNotContain(Recognize(sentence), t => t.Type == TimexType.Date);

    [Theory]
    [InlineData("ولد الشاعر في 11 اب 2006 في حلب.", "11 اب 2006", "2006-08-11")]
    [InlineData("عاد المغتربون في ايار الماضي.", "ايار الماضي", "2025-05")]
    [InlineData("اندلعت الاحتجاجات في 15 اذار 2011.", "15 اذار 2011", "2011-03-15")]
    public void Levantine_months_without_hamza_are_months_in_a_date(string sentence, string text, string value) =>
        Assert.Equal((text, "DATE", value), Valued(sentence));

    [Fact]
    public void Ab_without_a_date_beside_it_is_not_a_month() =>
        Assert.Empty(Recognize("زار اب العائلة المستشفى."));

    [Theory]
    [InlineData("صدر القرار يوم الثلاثاء 18 / 2 / 1447 هـ.", "يوم الثلاثاء 18 / 2 / 1447 هـ", 1447, 2, 18)]
    [InlineData("بدأ الصيام في 1 /9 /1446 في المملكة.", "1 /9 /1446", 1446, 9, 1)]
    public void Hijri_numeric_dates_with_spaces_convert_with_umm_al_qura(string sentence, string text, int year, int month, int day)
    {
        var expected = DateOnly.FromDateTime(new System.Globalization.UmAlQuraCalendar().ToDateTime(year, month, day, 0, 0, 0, 0));
        Assert.Equal((text, "DATE", expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), Valued(sentence));
    }

    [Fact]
    public void A_gregorian_era_mark_after_a_numeric_date_is_part_of_it() =>
        Assert.Equal(("12 / 8 / 2025م", "DATE", "2025-08-12"), Valued("وقع الاتفاق في 12 / 8 / 2025م في الرياض."));

    [Fact]
    public void Later_counts_from_the_time_the_text_gave_in_a_past_clause()
    {
        var times = Recognize("اندلعت الحرب في 15 اذار 2011، وبعد ثلاث سنوات من الحرب توقف القتال.");
        Assert.Equal(("بعد ثلاث سنوات", "2014", TimeAnchor.Text), (times[1].Text, times[1].Value, times[1].Anchor));
    }

    [Fact]
    public void Later_of_something_in_a_past_clause_with_nothing_to_count_from_is_a_duration()
    {
        // Counted from publication it would date a past act decades ahead (2065); the text never says when the war began.
        var time = Assert.Single(Recognize("وقعت الحكومة والمتمردون اتفاق سلام بعد ثلاثة عقود من الحرب الأهلية."));
        Assert.Equal(("بعد ثلاثة عقود", TimexType.Duration, "P3DE"), (time.Text, time.Type, time.Value));
    }

    [Fact]
    public void Later_in_a_future_clause_counts_from_the_published_date()
    {
        var times = Recognize("وقعت الحرب في 15 اذار 2011. وسيعود الوفد بعد يومين.");
        Assert.Equal(("بعد يومين", "2025-11-08", TimeAnchor.Published), (times[1].Text, times[1].Value, times[1].Anchor));
    }

    [Fact]
    public void The_next_day_and_the_same_month_count_from_the_text_and_walk_forward()
    {
        var times = Recognize("وصل الوفد في 5 آذار 2024. وفي اليوم التالي التقى الرئيس، ثم غادر في اليوم التالي. وفي الشهر نفسه عاد.");
        Assert.Equal(["2024-03-05", "2024-03-06", "2024-03-07", "2024-03"], times.Select(t => t.Value));
        Assert.All(times.Skip(1), t => Assert.Equal(TimeAnchor.Text, t.Anchor));
    }

    [Fact]
    public void Without_a_time_in_the_text_the_next_day_counts_from_the_published_date() =>
        Assert.Equal(("اليوم التالي", "DATE", "2025-11-07", "published"), Single("عاد الهدوء في اليوم التالي."));

    [Fact]
    public void A_year_the_text_gives_does_not_hide_the_day_it_gave_before()
    {
        var times = Recognize("انتهت العملية في 5 آذار 2024، وهي الأولى منذ 2019. وفي اليوم التالي عاد الهدوء.");
        Assert.Equal("2024-03-06", times[^1].Value);
    }

    [Theory]
    [InlineData("ازدهرت السينما في الخمسينيات والستينيات.", "الستينيات")]
    [InlineData("أعلنت الوزارة النتائج بالأمس.", "الأمس")]
    [InlineData("وبالأمس أعلنت الوزارة النتائج.", "الأمس")]
    [InlineData("أضرب العمال لليوم الثالث على التوالي.", "ليوم الثالث على التوالي")]
    public void Proclitics_on_the_first_word_stay_out_of_the_expression(string sentence, string text) =>
        Assert.Equal(text, Recognize(sentence)[^1].Text);

    [Fact]
    public void A_word_that_starts_with_a_proclitic_letter_keeps_it() =>
        Assert.Equal("بداية العام", Recognize("ارتفعت الأسعار منذ بداية العام.")[^1].Text);
}
