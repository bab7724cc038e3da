using Marsad.Output;

namespace Marsad.Tests.Output;

public sealed class CodePointIndexTests
{
    [Fact]
    public void Text_without_surrogates_converts_by_identity()
    {
        var index = new CodePointIndex("كازاخستان تنضم");
        Assert.Equal(0, index.ToCodePoint(0));
        Assert.Equal(9, index.ToCodePoint(9));
        Assert.Equal(14, index.ToCodePoint(14));
    }

    [Fact]
    public void Each_surrogate_pair_before_an_index_counts_once()
    {
        // "🇰🇿" is two code points, four UTF-16 units.
        var text = "🇰🇿 كازاخستان 😀 تنضم";
        var index = new CodePointIndex(text);
        var kaz = text.IndexOf('ك', StringComparison.Ordinal);
        Assert.Equal(3, index.ToCodePoint(kaz));
        var join = text.IndexOf('ت', kaz + 9);
        Assert.Equal(15, index.ToCodePoint(join));
        Assert.Equal(19, index.ToCodePoint(text.Length));
    }

    [Fact]
    public void Code_points_convert_back_to_the_utf16_index_they_came_from()
    {
        var text = "🇰🇿 كازاخستان 😀 تنضم 😀";
        var index = new CodePointIndex(text);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLowSurrogate(text[i]))
            {
                continue;
            }

            Assert.Equal(i, index.ToUtf16(index.ToCodePoint(i)));
        }
    }
}
