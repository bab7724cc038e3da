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
            e.Event,
            e.Mode ?? "",
            Join(e.Actor),
            Join(e.Recipient),
            date,
            Join(e.Modality));
    }

    /// <summary>
    /// The first and last day an event date covers: 2025-11 is the month, 1992 the year, 199 the 1990s, 18 the
    /// 19th century (TIMEX3 values); null when the date is not one of these (XXXX-XX-XX).
    /// </summary>
    public static (string Start, string End)? DateRange(string? date)
    {
        if (date is null)
        {
            return null;
        }

        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            return (Iso(day), Iso(day));
        }

        if (DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month) && date.Length == 7)
        {
            return (Iso(month), Iso(month.AddMonths(1).AddDays(-1)));
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

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Join(IEnumerable<string> values) => string.Join('|', values.Order(StringComparer.Ordinal));

    internal static IReadOnlyList<string> Split(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split('|');
}
