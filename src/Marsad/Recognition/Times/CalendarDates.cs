using System.Globalization;
using Marsad.Model;
using Marsad.Recognition.Numbers;
using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>Dates written with a month: by name in any Arab naming system, Hijri or Gregorian, or in digits.</summary>
internal static class CalendarDates
{
    /// <summary>
    /// A date in digits: day/month/year in the Arab order (6/11/2025, ٦/١١/٢٠٢٥, 6-11-2025, 6.11.2025) or
    /// year first (2025-11-06, 2025/11/06). The two separators are the same (spaces around them do not matter:
    /// 3 /9 /1446); the year has four digits; the date must exist. An era mark after it is part of it (12 / 8 /
    /// 2025م، 18 / 2 / 1447 هـ). A year in 1318–1500 or a Hijri era mark makes it Hijri, as Saudi and Gulf papers
    /// print it, converted with Umm al-Qura. Anchor text.
    /// </summary>
    public static bool TryNumeric(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        int a, b, c, end;
        int aDigits, cDigits;
        var norm = view.Norm(index);
        if (view.IsKind(index, TokenKind.Number) && norm.Count('.') == 2)
        {
            // The tokenizer keeps "6.11.2025" as one number token.
            Span<Range> parts = stackalloc Range[4];
            if (norm.Split(parts, '.') != 3
                || !int.TryParse(norm[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out a)
                || !int.TryParse(norm[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out b)
                || !int.TryParse(norm[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out c))
            {
                return false;
            }

            aDigits = norm[parts[0]].Length;
            cDigits = norm[parts[2]].Length;
            end = index + 1;
        }
        else
        {
            var separator = view.Norm(index + 1);
            if (!view.TryInteger(index, out a, out aDigits) || separator is not ("/" or "-")
                || !view.TryInteger(index + 2, out b, out var bDigits) || bDigits > 2
                || !view.Norm(index + 3).SequenceEqual(separator)
                || !view.TryInteger(index + 4, out c, out cDigits))
            {
                return false;
            }

            end = index + 5;
        }

        var (year, day) = aDigits == 4 && cDigits <= 2 ? (a, c) : cDigits == 4 && aDigits <= 2 ? (c, a) : (0, 0);
        var hijri = year is >= 1318 and <= 1500;
        if (context.Rules.Cues.TryMatch(view, end, proclitics: false, out var era, out var afterEra) && era is Cue.Gregorian or Cue.Hijri)
        {
            hijri = era == Cue.Hijri;
            end = afterEra;
        }

        DateOnly? found = year == 0 ? null : hijri ? Timex.FromHijri(year, b, day) : TryDate(year, b, day, out var gregorian) ? gregorian : null;
        if (found is not { } date)
        {
            return false;
        }

        match = new TimeMatch(end, TimexType.Date, Timex.Day(date), TimeContext.Text);
        return true;
    }

    /// <summary>
    /// A date with a month name: [يوم] [day] [من] [شهر] month [/month | (month)] [year [era]].
    /// </summary>
    /// <remarks>
    /// Rules:
    /// <list type="number">
    /// <item>The day is 1-31 in digits or an ordinal in words (الأول من نوفمبر); the year has four digits (three or
    ///   four for Hijri). A combined form repeats the month in another naming system (تشرين الثاني/نوفمبر،
    ///   نوفمبر (تشرين الثاني)); the first name gives the month.</item>
    /// <item>A month that is also an ordinary word (مارس، آب، رمضان…, "alone: no" in the data) needs a day, a year
    ///   or شهر beside it; one marked "alone: preposition" (مارس، آب، ماي) is also a month right after a preposition of
    ///   time (في مارس، منذ آب, data/rules/time-month-prepositions.tsv).</item>
    /// <item>Gregorian: day month year → YYYY-MM-DD; month year → YYYY-MM (anchor text). Day month → the such day
    ///   in the twelve months from ten before the published date to two after it, the last one before it
    ///   when الماضي follows, the first on or after it when المقبل follows or in a future clause (<see cref="Tense"/>;
    ///   <see cref="DayWithoutYear"/>; anchor published), the year before when a past clause would put it more than a
    ///   few days after the published date (<see cref="DayInClause"/>), or XXXX-MM-DD unresolved. Month alone → in the same
    ///   window as a day and month (the year before when it lies more than two months after the published one),
    ///   or the first such month after the published one in a future clause; followed by الماضي/المقبل, the last or
    ///   next such month before or after the published one.</item>
    /// <item>Hijri: converted with the Umm al-Qura calendar: day month year → the Gregorian day; month year → the
    ///   Gregorian month of the Hijri month's first day; without a year, the Hijri year of the published date.</item>
    /// </list>
    /// </remarks>
    public static bool TryNamed(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        var j = index;
        var dayHead = rules.IsCue(view, j, Cue.DayHead, out var afterHead);
        if (dayHead)
        {
            j = afterHead;
        }

        int? day = null;
        if (view.TryInteger(j, out var digitsDay, out var dayDigits) && dayDigits <= 2)
        {
            day = digitsDay;
            j++;
        }
        else if (ArabicNumbers.TryRead(view.Analysis, j, out var ordinal) && ordinal.IsOrdinal && ordinal.Value is >= 1 and <= 31
            && ordinal.Value == decimal.Truncate(ordinal.Value))
        {
            day = (int)ordinal.Value;
            j = ordinal.End;
            if (view.Is(j, "من"))
            {
                j++;
            }
        }

        if (day is < 1 or > 31 || (dayHead && day is null))
        {
            return false;
        }

        var monthHead = rules.IsCue(view, j, Cue.MonthHead, out var afterMonthHead);
        if (monthHead)
        {
            j = afterMonthHead;
        }

        if (!rules.Months.TryMatch(view, j, proclitics: day is null && !monthHead, out var month, out j))
        {
            return false;
        }

        j = SkipCombinedForm(context, j);
        int? year = null;
        var hijri = month.Hijri;
        if (view.TryInteger(j, out var y, out var yearDigits) && (yearDigits == 4 || (hijri && yearDigits == 3)))
        {
            year = y;
            j++;
            if (rules.Cues.TryMatch(view, j, proclitics: false, out var era, out var afterEra) && era is Cue.Gregorian or Cue.Hijri)
            {
                j = afterEra;
            }
        }

        if (!month.Alone && day is null && year is null && !monthHead && !DirectionAfter(context, j)
            && !(month.AfterPreposition && PrepositionBefore(context, index)))
        {
            return false;
        }

        return hijri
            ? TryHijriValue(context, j, month.Month, day, year, out match)
            : TryGregorianValue(context, index, j, month.Month, day, year, out match);
    }

    /// <summary>
    /// A month name alone where the words before it already make it a date (منتصف اب، العشر الأواخر من رمضان): any
    /// month, also one that is an ordinary word; valued as a month without day or year is.
    /// </summary>
    public static bool TryMonthInContext(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        if (!context.Rules.Months.TryMatch(context.View, index, proclitics: false, out var month, out var end))
        {
            return false;
        }

        return month.Hijri
            ? TryHijriValue(context, end, month.Month, null, null, out match)
            : TryGregorianValue(context, index, end, month.Month, null, null, out match);
    }

    // A preposition of time right before the month's word (في مارس، وفي مارس، منذ آب) makes it a month (rule 2).
    private static bool PrepositionBefore(TimeContext context, int index) =>
        index > 0 && context.Rules.MonthPrepositions.TryMatch(context.View, index - 1, proclitics: true, out _, out var end) && end == index;

    // الماضي or المقبل after a month makes it a date (ايار الماضي), as a day or a year does.
    private static bool DirectionAfter(TimeContext context, int j) =>
        context.Rules.Cues.TryMatch(context.View, j, proclitics: false, out var cue, out _) && cue is Cue.PastAfter or Cue.FutureAfter;

    private static int SkipCombinedForm(TimeContext context, int j)
    {
        var view = context.View;
        if (view.Is(j, "/") && context.Rules.Months.TryMatch(view, j + 1, proclitics: false, out _, out var afterSlash))
        {
            return afterSlash;
        }

        if (view.Is(j, "(") && context.Rules.Months.TryMatch(view, j + 1, proclitics: false, out _, out var inner) && view.Is(inner, ")"))
        {
            return inner + 1;
        }

        return j;
    }

    private static bool TryGregorianValue(TimeContext context, int start, int end, int month, int? day, int? year, out TimeMatch match)
    {
        match = default;
        var published = context.PublishedDate;
        switch (day, year)
        {
            case ({ } d, { } y):
                if (!TryDate(y, month, d, out var date))
                {
                    return false;
                }

                match = new TimeMatch(end, TimexType.Date, Timex.Day(date), TimeContext.Text);
                return true;
            case (null, { } y):
                match = new TimeMatch(end, TimexType.Date, Timex.Month(y, month), TimeContext.Text);
                return true;
            case ({ } d, null):
                var dayDirection = DirectionAt(context, ref end);
                if (published is { } p && DayInClause(context, start, month, d, p, dayDirection) is { } inYear)
                {
                    match = new TimeMatch(end, TimexType.Date, Timex.Day(inYear), TimeContext.Published);
                    return true;
                }

                match = new TimeMatch(end, TimexType.Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{d:D2}"), TimeContext.Unresolved);
                return d <= 31;
            default:
                var direction = DirectionAt(context, ref end);

                if (published is not { } pub)
                {
                    match = new TimeMatch(end, TimexType.Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}"), TimeContext.Unresolved);
                    return true;
                }

                var monthYear = direction switch
                {
                    < 0 => month < pub.Month ? pub.Year : pub.Year - 1,
                    > 0 => month > pub.Month ? pub.Year : pub.Year + 1,
                    _ => BareMonthYear(context, start, month, pub),
                };
                match = new TimeMatch(end, TimexType.Date, Timex.Month(monthYear, month), TimeContext.Published);
                return true;
        }
    }

    // الماضي after the date: -1, and the end moves past it; المقبل: +1; neither: 0.
    private static int DirectionAt(TimeContext context, ref int end)
    {
        if (context.Rules.Cues.TryMatch(context.View, end, proclitics: false, out var cue, out var afterCue) && cue is Cue.PastAfter or Cue.FutureAfter)
        {
            end = afterCue;
            return cue == Cue.PastAfter ? -1 : 1;
        }

        return 0;
    }

    /// <summary>
    /// The year of a day and month written without one (rule 3): with الماضي (<paramref name="direction"/> −1) the
    /// last such day before <paramref name="published"/>; with المقبل or in a future clause (+1) the first on or
    /// after it; otherwise the one in the twelve months from ten months before the published date to two after
    /// it. News tells mostly what has happened, and what is announced is mostly near: a January article's
    /// «28 ديسمبر» is the December just past, a December article's «5 يناير» the coming January, a November
    /// article's «3 مارس» the March of its own year. Null when no such day exists in the years looked at.
    /// </summary>
    internal static DateOnly? DayWithoutYear(int month, int day, DateOnly published, int direction)
    {
        var from = AddMonthsClamped(published, -PastMonths);
        var to = AddMonthsClamped(published, 12 - PastMonths);
        DateOnly? chosen = null;
        for (var year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (!TryDate(year, month, day, out var date))
            {
                continue;
            }

            var fits = direction switch
            {
                < 0 => date < published,
                > 0 => date >= published,
                _ => date > from && date <= to,
            };

            // Before P the latest such day, from P on the earliest: the loop goes forward in time.
            if (fits && (chosen is null || direction < 0))
            {
                chosen = date;
            }
        }

        return chosen;
    }

    // How far back an unmarked day and month may lie; the rest of the year lies ahead (DayWithoutYear).
    private const int PastMonths = 10;

    /// <summary>
    /// The year of a day and month written without one, as its clause tells it. الماضي/المقبل decide
    /// (<paramref name="direction"/>); else a future marker in the day's own clause (<see cref="Tense.FutureInClause"/>:
    /// a comma ends the marker's clause) takes the first such day on or after the published date. A marker before a
    /// comma does not carry over: «ستستأنف المفاوضات الخميس، مشيرا إلى أن الهدنة دخلت حيز التنفيذ في 19 يناير» tells
    /// of a January past. Otherwise the window of <see cref="DayWithoutYear"/>, except that a clause with neither a
    /// future marker nor an imperfect verb before the day (<see cref="Tense.ImperfectInClause"/>, the test a month
    /// alone takes) tells what has happened, so a day later than the published date by more than a few days is
    /// last year's: «أغلقت السلطات المعبر في 20 مارس» in a February article is the March before.
    /// </summary>
    private static DateOnly? DayInClause(TimeContext context, int start, int month, int day, DateOnly published, int direction)
    {
        if (direction != 0)
        {
            return DayWithoutYear(month, day, published, direction);
        }

        if (Tense.FutureInClause(context, start, start))
        {
            return DayWithoutYear(month, day, published, 1);
        }

        var date = DayWithoutYear(month, day, published, 0);
        return date is { } inWindow && inWindow.DayNumber - published.DayNumber > PastClauseDaysAhead && !Tense.ImperfectInClause(context, start)
            && TryDate(inWindow.Year - 1, month, day, out var before) ? before : date;
    }

    // How far after the published date a past clause's day may still lie: a published date is often the day after
    // the one the story was written, or a later update's.
    private const int PastClauseDaysAhead = 3;

    // A published date near the calendar's ends (years 1 and 9999) keeps the window inside it.
    private static DateOnly AddMonthsClamped(DateOnly date, int months)
    {
        var total = (date.Year * 12) + date.Month - 1 + months;
        return total < 12 ? DateOnly.MinValue : total >= 10000 * 12 ? DateOnly.MaxValue : date.AddMonths(months);
    }

    /// <summary>
    /// The year of a month named without one and without الماضي/المقبل. In a future clause (a marker in the month's own
    /// clause, <see cref="Tense.FutureInClause"/>) the first such month
    /// after the published one. Otherwise the one in the window an unmarked day and month takes
    /// (<see cref="DayWithoutYear"/>: from ten months before the published month to two after it), since news
    /// tells mostly what has happened: «في نوفمبر» in a February article about what was done is the November
    /// before, not one nine months ahead, while «في مارس» is still the coming March. A clause in the present
    /// (ويبدأ الموسم في جويلية, <see cref="Tense.ImperfectInClause"/>) tells what is to come or recurs: its month
    /// keeps the published year.
    /// </summary>
    private static int BareMonthYear(TimeContext context, int start, int month, DateOnly published)
    {
        // The marker's own clause, as a day and month has it: «ستنطلق الجولة الخميس، بعد أن انهارت الهدنة في يناير»
        // tells of a January past.
        if (Tense.FutureInClause(context, start, start))
        {
            return month < published.Month ? published.Year + 1 : published.Year;
        }

        return month - published.Month > 12 - PastMonths && !Tense.ImperfectInClause(context, start) ? published.Year - 1 : published.Year;
    }

    private static bool TryHijriValue(TimeContext context, int end, int month, int? day, int? year, out TimeMatch match)
    {
        var anchor = TimeContext.Text;
        if (year is null)
        {
            if (context.PublishedDate is { } published && Timex.HijriYearOf(published) is { } publishedYear)
            {
                year = publishedYear;
                anchor = TimeContext.Published;
            }
            else
            {
                match = new TimeMatch(end, TimexType.Date, day is null ? "XXXX-XX" : "XXXX-XX-XX", TimeContext.Unresolved);
                return true;
            }
        }

        var value = day is { } d
            ? Timex.FromHijri(year.Value, month, d) is { } date ? Timex.Day(date) : null
            : Timex.HijriMonth(year.Value, month);
        match = new TimeMatch(end, TimexType.Date, value, anchor);
        return true;
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
