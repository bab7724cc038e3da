using Marsad.Model;
using Marsad.Recognition.Numbers;
using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>Years, decades and centuries.</summary>
internal static class Periods
{
    /// <summary>
    /// A year: [عام|العام|سنة|السنة] digits [era].
    /// </summary>
    /// <remarks>
    /// Rules:
    /// <list type="number">
    /// <item>After a year head (عام 1992، العام 2019، سنة 2010) a number of three or four digits is a year; the head
    ///   is part of the expression.</item>
    /// <item>A bare number is a year when it has four digits, lies in 1900–2100, has no symbol before it ($2000),
    ///   no unit word after it (data/rules/time-year-blockers.tsv: 2000 دولار، 1500 شخص، 2020 بالمائة), and the text
    ///   makes it a date (data/rules/time-year-context.tsv): a preposition before it (في 1916، منذ 1948، بحلول 2030),
    ///   a noun naming an event (انتخابات 2021، رؤية 2030), or a year and و / إلى / - before it (بين 2012 و2016).
    ///   Other four-digit numbers are counts (2000 متطوع، 1980 منشأة) or numbers of things (القرار 2254).</item>
    /// <item>An era mark after the number belongs to the expression: م/ميلادي (Gregorian) or هـ/هجري (Hijri).</item>
    /// <item>A Hijri year (1447 هـ) is valued as the Gregorian year it begins in (<see cref="Timex.HijriYear"/>); outside the Umm al-Qura range (1318–1500 AH) the value is null.</item>
    /// </list>
    /// </remarks>
    public static bool TryYear(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        var j = index;
        var head = rules.IsCue(view, j, Cue.YearHead, out var afterHead);
        if (head)
        {
            j = afterHead;
        }

        if (!view.TryInteger(j, out var year, out var digits) || digits is < 3 or > 4)
        {
            return false;
        }

        var end = j + 1;
        var hijri = false;
        var era = false;
        if (rules.Cues.TryMatch(view, end, proclitics: false, out var cue, out var afterEra) && cue is Cue.Gregorian or Cue.Hijri)
        {
            hijri = cue == Cue.Hijri;
            era = true;
            end = afterEra;
        }

        if (!head && !era && (digits != 4 || year is < 1900 or > 2100 || view.IsKind(j - 1, TokenKind.Symbol) || IsQuantityUnit(context, end)
            || !InYearContext(context, j)))
        {
            return false;
        }

        match = new TimeMatch(end, TimexType.Date, hijri ? Timex.HijriYear(year) : Timex.Year(year), TimeContext.Text);
        return true;
    }

    /// <summary>Whether the word before a bare number at <paramref name="index"/> makes it a year (see <see cref="TryYear"/>).</summary>
    private static bool InYearContext(TimeContext context, int index)
    {
        var view = context.View;
        if (context.Rules.YearContexts.TryMatch(view, index - 1, proclitics: true, out var role, out var end) && end == index
            && role is YearContext.Context or YearContext.Event)
        {
            return true;
        }

        // A range: the number on the other side of the link is a year too (2012 و2016، 1990 - 1995، من 1990 إلى 1995).
        return (IsRangeLink(context, index - 1) && IsYearNumber(view, index - 2)) || (IsRangeLink(context, index + 1) && IsYearNumber(view, index + 2));
    }

    private static bool IsRangeLink(TimeContext context, int index) =>
        context.View.IsKind(index, TokenKind.Word)
            ? context.Rules.YearContexts.TryMatch(context.View, index, proclitics: false, out var role, out _) && role == YearContext.Range
            : context.View.Is(index, "-");

    private static bool IsYearNumber(TokenView view, int index) =>
        view.TryInteger(index, out var year, out var digits) && digits == 4 && year is >= 1900 and <= 2100;

    private static bool IsQuantityUnit(TimeContext context, int index) =>
        context.View.Is(index, "%") || context.Rules.YearBlockers.TryMatch(context.View, index, proclitics: true, out _, out _);

    /// <summary>
    /// A century: القرن + ordinal (التاسع عشر، الحادي والعشرين، العشرين) or digits (القرن 19، القرن الـ19), with an
    /// optional era mark (الميلادي). TIMEX3 writes the n-th century as n - 1 in two digits: القرن التاسع عشر → 18.
    /// Relative centuries (القرن الماضي) are relative phrases.
    /// </summary>
    public static bool TryCentury(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        if (!context.Rules.IsCue(view, index, Cue.CenturyHead, out var j))
        {
            return false;
        }

        int century;
        if (view.TryInteger(j, out var digits, out _) || (view.Is(j, "ال") && view.TryInteger(++j, out digits, out _)))
        {
            century = digits;
            j++;
        }
        else if (ArabicNumbers.TryRead(view.Analysis, j, out var number) && !number.IsDigits && number.Value == decimal.Truncate(number.Value)
            && (number.IsOrdinal || view.Word(j).StartsWith("ال")))
        {
            century = (int)Math.Min(number.Value, 100);
            j = number.End;
        }
        else
        {
            return false;
        }

        if (century is < 1 or > 30)
        {
            return false;
        }

        if (context.Rules.Cues.TryMatch(view, j, proclitics: false, out var cue, out var afterEra) && cue == Cue.Gregorian)
        {
            j = afterEra;
        }

        match = new TimeMatch(j, TimexType.Date, (century - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), TimeContext.Text);
        return true;
    }

    /// <summary>
    /// A decade: الثمانينيات، التسعينات، ثمانينيات القرن الماضي، السبعينيات من القرن العشرين → 198, 199, 198, 197
    /// (TIMEX3: the first three digits of its years). The century comes from a century expression after it (with an
    /// optional من); without one it is the 1900s, as news mostly means.
    /// </summary>
    public static bool TryDecade(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        if (!context.Rules.Decades.TryMatch(view, index, proclitics: true, out var digit, out var end))
        {
            return false;
        }

        var j = view.Is(end, "من") ? end + 1 : end;
        if (TryCentury(context, j, out var century) || (RelativeDates.TryPhrase(context, j, out century) && century.Value is { Length: 2 }))
        {
            var value = century.Value is ['X', ..] ? "XX" : century.Value;
            match = new TimeMatch(century.End, TimexType.Date, value + digit.ToString(System.Globalization.CultureInfo.InvariantCulture), century.Anchor);
            return true;
        }

        match = new TimeMatch(end, TimexType.Date, "19" + digit.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeContext.Text);
        return true;
    }
}
