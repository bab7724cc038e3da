using System.Globalization;
using System.Text;
using Marsad.Recognition.Times;
using Marsad.Text;

namespace Marsad.Fuzz.Targets;

/// <summary>
/// The time recogniser on arbitrary text. An input may start with a line <c>YYYY-MM-DD</c>: that is the
/// published date (so the fuzzer also tries the calendar's edges, 0001-01-01 and 9999-12-31, as a feed may
/// carry them); the text is recognised against it and against no date at all.
/// </summary>
internal static class TimeTarget
{
    private static readonly DateOnly DefaultPublished = new(2025, 11, 6);

    public static void Run(byte[] input)
    {
        var raw = Encoding.UTF8.GetString(input);
        var (published, text) = Split(raw);
        var analysis = TextAnalysis.Create(text);
        Check(text, TimeRecognizer.Default.Recognize(analysis, published), published is not null);
        Check(text, TimeRecognizer.Default.Recognize(analysis, null), hasPublished: false);
    }

    private static (DateOnly? Published, string Text) Split(string raw)
    {
        var newline = raw.IndexOf('\n', StringComparison.Ordinal);
        if (newline == 10 && DateOnly.TryParseExact(raw.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date, raw[11..]);
        }

        return (DefaultPublished, raw);
    }

    private static void Check(string text, IEnumerable<Model.TimeExpression> found, bool hasPublished)
    {
        var previousEnd = 0;
        foreach (var time in found)
        {
            var span = time.Span;
            Invariant.That(span.Start >= previousEnd && span.Start < span.End && span.End <= text.Length,
                $"span {span.Start}-{span.End} out of order or out of range (text {text.Length}, previous end {previousEnd})");
            Invariant.That(time.Text == text[span.Start..span.End], $"text '{time.Text}' is not the text at {span.Start}-{span.End}");
            Invariant.That(!CutsSurrogatePair(text, span.Start) && !CutsSurrogatePair(text, span.End), $"span {span.Start}-{span.End} cuts a character in two");
            Invariant.That(Enum.IsDefined(time.Type), $"unknown type {(int)time.Type}");
            Invariant.That(Enum.IsDefined(time.Anchor), $"unknown anchor {(int)time.Anchor}");
            Invariant.That(hasPublished || time.Anchor != Model.TimeAnchor.Published, $"'{time.Text}' is anchored to a published date that was not given");
            Invariant.That(time.Value is null || (time.Value.Length > 0 && !time.Value.Any(char.IsWhiteSpace)), $"malformed value '{time.Value}'");
            previousEnd = span.End;
        }
    }

    private static bool CutsSurrogatePair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);
}
