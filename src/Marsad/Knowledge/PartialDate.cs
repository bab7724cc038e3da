using System.Globalization;

namespace Marsad.Knowledge;

/// <summary>
/// A date known to the year, the month or the day (<c>2019</c>, <c>2019-03</c>, <c>2019-03-20</c>), as
/// reference sources give dates in office. A role that began in "2019" began no later than its last day.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    /// <summary>The first calendar day the value can mean.</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last calendar day the value can mean.</summary>
    public DateOnly Last => Day is { } d
        ? new DateOnly(Year, Month!.Value, d)
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)) : new DateOnly(Year, 12, 31);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        var formats = new[] { "yyyy-MM-dd", "yyyy-MM", "yyyy" };
        foreach (var format in formats)
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                date = format.Length switch
                {
                    10 => new PartialDate(d.Year, d.Month, d.Day),
                    7 => new PartialDate(d.Year, d.Month, null),
                    _ => new PartialDate(d.Year, null, null),
                };
                return true;
            }
        }

        return false;
    }

    public int CompareTo(PartialDate other) => First.CompareTo(other.First);

    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}") : Year.ToString("D4", CultureInfo.InvariantCulture);

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
