using System.Text.RegularExpressions;
using Marsad.Model;

namespace Marsad.Evaluation;

/// <summary>
/// The shapes of TIMEX3 values (TimeML 1.2.1, ISO 8601 with X for unknown parts) that Marsad writes and its
/// gold files use: dates to the day, week, month, season or quarter, year, decade (<c>198</c>) and century
/// (<c>18</c>); times with a clock time or a part of the day; durations (<c>P3D</c>, <c>PT2H</c>,
/// <c>PXDE</c>); and the reference values PRESENT_REF, PAST_REF and FUTURE_REF.
/// </summary>
public static partial class TimexValue
{
    private const string Date =
        @"(?:(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-[1-7]|-WE)?|-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?|\d{3}|\d{2}|PRESENT_REF|PAST_REF|FUTURE_REF)";

    private const string Clock = @"T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|MI|AF|EV|NI|DT)";

    private const string Duration = @"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|ML|Q|H))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?";

    /// <summary>Whether <paramref name="value"/> has a shape TimeML allows for a TIMEX3 of <paramref name="type"/>.</summary>
    public static bool IsValid(TimexType type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return type switch
        {
            TimexType.Date => DatePattern().IsMatch(value),
            TimexType.Time => TimePattern().IsMatch(value),

            // "P" alone matches the duration pattern's empty repetitions; a duration needs a quantity.
            TimexType.Duration => value.Length > 1 && DurationPattern().IsMatch(value),

            // A set repeats a period (P1W) or a calendar point (XXXX-WXX-5, every Friday).
            TimexType.Set => (value.Length > 1 && DurationPattern().IsMatch(value)) || DatePattern().IsMatch(value) || TimePattern().IsMatch(value),
            _ => false,
        };
    }

    [GeneratedRegex("^" + Date + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex("^" + Date + Clock + "$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex("^" + Duration + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
