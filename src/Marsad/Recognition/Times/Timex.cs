using System.Globalization;

namespace Marsad.Recognition.Times;

/// <summary>
/// TIMEX3-style values as pure functions: days YYYY-MM-DD, weeks YYYY-Www (ISO 8601), months YYYY-MM,
/// years YYYY, decades YYY, centuries YY; X for what a text without a published date leaves open.
/// </summary>
internal static class Timex
{
    private static readonly UmAlQuraCalendar Hijri = new();

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dateTime):D4}-W{ISOWeek.GetWeekOfYear(dateTime):D2}");
    }

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The century of a year as TIMEX3 writes it: 2025 → "20" (the 21st century), 1850 → "18".</summary>
    public static string Century(int year) => (year / 100).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>
    /// The value of the unit (day, week, month, year, decade, century; or D W M Y DE CE) that lies
    /// <paramref name="offset"/> units from <paramref name="published"/>, at that unit's granularity.
    /// </summary>
    public static string? Shift(DateOnly published, string unit, int offset)
    {
        try
        {
            return unit switch
            {
                "day" or "D" => Day(published.AddDays(offset)),
                "week" or "W" => Week(published.AddDays(7 * offset)),
                "month" or "M" => Day(published.AddMonths(offset))[..7],
                "year" or "Y" => Year(published.Year + offset),
                "DE" => Year(published.Year + (10 * offset))[..3],
                "century" or "CE" => Century(published.Year + (100 * offset)),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // beyond year 1-9999
        }
    }

    /// <summary>The placeholder of a unit's value when there is no published date to resolve it against.</summary>
    public static string Unresolved(string unit) => unit switch
    {
        "day" or "D" => "XXXX-XX-XX",
        "week" or "W" => "XXXX-WXX",
        "month" or "M" => "XXXX-XX",
        "DE" => "XXX",
        "century" or "CE" => "XX",
        _ => "XXXX",
    };

    /// <summary>The Gregorian date of a Umm al-Qura Hijri date, or null outside the calendar's range (1318–1500 AH) or month.</summary>
    public static DateOnly? FromHijri(int year, int month, int day)
    {
        if (year < 1318 || year > 1500 || month is < 1 or > 12 || day < 1 || day > Hijri.GetDaysInMonth(year, month))
        {
            return null;
        }

        try
        {
            return DateOnly.FromDateTime(Hijri.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // the calendar's last days
        }
    }

    /// <summary>
    /// A Hijri month as a Gregorian month: the month in which its 15th day falls, which holds most of it.
    /// </summary>
    public static string? HijriMonth(int year, int month) => FromHijri(year, month, 15) is { } mid ? Month(mid.Year, mid.Month) : null;

    /// <summary>
    /// A Hijri year as a Gregorian year: the one that holds most of its days (1447 AH, 26 June 2025 – 15 June 2026,
    /// has 189 days in 2025 → "2025"). A Hijri year is 354 or 355 days, so it always straddles two Gregorian years.
    /// </summary>
    public static string? HijriYear(int year)
    {
        if (FromHijri(year, 1, 1) is not { } first)
        {
            return null;
        }

        var next = FromHijri(year + 1, 1, 1) ?? first.AddDays(354);
        var yearEnd = new DateOnly(first.Year, 12, 31);
        var inFirst = Math.Min(yearEnd.DayNumber + 1, next.DayNumber) - first.DayNumber;
        var inSecond = next.DayNumber - first.DayNumber - inFirst;
        return Year(inFirst >= inSecond ? first.Year : first.Year + 1);
    }

    /// <summary>The Hijri year a Gregorian date falls in, or null outside the calendar's range.</summary>
    public static int? HijriYearOf(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return dateTime < Hijri.MinSupportedDateTime || dateTime > Hijri.MaxSupportedDateTime ? null : Hijri.GetYear(dateTime);
    }

    /// <summary>A count as a TIMEX3 duration number: 3, 3.5.</summary>
    public static string Count(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A duration or period of <paramref name="count"/> units ("X" when vague): P3Y, PT2H, PXDE.</summary>
    public static string Period(string count, string unit) => unit switch
    {
        "H" => $"PT{count}H",
        "MIN" => $"PT{count}M",
        _ => $"P{count}{unit}",
    };
}
