using System.Text.RegularExpressions;
using CsCheck;
using Marsad.Recognition.Times;
using Marsad.Tests.Support;
using Marsad.Tests.Text;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Times;

/// <summary>
/// The gate that lets the time recogniser pass over tokens no rule can start on (TimeRules.CanStart)
/// must never change what it finds: on real news text and on random mixes of the rules' own words,
/// the gated recogniser gives exactly what asking every rule at every token gives.
/// </summary>
public sealed partial class TimeGateTests
{
    private static readonly DateOnly Published = new(2025, 11, 6);

    public static TheoryData<string> NewsTexts()
    {
        var data = new TheoryData<string>(File.ReadAllText(TestFiles.SeedArticle));
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "TimeML"), "*.tml"))
        {
            data.Add(Tags().Replace(File.ReadAllText(file), string.Empty));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NewsTexts))]
    public void On_news_text_the_gate_changes_nothing(string text) => AssertSameAsUngated(text, Published);

    [Fact]
    public void On_random_mixes_of_time_words_the_gate_changes_nothing()
    {
        // Words of every rule table, with clitics on them, digits and number words, among ordinary words.
        string[] words =
        [
            "يوم", "ويوم", "الخميس", "والخميس", "بالخميس", "نوفمبر", "ونوفمبر", "تشرين", "الثاني", "جمادى", "الأولى", "هـ", "م",
            "الساعة", "والساعة", "الخامسة", "والنصف", "مساء", "صباح", "فجر", "اليوم", "أمس", "وأمس", "بالأمس", "غدا", "منذ", "ومنذ",
            "قبل", "بعد", "خلال", "ثلاث", "وثلاث", "ثلاثة", "عشرة", "سنوات", "يومين", "أسبوعين", "كل", "أسبوع", "سنويا", "يوميا",
            "لمدة", "القرن", "التاسع", "عشر", "الثمانينيات", "والثمانينيات", "من", "الماضي", "المقبل", "المقبلة", "عام", "العام",
            "لعقود", "الزمن", "الموافق", "مطلع", "أواخر", "منتصف", "6", "11", "2025", "1992", "1447", "30", "/", ":", "،", ".",
            "قال", "الرئيس", "كازاخستان", "في", "على", "إسرائيل", "المفاوضات", "الجيش", "الأمم",

            // Issue 20: reference points, parts of a year and of a period, anchored phrases, counted units, frequencies.
            "حاليا", "الآن", "السابق", "وفي", "الربيع", "صيف", "الربع", "النصف", "الأول", "الأخير", "أوائل", "العشر", "الأواخر",
            "رمضان", "اب", "ايار", "التالي", "نفسه", "الشهر", "السنوية", "الأسبوعية", "التضخم", "مرتين", "مرات", "بضعة", "نحو",
            "أكثر", "نصف", "ونصف", "قرن", "التوالي", "لليوم", "الثالث", "الشهرين", "الماضيين", "الأشهر", "الستة", "مرور",
            "بين", "و2016", "2012", "إلى", "انتخابات", "1446هـ", "18", "2", "المالي", "أول",
        ];
        var text = Gen.OneOf(Gen.OneOf(words).Select(w => w + " "), Gen.OneOf(words), RandomText.Mixed).Array[0, 40].Select(string.Concat);
        var published = Gen.OneOf(Gen.Const((DateOnly?)null), Gen.Const((DateOnly?)Published));
        Gen.Select(text, published).Sample(AssertSameAsUngated, iter: 3000, seed: "0N0XIzNsQ0O2");
    }

    [Theory]
    [InlineData("المفاوضات", false)]
    [InlineData("الرئيس", false)]
    [InlineData("2025", true)]
    [InlineData("وأمس", true)]
    [InlineData("بالأمس", true)]
    [InlineData("ثلاث", true)]
    [InlineData("نوفمبر", true)]
    [InlineData("والثمانينيات", true)]
    [InlineData("وحاليا", true)]
    [InlineData("التوالي", false)]
    public void The_gate_passes_over_ordinary_words_and_lets_through_the_words_a_rule_starts_on(string word, bool canStart) =>
        Assert.Equal(canStart, TimeRules.Default.CanStart(new TokenView(TextAnalysis.Create(word)), 0));

    private static void AssertSameAsUngated(string text, DateOnly? published)
    {
        var analysis = TextAnalysis.Create(text);
        Assert.Equal(TimeRecognizer.Ungated.Recognize(analysis, published).ToArray(), TimeRecognizer.Default.Recognize(analysis, published).ToArray());
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
