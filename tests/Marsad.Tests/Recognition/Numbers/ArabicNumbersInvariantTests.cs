using CsCheck;
using Marsad.Recognition.Numbers;
using Marsad.Tests.Text;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Numbers;

/// <summary>Randomised invariants: the number reader never throws and its token ranges are in order and in range.</summary>
public sealed class ArabicNumbersInvariantTests
{
    private static readonly string[] Words =
        ["ثلاثة ", "وعشرين ", "مئة ", "ألف ", "آلاف ", "عشر ", "التاسع ", "الحادي ", "والنصف ", "إحدى ", "مليون ", "70 ", "3.5 ", "1,200 ", "٧٠ ", "و", "، "];

    [Fact]
    public void Never_throws_and_numbers_are_in_order_and_in_range()
    {
        var text = Gen.OneOf(Gen.OneOf(Words), RandomText.Mixed).Array[0, 40].Select(string.Concat);
        text.Sample(sample =>
        {
            var analysis = TextAnalysis.Create(sample);
            var previousEnd = 0;
            foreach (var number in ArabicNumbers.FindAll(analysis))
            {
                Assert.InRange(number.Start, previousEnd, analysis.Tokens.Length - 1);
                Assert.InRange(number.End, number.Start + 1, analysis.Tokens.Length);
                Assert.True(number.Value >= 0);
                previousEnd = number.End;
            }
        }, iter: 2000, seed: "0N0XIzNsQ0O2");
    }
}
