using System.Text;

namespace Marsad.Tests.Support;

/// <summary>Python's <c>text[start:end]</c>: slicing by Unicode code points, the unit of the output contract.</summary>
internal static class CodePoints
{
    public static string Slice(string text, int start, int end)
    {
        var runes = text.EnumerateRunes().ToArray();
        Assert.InRange(start, 0, runes.Length);
        Assert.InRange(end, start, runes.Length);
        var builder = new StringBuilder();
        foreach (var rune in runes.AsSpan(start, end - start))
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    public static int Count(string text) => text.EnumerateRunes().Count();
}
