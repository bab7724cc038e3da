using System.Globalization;
using Marsad.Model;
using Marsad.Recognition.Times;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Times;

/// <summary>Runs the time recogniser on a sentence published on a given day (Thursday 6 November 2025 by default).</summary>
internal static class TimeTestSupport
{
    public static List<TimeExpression> Recognize(string text, string? published = "2025-11-06") =>
        [.. TimeRecognizer.Default.Recognize(
            TextAnalysis.Create(text), published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture))];

    /// <summary>The one expression of <paramref name="text"/> as (text, type, value, anchor).</summary>
    public static (string Text, string Type, string? Value, string Anchor) Single(string text, string? published = "2025-11-06")
    {
        var times = Recognize(text, published);
        var time = Assert.Single(times);
        return (time.Text, TimexTypes.Name(time.Type), time.Value, TimeAnchors.Name(time.Anchor));
    }

    /// <summary>The one expression of <paramref name="text"/> as (text, type, value), when its anchor is not the point.</summary>
    public static (string Text, string Type, string? Value) Valued(string text, string? published = "2025-11-06")
    {
        var (span, type, value, _) = Single(text, published);
        return (span, type, value);
    }
}
