using CsCheck;
using Marsad.Model;
using Marsad.Recognition.Times;
using Marsad.Tests.Support;
using Marsad.Tests.Text;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Times;

/// <summary>Randomised invariants: never throws; spans in range, increasing, and equal to their text; types and anchors from the contract.</summary>
public sealed class TimeRecognizerInvariantTests
{
    // Real words that start or continue time expressions, shuffled with the random pieces.
    private static readonly string[] Words = File.ReadAllText(TestFiles.SeedArticle)
        .Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
        .Concat(["يوم", "الخميس", "الاثنين", "نوفمبر", "تشرين", "الثاني", "/", "(", ")", "6", "11", "2025", "1447", "هـ", "جمادى", "الأولى",
            "الساعة", "الخامسة", "والنصف", "مساء", "صباح", "اليوم", "أمس", "منذ", "قبل", "بعد", "ثلاث", "سنوات", "يومين", "كل", "أسبوع",
            "لمدة", "القرن", "التاسع", "عشر", "الثمانينيات", "من", "الماضي", "المقبل", "سنويا", "عام", ":", "30", "لعقود", "الزمن", "الموافق", "،"])
        .ToArray();

    private static readonly string[] Types = ["DATE", "TIME", "DURATION", "SET"];
    private static readonly string[] Anchors = ["text", "published", "unresolved"];

    [Theory]
    [InlineData("يوم")]
    [InlineData("6 نوفمبر")]
    [InlineData("الساعة")]
    [InlineData("القرن التاسع")]
    [InlineData("منذ ثلاث")]
    [InlineData("6/11/")]
    [InlineData("تشرين الثاني/")]
    public void A_text_that_ends_inside_an_expression_is_read_to_its_end(string text) =>
        Assert.All(TimeRecognizer.Default.Recognize(TextAnalysis.Create(text), null), t => Assert.Equal(t.Span.Slice(text), t.Text));

    [Fact]
    public void Never_throws_and_spans_are_in_range_increasing_and_equal_to_their_text()
    {
        var text = Gen.OneOf(Gen.OneOf(Words).Select(w => w + " "), Gen.OneOf(Words), RandomText.Mixed).Array[0, 60].Select(string.Concat);
        // Day numbers 0 to 3,652,058 cover 0001-01-01 to 9999-12-31; -1 stands for no published date.
        var published = Gen.OneOf(Gen.Int[-1, 3_652_058], Gen.OneOf(Gen.Int[-1, 0], Gen.Int[3_652_050, 3_652_058]), Gen.Int[730_000, 740_000])
            .Select(d => d < 0 ? (DateOnly?)null : DateOnly.FromDayNumber(d));
        Gen.Select(text, published).Sample((sample, date) =>
        {
            var previousEnd = 0;
            foreach (var time in TimeRecognizer.Default.Recognize(TextAnalysis.Create(sample), date))
            {
                Assert.InRange(time.Span.Start, previousEnd, sample.Length);
                Assert.InRange(time.Span.End, time.Span.Start + 1, sample.Length);
                Assert.Equal(time.Span.Slice(sample), time.Text);
                Assert.Contains(TimexTypes.Name(time.Type), Types);
                Assert.Contains(TimeAnchors.Name(time.Anchor), Anchors);
                Assert.True(date is not null || time.Anchor != TimeAnchor.Published);
                previousEnd = time.Span.End;
            }
        }, iter: 3000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void A_long_single_line_text_is_read_in_one_pass_with_the_same_results_as_its_pieces()
    {
        const string piece = "ستعلن كازاخستان يوم الخميس انضمامها في عام 1992، ومنذ ثلاث سنوات ";
        var text = string.Concat(Enumerable.Repeat(piece, 20_000));
        var times = TimeRecognizer.Default.Recognize(TextAnalysis.Create(text), new DateOnly(2025, 11, 6));
        Assert.Equal(60_000, times.Length);
        Assert.Equal(3 * 20_000, times.Count(t => t.Anchor is TimeAnchor.Published or TimeAnchor.Text));
    }
}
