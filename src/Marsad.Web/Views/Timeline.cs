using System.Globalization;

namespace Marsad.Web.Views;

/// <summary>One bar of a timeline: a day, month or year, and how many events of each type fall in it.</summary>
internal sealed record TimelinePoint(string Period, IReadOnlyDictionary<string, int> Counts)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>
/// Events per period by type. The period is a day when the dated events span at most
/// <see cref="MaxDays"/> days, else a month (at most <see cref="MaxMonths"/>), else a year; every period of
/// the range is present, empty ones too, so the chart's x axis is time. Events dated less precisely than
/// the period (a year when counting days, a century) are counted in <see cref="Unplaced"/>, not dropped silently.
/// </summary>
internal sealed record Timeline(string Bucket, IReadOnlyList<TimelinePoint> Points, IReadOnlyList<string> Types, int Unplaced)
{
    public const int MaxDays = 92;
    public const int MaxMonths = 240;

    public static Timeline Build(IEnumerable<(string? Date, string Type)> events)
    {
        var all = events.ToList();
        var days = all.Select(e => (Day: ParseDay(e.Date), e.Type)).ToList();
        var dated = days.Where(static d => d.Day is not null).Select(static d => (Day: d.Day!.Value, d.Type)).ToList();
        var types = all.Select(static e => e.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (dated.Count == 0)
        {
            return new Timeline("day", [], types, all.Count);
        }

        var first = dated.Min(static d => d.Day);
        var last = dated.Max(static d => d.Day);
        if (last.DayNumber - first.DayNumber < MaxDays)
        {
            var periods = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(i => Iso(first.AddDays(i)));
            return Fill("day", periods, dated.Select(static d => (Iso(d.Day), d.Type)), types, all.Count - dated.Count);
        }

        // Month or year buckets also take events dated only to that month or year.
        var months = all.Select(e => (Month: MonthOf(e.Date), e.Type)).Where(static m => m.Month is not null).Select(static m => (m.Month!, m.Type)).ToList();
        var firstMonth = new DateOnly(first.Year, first.Month, 1);
        var monthCount = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        if (monthCount <= MaxMonths)
        {
            var periods = Enumerable.Range(0, monthCount).Select(i => firstMonth.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture));
            var placed = months.Where(m => string.CompareOrdinal(m.Item1, Month(first)) >= 0 && string.CompareOrdinal(m.Item1, Month(last)) <= 0).ToList();
            return Fill("month", periods, placed, types, all.Count - placed.Count);
        }

        var years = all.Select(e => (Year: YearOf(e.Date), e.Type)).Where(static y => y.Year is not null).Select(static y => (y.Year!, y.Type)).ToList();
        var yearPeriods = Enumerable.Range(first.Year, last.Year - first.Year + 1).Select(static y => y.ToString("D4", CultureInfo.InvariantCulture));
        var inRange = years.Where(y => int.Parse(y.Item1, CultureInfo.InvariantCulture) is var n && n >= first.Year && n <= last.Year).ToList();
        return Fill("year", yearPeriods, inRange, types, all.Count - inRange.Count);
    }

    private static Timeline Fill(string bucket, IEnumerable<string> periods, IEnumerable<(string Period, string Type)> events, List<string> types, int unplaced)
    {
        var counts = periods.ToDictionary(static p => p, static _ => new SortedDictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (period, type) in events)
        {
            if (counts.TryGetValue(period, out var byType))
            {
                byType[type] = byType.GetValueOrDefault(type) + 1;
            }
        }

        return new Timeline(bucket, [.. counts.Select(static c => new TimelinePoint(c.Key, c.Value))], types, unplaced);
    }

    private static DateOnly? ParseDay(string? date) =>
        date is { Length: 10 } && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? MonthOf(string? date) =>
        date is { Length: >= 7 } && DateOnly.TryParseExact(date[..7], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? date[..7] : null;

    private static string? YearOf(string? date) =>
        date is { Length: >= 4 } && date[..4].All(char.IsAsciiDigit) && (date.Length == 4 || date[4] == '-') ? date[..4] : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
