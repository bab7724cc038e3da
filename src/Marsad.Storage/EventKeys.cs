using System.Globalization;
using Marsad.Model;

namespace Marsad.Storage;

/// <summary>
/// When two reports are the same event, and what span of days an event date covers. Shared by every
/// backend so they merge alike.
/// </summary>
public static class EventKeys
{
    /// <summary>
    /// The merge key: PLOVER type, mode, actor ids, recipient ids (each sorted), date and modality. An
    /// event without a date is never merged with another document's: its key names its document.
    /// </summary>
    public static string MergeKey(EventRecord e, string documentId)
    {
        ArgumentNullException.ThrowIfNull(e);
        var date = string.IsNullOrEmpty(e.Date) ? $"doc:{documentId}:{e.Id}" : e.Date;
        return string.Join(
            '\u001f',
            PloverTypes.Name(e.Event),
            e.Mode ?? "",
            Join(e.Actor),
            Join(e.Recipient),
            date,
            Join(e.Modality.Select(EventModalities.Name)));
    }

    /// <summary>
    /// The first and last day an event date covers, whatever its precision (TIMEX3 values): 2025-11-06 and a
    /// time or part of that day (2025-11-06TEV, 2025-11-06T14:30) the day; 2025-W45 its ISO week (Monday to
    /// Sunday); 2025-11 the month; 2025-Q4 and 2025-H2 the quarter and half; 2025-SU the season (northern
    /// meteorological: SP March–May, SU June–August, FA/AU September–November, WI December to February); 1992
    /// the year, 199 the 1990s, 18 the 19th century. Null when the date is none of these (XXXX-XX-XX, P3Y).
    /// Filters and sorts use this range, so a value falls in the calendar days it names.
    /// </summary>
    public static (string Start, string End)? DateRange(string? date)
    {
        if (date is null)
        {
            return null;
        }

        var c = CultureInfo.InvariantCulture;
        var dayPart = date.Length > 10 && date[10] == 'T' ? date[..10] : date;
        if (DateOnly.TryParseExact(dayPart, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            return (Iso(day), Iso(day));
        }

        if (date.Length == 7 && DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month))
        {
            return Span(month, month.AddMonths(1).AddDays(-1));
        }

        if (date.Length is >= 7 and <= 8 && date[4] == '-' && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, c, out var year) && year >= 1)
        {
            return PartOfYear(year, date[5..]);
        }

        if (date.Length is >= 2 and <= 4 && int.TryParse(date, NumberStyles.None, c, out var prefix))
        {
            // 4 digits a year, 3 a decade, 2 a century: the years that start with these digits.
            var span = date.Length switch { 4 => 1, 3 => 10, _ => 100 };
            var first = Math.Max(1, prefix * span);
            var last = (prefix * span) + span - 1;
            return ($"{first:D4}-01-01", $"{last:D4}-12-31");
        }

        return null;
    }

    /// <summary>A week (W45), quarter (Q4), half (H2) or season (SU) of <paramref name="year"/>; null for anything else.</summary>
    private static (string Start, string End)? PartOfYear(int year, string part)
    {
        var c = CultureInfo.InvariantCulture;
        if (part.Length == 3 && part[0] == 'W' && int.TryParse(part.AsSpan(1), NumberStyles.None, c, out var week)
            && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return Span(monday, monday.AddDays(6));
        }

        if (part.Length == 2 && part[1] is >= '1' and <= '4' && part[0] is 'Q' or 'H')
        {
            var months = part[0] == 'Q' ? 3 : 6;
            var index = part[1] - '1';
            if (part[0] == 'H' && index > 1)
            {
                return null;
            }

            var first = new DateOnly(year, 1 + (index * months), 1);
            return Span(first, first.AddMonths(months).AddDays(-1));
        }

        int? startMonth = part switch { "SP" => 3, "SU" => 6, "FA" or "AU" => 9, "WI" => 12, _ => null };
        if (startMonth is { } m && year < 9999)
        {
            var first = new DateOnly(year, m, 1);
            return Span(first, first.AddMonths(3).AddDays(-1));
        }

        return null;
    }

    private static (string Start, string End) Span(DateOnly first, DateOnly last) => (Iso(first), Iso(last));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Join(IEnumerable<string> values) => string.Join('|', values.Order(StringComparer.Ordinal));

    internal static IReadOnlyList<string> Split(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split('|');
}
