using System.Globalization;
using Marsad.Recognition.Times;

namespace Marsad.Events.Arguments;

/// <summary>
/// How an event's date reads off a time expression, and when that date makes the event history. Pure functions.
/// </summary>
internal static class EventDates
{
    /// <summary>How long before publication an event must be dated to be history rather than the news.</summary>
    public const int HistoricalDays = 30;

    /// <summary>
    /// The calendar part of a TIMEX3 value that dates an event: a part of day or a clock time belongs to the
    /// time expression, not to the event's date (فجر الأحد: the time is 2025-05-04TMO, the event 2025-05-04).
    /// Values without a time part (2025-05, 2025, 2025-W18) are returned as they are.
    /// </summary>
    public static string CalendarPart(string value)
    {
        var t = value.IndexOf('T', StringComparison.Ordinal);
        return t == 10 ? value[..10] : value;
    }

    /// <summary>
    /// Whether a TIMEX3 value lies wholly more than <see cref="HistoricalDays"/> days before publication: a day,
    /// a month, a year, a decade (198) or a century (18) whose last day is that old. Yesterday is news, not history.
    /// </summary>
    public static bool IsLongPast(string value, DateOnly published)
    {
        var last = LastDay(value);
        return last is { } day && day.AddDays(HistoricalDays) < published;
    }

    /// <summary>The last day a TIMEX3 date value covers, or null when it is not a plain calendar value.</summary>
    private static DateOnly? LastDay(string value)
    {
        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }

        if (digits is < 2 or > 4 || !int.TryParse(value.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var head))
        {
            return null;
        }

        if (digits < 4 || value.Length == 4)
        {
            // A century (18) ends in (head + 1) * 100 - 1, a decade (198) in head * 10 + 9, a year in itself.
            var year = digits switch { 2 => ((head + 1) * 100) - 1, 3 => (head * 10) + 9, _ => head };
            return year is >= 1 and <= 9999 ? new DateOnly(year, 12, 31) : null;
        }

        if (value.Length >= 10 && Timex.TryIsoDay(value.AsSpan(0, 10), out var day))
        {
            return day;
        }

        if (value.Length == 7 && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return new DateOnly(head, month, DateTime.DaysInMonth(head, month));
        }

        return null;
    }
}
