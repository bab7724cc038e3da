using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Evaluation;
using Marsad.Model;

namespace Marsad.Tests.Evaluation;

/// <summary>The TimeML development set (Fixtures/TimeML) is large enough, well formed and consistent with its own conventions.</summary>
public sealed partial class TimexDevSetTests
{
    private static readonly Lazy<IReadOnlyList<TimeMLDocument>> Documents = new(() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "TimeML"), "*.tml").Order(StringComparer.Ordinal)
            .Select(f => TimexCorpus.ReadFile(f).Document ?? throw new InvalidOperationException(TimexCorpus.ReadFile(f).Error))]);

    /// <summary>Every gold expression of the set with its document (the issue-20 checks read them too).</summary>
    internal static IEnumerable<(TimeMLDocument Document, GoldTimex Timex)> All => Documents.Value.SelectMany(d => d.Timexes.Select(t => (d, t)));

    [Fact]
    public void It_has_at_least_12_dated_documents_160_expressions_and_every_type()
    {
        Assert.True(Documents.Value.Count >= 12, $"{Documents.Value.Count} documents");
        Assert.All(Documents.Value, d => Assert.NotNull(d.Created));
        Assert.True(All.Count() >= 160, $"{All.Count()} expressions");
        Assert.Equal(["DATE", "DURATION", "SET", "TIME"], All.Select(x => TimexTypes.Name(x.Timex.Type)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_value_is_a_timex3_value_of_its_type()
    {
        Assert.All(All, x => Assert.True(TimexValue.IsValid(x.Timex.Type, x.Timex.Value), $"{x.Document.Source}: {x.Timex.Text} {TimexTypes.Name(x.Timex.Type)} {x.Timex.Value}"));
    }

    [Fact]
    public void Spans_are_trimmed_and_leave_governing_prepositions_out()
    {
        string[] prepositions = ["في", "خلال", "حتى", "عند", "لمدة", "بتاريخ", "اعتبارا"];
        Assert.All(All, x =>
        {
            Assert.Equal(x.Timex.Text.Trim(), x.Timex.Text);
            Assert.DoesNotContain(x.Timex.Text.Split(' ')[0], prepositions);

            // منذ and قبل are inside a tag only as "ago" (منذ ثلاث سنوات، قبل يومين): a DATE counted back from
            // the DCT by an amount of time, never "since/before" a named date such as منذ عام 2017.
            if (x.Timex.Text.StartsWith("منذ ", StringComparison.Ordinal) || x.Timex.Text.StartsWith("قبل ", StringComparison.Ordinal))
            {
                Assert.Equal(TimexType.Date, x.Timex.Type);
                Assert.DoesNotMatch("عام [0-9]|[0-9]{4}$", x.Timex.Text);
            }
        });
    }

    [Fact]
    public void A_weekday_named_with_a_full_date_falls_on_that_weekday()
    {
        string[] weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
        var checkedCount = 0;
        foreach (var (document, timex) in All.Where(x => x.Timex.Type is TimexType.Date or TimexType.Time && x.Timex.Value.Length >= 10))
        {
            var day = Array.FindIndex(weekdays, w => timex.Text.Split(' ').Contains(w));
            if (day >= 0)
            {
                var date = DateOnly.ParseExact(timex.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.True((int)date.DayOfWeek == day, $"{document.Source}: {timex.Text} = {timex.Value} is a {date.DayOfWeek}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 20, $"{checkedCount} weekdays checked");
    }

    [Fact]
    public void Every_hijri_date_has_its_umm_al_qura_gregorian_value()
    {
        var calendar = new UmAlQuraCalendar();
        EachMatchHasItsValue(HijriDate(), 10, "Hijri dates", (document, match) =>
        {
            var month = Array.IndexOf(HijriMonths, match.Groups["month"].Value) / 2 + 1;
            var dct = document.Created!.Value.ToDateTime(TimeOnly.MinValue);
            var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : calendar.GetYear(dct);
            var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
            var gregorian = calendar.ToDateTime(year, month, day, 0, 0, 0, 0);
            return gregorian.ToString(match.Groups["day"].Success ? "yyyy-MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture);
        });
    }

    /// <summary>
    /// Every expression whose text <paramref name="pattern"/> matches has the value <paramref name="expected"/> computes
    /// from its document and the match, and at least <paramref name="atLeast"/> expressions were checked.
    /// </summary>
    internal static void EachMatchHasItsValue(Regex pattern, int atLeast, string what, Func<TimeMLDocument, Match, string> expected)
    {
        var checkedCount = 0;
        foreach (var (document, timex) in All)
        {
            var match = pattern.Match(timex.Text);
            if (match.Success)
            {
                var value = expected(document, match);
                Assert.True(value == timex.Value, $"{document.Source}: {timex.Text} is {value}, annotated {timex.Value}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= atLeast, $"{checkedCount} {what} checked");
    }

    [Fact]
    public void It_covers_every_construction_of_issue_4()
    {
        string[] forms =
        [
            // Gregorian months in the three naming systems, and the combined form.
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
            "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
            "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "تشرين الثاني/نوفمبر",

            // Numeric dates, Hijri with and without هـ.
            "6/11/2025", "2025-06-08", "١/٧/٢٠٢٥", "1446 هـ", "1446هـ", "1 محرم 1447",

            // Relative expressions, years, decades, centuries.
            "أمس", "اليوم", "غدا", "بعد غد", "الأسبوع الماضي", "الأسبوع المقبل", "الشهر المقبل", "العام الماضي", "العام المقبل",
            "منذ ثلاث سنوات", "قبل يومين", "عام 1992", "العام 2024", "الثمانينيات", "القرن التاسع عشر",

            // Times of day, durations, sets.
            "الساعة الخامسة والنصف مساء", "مساء", "صباح", "ثلاثة أيام", "عقود", "سنويا", "كل أسبوع", "كل يوم جمعة",
        ];
        var texts = All.Select(x => x.Timex.Text).ToList();
        Assert.All(forms, form => Assert.True(texts.Any(t => t.Contains(form, StringComparison.Ordinal)), $"no expression contains '{form}'"));

        // "في 2020": a bare year after في, the preposition left out.
        Assert.Contains(All, x => Regex.IsMatch(x.Timex.Text, "^[0-9]{4}$") && x.Document.Text[..x.Timex.Span.Start].EndsWith("في ", StringComparison.Ordinal));

        // "لعقود": the preposition is a clitic outside the tag.
        Assert.Contains(All, x => x.Timex.Text == "عقود" && x.Document.Text[x.Timex.Span.Start - 1] == 'ل');
    }

    // Nominative and genitive forms side by side: index / 2 + 1 is the month number.
    private static readonly string[] HijriMonths =
    [
        "محرم", "محرم", "صفر", "صفر", "ربيع الأول", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى الأولى", "جمادى الأولى",
        "جمادى الآخرة", "جمادى الثانية", "رجب", "رجب", "شعبان", "شعبان", "رمضان", "رمضان", "شوال", "شوال",
        "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة",
    ];

    [GeneratedRegex("(?:(?<day>[0-9]{1,2}) )?(?<month>محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة)(?: (?<year>[0-9]{4}))?")]
    private static partial Regex HijriDate();
}
