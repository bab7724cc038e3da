using System.Globalization;
using Marsad.Storage;

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
/// Unless the whole range is asked for (the user gave dates), the timeline covers the recent window of the data:
/// the <see cref="RecentDays"/> days up to the last dated event. Events that end before it (one event of 1992
/// among those of 2025 would otherwise flatten the chart into yearly bars) are counted apart in
/// <see cref="Earlier"/>, with the years they span.
/// </summary>
internal sealed record Timeline(string Bucket, IReadOnlyList<TimelinePoint> Points, IReadOnlyList<string> Types, int Unplaced)
{
    public const int MaxDays = 92;
    public const int MaxMonths = 240;
    public const int RecentDays = 366;

    /// <summary>Events that end before the recent window, left out of the chart.</summary>
    public int Earlier { get; init; }

    /// <summary>The first and last year of the <see cref="Earlier"/> events, or null when there are none.</summary>
    public (int First, int Last)? EarlierYears { get; init; }

    public static Timeline Build(IEnumerable<(string? Date, string Type)> events, bool whole = false)
    {
        var all = events.ToList();
        if (!whole && Recent(all) is var (recent, earlier, span) && earlier > 0)
        {
            return Build(recent, whole: true) with { Earlier = earlier, EarlierYears = span };
        }

        var types = all.Select(static e => e.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // The range covers every event dated at least to its year: a 1992 event widens a 2025 timeline to years.
        // A decade or a century names days too, but would stretch the axis over generations; like a date in
        // no period, it is counted as unplaced.
        var bounds = all.Select(static e => Bounds(e.Date)).Where(static b => b is { } v && v.Last.DayNumber - v.First.DayNumber <= 366)
            .Select(static b => b!.Value).ToList();
        if (bounds.Count == 0)
        {
            return new Timeline("day", [], types, all.Count);
        }

        var first = bounds.Min(static b => b.First);
        var last = bounds.Max(static b => b.Last);
        if (last.DayNumber - first.DayNumber < MaxDays)
        {
            var periods = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(i => Iso(first.AddDays(i)));
            var placed = Placed(all, static b => b.First == b.Last, static b => Iso(b.First));
            return Fill("day", periods, placed, types, all.Count - placed.Count);
        }

        var monthCount = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        if (monthCount <= MaxMonths)
        {
            var firstMonth = new DateOnly(first.Year, first.Month, 1);
            var periods = Enumerable.Range(0, monthCount).Select(i => firstMonth.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture));
            var placed = Placed(
                all, static b => b.First.Year == b.Last.Year && b.First.Month == b.Last.Month, static b => Iso(b.First)[..7]);
            return Fill("month", periods, placed, types, all.Count - placed.Count);
        }

        var years = Enumerable.Range(first.Year, last.Year - first.Year + 1).Select(static y => y.ToString("D4", CultureInfo.InvariantCulture));
        var inYears = Placed(all, static b => b.First.Year == b.Last.Year, static b => Iso(b.First)[..4]);
        return Fill("year", years, inYears, types, all.Count - inYears.Count);
    }

    /// <summary>The events of the recent window, how many end before it, and the years those span.</summary>
    private static (List<(string? Date, string Type)> Recent, int Earlier, (int, int)? Years)? Recent(List<(string? Date, string Type)> all)
    {
        var bounds = all.Select(static e => Bounds(e.Date)).ToList();
        if (!bounds.Any(static b => b is not null))
        {
            return null;
        }

        var start = bounds.Max(static b => b?.Last ?? DateOnly.MinValue).AddDays(-RecentDays + 1);
        var recent = new List<(string? Date, string Type)>();
        var (earlier, first, last) = (0, int.MaxValue, int.MinValue);
        for (var k = 0; k < all.Count; k++)
        {
            var e = all[k];
            if (bounds[k] is { } b && b.Last < start)
            {
                (earlier, first, last) = (earlier + 1, Math.Min(first, b.First.Year), Math.Max(last, b.Last.Year));
            }
            else
            {
                recent.Add(e);
            }
        }

        return (recent, earlier, earlier > 0 ? (first, last) : null);
    }

    /// <summary>
    /// The first and last day a date covers, at any precision (a part of a day, a week, a quarter…), as the store
    /// filters and sorts them (<see cref="EventKeys.DateRange"/>); null for a date that names no days.
    /// </summary>
    private static (DateOnly First, DateOnly Last)? Bounds(string? date) =>
        EventKeys.DateRange(date) is { } range
            ? (DateOnly.ParseExact(range.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(range.End, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            : null;

    /// <summary>The events whose days fit in one period, each with the period's name.</summary>
    private static List<(string Period, string Type)> Placed(
        List<(string? Date, string Type)> all, Func<(DateOnly First, DateOnly Last), bool> fits, Func<(DateOnly First, DateOnly Last), string> period)
    {
        var placed = new List<(string, string)>();
        foreach (var (date, type) in all)
        {
            if (Bounds(date) is { } bounds && fits(bounds))
            {
                placed.Add((period(bounds), type));
            }
        }

        return placed;
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

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
