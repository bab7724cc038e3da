using System.Globalization;
using Marsad.Model;

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
    /// A Hijri month as a Gregorian month: the month in which its first day falls (محرم 1446 began on 7 July 2024 →
    /// 2024-07), the convention of tests/Marsad.Tests/Fixtures/TimeML/README.md; a Hijri year follows the same rule.
    /// </summary>
    public static string? HijriMonth(int year, int month) => FromHijri(year, month, 1) is { } first ? Month(first.Year, first.Month) : null;

    /// <summary>
    /// A Hijri year as a Gregorian year: the one in which it begins (its 1 Muharram under Umm al-Qura; 1446 AH began
    /// on 7 July 2024 → "2024"), the rule a Hijri month without a day follows too. A Hijri year is 354 or 355 days and
    /// straddles two Gregorian years, which no TIMEX3 date value holds: docs/TIMES.md gives the convention.
    /// </summary>
    public static string? HijriYear(int year) => FromHijri(year, 1, 1) is { } first ? Year(first.Year) : null;

    /// <summary>The Hijri year a Gregorian date falls in, or null outside the calendar's range.</summary>
    public static int? HijriYearOf(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return dateTime < Hijri.MinSupportedDateTime || dateTime > Hijri.MaxSupportedDateTime ? null : Hijri.GetYear(dateTime);
    }

    /// <summary>
    /// A duration of <paramref name="count"/> units with the fraction in the next smaller unit, as TIMEX3 writes it:
    /// 2.5 Y → P2Y6M, 0.5 CE → P50Y, 1.5 H → PT1H30M. A fraction with no exact smaller unit stays decimal (P1.5M).
    /// </summary>
    public static string Amount(decimal count, string unit)
    {
        var whole = decimal.Truncate(count);
        var fraction = count - whole;
        if (fraction == 0)
        {
            return Period(Count(count), unit);
        }

        (string Unit, int Per)? smaller = unit switch
        {
            "CE" => ("Y", 100),
            "DE" => ("Y", 10),
            "Y" => ("M", 12),
            "W" => ("D", 7),
            "D" => ("H", 24),
            "H" => ("MIN", 60),
            _ => null,
        };
        if (smaller is not { } s || fraction * s.Per != decimal.Truncate(fraction * s.Per))
        {
            return Period(Count(count), unit);
        }

        var part = Period(Count(fraction * s.Per), s.Unit);
        if (whole == 0)
        {
            return part;
        }

        // PT1H + PT30M → PT1H30M; P2D + PT12H → P2DT12H; P2Y + P6M → P2Y6M.
        var head = Period(Count(whole), unit);
        return head + (head.StartsWith("PT", StringComparison.Ordinal) ? part[2..] : part[1..]);
    }

    /// <summary>
    /// A resolved date value as its first day and granularity (D, M or Y): "2011-03-15", "2011-03", "2011", or the
    /// date of a TIME ("2025-11-06T10:00"); null for anything else (weeks, seasons, references, X).
    /// </summary>
    public static (DateOnly Date, string Unit)? Parse(string? value)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (value.Length == 4)
        {
            return (new DateOnly(year, 1, 1), "Y");
        }

        if (value.Length < 7 || value[4] != '-' || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return null;
        }

        if (value.Length == 7)
        {
            return (new DateOnly(year, month, 1), "M");
        }

        return value.Length >= 10 && value[7] == '-' && (value.Length == 10 || value[10] == 'T')
            && TryIsoDay(value.AsSpan(0, 10), out var day)
            ? (day, "D")
            : null;
    }

    /// <summary>
    /// The day a DATE or TIME names, as its value writes it: a day-long DATE value (2025-02-02, XXXX-WXX-7) itself, a
    /// TIME's value before its T (2025-02-02TEV → 2025-02-02); null for coarser or other values.
    /// </summary>
    public static string? DayOf(TimexType type, string? value) => type switch
    {
        TimexType.Date when value is { Length: 10 } => value,
        TimexType.Time when value is { Length: > 10 } && value[10] == 'T' => value[..10],
        _ => null,
    };

    /// <summary>
    /// Reads exactly "yyyy-MM-dd" (ASCII digits, a real calendar day, year 1 to 9999), as
    /// <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", InvariantCulture)</c> does, without its format
    /// parser: the event and time rules ask this of many values per article.
    /// </summary>
    public static bool TryIsoDay(ReadOnlySpan<char> text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth)
            || year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
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
