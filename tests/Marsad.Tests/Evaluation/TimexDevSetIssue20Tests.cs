using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Marsad.Evaluation;
using Marsad.Model;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// The TimeML set keeps the conventions its README gives for the classes issue 20 adds (documents 15–23): Hijri
/// numerics and Hijri years alone valued by Umm al-Qura, anchored values counted from the time they name, four-digit
/// numbers that are not years left out of every tag, and every class present with its value.
/// </summary>
public sealed partial class TimexDevSetIssue20Tests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "TimeML");

    private static IEnumerable<(TimeMLDocument Document, GoldTimex Timex)> All => TimexDevSetTests.All;

    [Fact]
    public void Every_numeric_hijri_date_has_its_umm_al_qura_gregorian_value()
    {
        var calendar = new UmAlQuraCalendar();
        TimexDevSetTests.EachMatchHasItsValue(NumericHijriDate(), 4, "numeric Hijri dates", (_, match) =>
        {
            int Part(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
            return calendar.ToDateTime(Part("year"), Part("month"), Part("day"), 0, 0, 0, 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        });
    }

    // TIMEX3 has no value for a range of days, so a Hijri year alone is valued by the Gregorian year of its 1 Muharram.
    [Fact]
    public void A_hijri_year_alone_is_valued_by_the_gregorian_year_it_begins_in()
    {
        var calendar = new UmAlQuraCalendar();
        TimexDevSetTests.EachMatchHasItsValue(HijriYearAlone(), 3, "Hijri years", (_, match) =>
            calendar.ToDateTime(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), 1, 1, 0, 0, 0, 0).Year.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1980 منشأة")]
    [InlineData("2000 متطوع")]
    [InlineData("1900 أسير")]
    [InlineData("1854 مترا")]
    [InlineData("القرار 1701")]
    [InlineData("القرار 2254")]
    [InlineData("7744 مرشحا")]
    [InlineData("2150 أسرة")]
    public void A_four_digit_number_that_is_not_a_year_is_outside_every_tag(string phrase)
    {
        var documents = TimexDevSetTests.All.Select(x => x.Document).Distinct().Where(d => d.Text.Contains(phrase, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var start = document.Text.IndexOf(phrase, StringComparison.Ordinal);
            Assert.DoesNotContain(document.Timexes, t => t.Span.Start < start + phrase.Length && start < t.Span.End);
        }
    }

    [Fact]
    public void An_anchored_time_names_an_earlier_time_and_is_counted_from_it()
    {
        var checkedCount = 0;
        foreach (var file in Directory.GetFiles(Folder, "*.tml").Order(StringComparer.Ordinal))
        {
            var timexes = XDocument.Load(file).Descendants("TEXT").Descendants("TIMEX3").ToList();
            var order = timexes.Select((t, i) => (Tid: (string)t.Attribute("tid")!, Index: i)).ToDictionary(x => x.Tid, x => x.Index, StringComparer.Ordinal);
            foreach (var (timex, index) in timexes.Select((t, i) => (t, i)).Where(x => x.t.Attribute("anchorTimeID") is not null))
            {
                var name = $"{Path.GetFileName(file)}: {timex.Value}";
                Assert.True(order.TryGetValue((string)timex.Attribute("anchorTimeID")!, out var anchorIndex) && anchorIndex < index, $"{name} is anchored to no earlier time");
                var anchor = (string)timexes[anchorIndex].Attribute("value")!;
                var value = (string)timex.Attribute("value")!;
                var expected = CountedFrom(timex.Value, anchor);
                Assert.True(expected is null || expected == value, $"{name} counted from {anchor} is {expected}, annotated {value}");
                checkedCount += expected is null ? 0 : 1;
            }
        }

        Assert.True(checkedCount >= 10, $"{checkedCount} anchored values checked");
    }

    // The value an anchored phrase takes from its anchor, for the phrases whose arithmetic is plain; null for the others.
    private static string? CountedFrom(string phrase, string anchor)
    {
        DateOnly Day() => DateOnly.ParseExact(anchor[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var year = int.Parse(anchor[..4], CultureInfo.InvariantCulture);
        return phrase switch
        {
            "اليوم التالي" => Iso(Day().AddDays(1)),
            "اليوم نفسه" => Iso(Day()),
            "بعد يومين" => Iso(Day().AddDays(2)),
            "الشهر نفسه" => anchor[..7],
            "العام التالي" => (year + 1).ToString(CultureInfo.InvariantCulture),
            "بعد عامين" => (year + 2).ToString(CultureInfo.InvariantCulture),
            "بعد ثلاث سنوات" => (year + 3).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    [Fact]
    public void It_covers_every_class_of_issue_20_with_its_value()
    {
        (string Text, string Type, string Value)[] forms =
        [
            // Reference points.
            ("الآن", "DATE", "PRESENT_REF"), ("حالياً", "DATE", "PRESENT_REF"), ("الوقت الحالي", "DATE", "PRESENT_REF"), ("هذه الأيام", "DATE", "PRESENT_REF"),
            ("مؤخراً", "DATE", "PAST_REF"), ("سابقاً", "DATE", "PAST_REF"), ("السابق", "DATE", "PAST_REF"), ("آنذاك", "DATE", "PAST_REF"), ("الماضي", "DATE", "PAST_REF"),
            ("قريباً", "DATE", "FUTURE_REF"), ("مستقبلاً", "DATE", "FUTURE_REF"), ("لاحقاً", "DATE", "FUTURE_REF"),

            // Seasons, parts of a year, counted ranges, parts of a period.
            ("الربيع", "DATE", "2025-SP"), ("خريف هذا العام", "DATE", "2025-FA"), ("صيف 2024", "DATE", "2024-SU"), ("شتاء 2023", "DATE", "2023-WI"),
            ("الربع الثالث من العام الماضي", "DATE", "2024-Q3"), ("النصف الأول من العام", "DATE", "2025-H1"), ("الأشهر الستة الأولى من 2024", "DURATION", "P6M"),
            ("أواخر الشهر", "DATE", "2025-05"), ("مطلع العام", "DATE", "2025"), ("أواخر القرن الماضي", "DATE", "19"), ("العشر الأواخر من رمضان", "DATE", "2025-03"),

            // Sets as adjectives and adverbs, with a frequency.
            ("الأسبوعية", "SET", "P1W"), ("السنوي", "SET", "P1Y"), ("الشهرية", "SET", "P1M"), ("اليومية", "SET", "P1D"), ("يومياً", "SET", "P1D"),
            ("شهرياً", "SET", "P1M"), ("مرتين في الأسبوع", "SET", "P1W"),

            // Vague and ordinal durations.
            ("بضعة أعوام", "DURATION", "PXY"), ("سنوات", "DURATION", "PXY"), ("أسابيع", "DURATION", "PXW"), ("عقوداً", "DURATION", "PXDE"),
            ("أكثر من نصف قرن", "DURATION", "P50Y"), ("اليوم الثالث على التوالي", "DURATION", "P3D"), ("أول أسبوع", "DURATION", "P1W"), ("الشهرين الماضيين", "DURATION", "P2M"),

            // Years standing alone, Levantine months, Hijri numerics and a Hijri year alone.
            ("1970", "DATE", "1970"), ("11 اب 2006", "DATE", "2006-08-11"), ("ايار الماضي", "DATE", "2024-05"), ("1 اذار المقبل", "DATE", "2025-03-01"),
            ("3 /9 /1446", "DATE", "2025-03-03"), ("يوم الثلاثاء 18 / 2 / 1447 هـ", "DATE", "2025-08-12"), ("1446هـ", "DATE", "2024"),

            // Times anchored to a time in the text.
            ("بعد ثلاث سنوات", "DATE", "2014"), ("اليوم التالي", "DATE", "2024-09-24"), ("الشهر نفسه", "DATE", "2024-10"),
        ];
        Assert.All(forms, f => Assert.True(
            All.Any(x => x.Timex.Text == f.Text && TimexTypes.Name(x.Timex.Type) == f.Type && x.Timex.Value == f.Value),
            $"no {f.Type} {f.Value} tagged '{f.Text}'"));
    }

    [GeneratedRegex("^(?:يوم [^ ]+ )?(?<day>[0-9]{1,2}) ?/ ?(?<month>[0-9]{1,2}) ?/ ?(?<year>14[0-9]{2})(?: ?هـ)?$")]
    private static partial Regex NumericHijriDate();

    [GeneratedRegex("^(?:عام )?(?<year>14[0-9]{2}) ?هـ$")]
    private static partial Regex HijriYearAlone();
}
