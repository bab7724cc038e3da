using System.Globalization;

namespace Marsad.Reading;

/// <summary>
/// Parses a publication date as pages and feeds write it. A timestamp with an offset gives the calendar
/// date in that offset (2025-11-06T01:00:00+03:00 is 6 November, not 5 November in UTC).
/// </summary>
internal static class PublishedDate
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // AssumeUniversal only fills in a missing offset; DateTime is then the clock time as written.
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
            ? DateOnly.FromDateTime(stamp.DateTime)
            : null;
    }
}
