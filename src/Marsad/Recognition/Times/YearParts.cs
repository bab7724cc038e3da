using Marsad.Model;

namespace Marsad.Recognition.Times;

/// <summary>Seasons, quarters and halves of a year, and the parts of a period (أواخر الشهر، مطلع العام) (issue 20).</summary>
internal static class YearParts
{
    /// <summary>
    /// A season, quarter or half of data/rules/time-year-parts.tsv with its year: صيف 2024 → 2024-SU, خريف هذا العام →
    /// 2025-FA, الربع الأخير من 2024 → 2024-Q4, النصف الأول من العام → 2025-H1.
    /// </summary>
    /// <remarks>
    /// Rules, against the published date P:
    /// <list type="number">
    /// <item>The year is the one the text names after the part, with or without من (a number, عام 2024, العام الماضي,
    ///   هذا العام, العام [المالي] for P's year), and its words are in the expression. A winter is valued by the year
    ///   written, not split across two.</item>
    /// <item>A quarter or half with no year is in P's year.</item>
    /// <item>A season with no year needs the article (صيف alone is a construct: صيف لبنان). With الماضي it is the
    ///   last one over by P, with المقبل the next one to begin after P; bare, the next one in a future clause and
    ///   the last one begun in a past clause, as bare weekdays are (<see cref="Tense"/>). A bare season followed by
    ///   another definite word is a name (الربيع العربي), not a time.</item>
    /// </list>
    /// </remarks>
    public static bool TryYearPart(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        if (!rules.YearParts.TryMatch(view, index, proclitics: true, out var part, out var j))
        {
            return false;
        }

        if (TryYearOf(context, j, out var end, out var year, out var anchor))
        {
            match = new TimeMatch(end, TimexType.Date, (year is { } y ? Timex.Year(y) : "XXXX") + "-" + part.Code, anchor);
            return true;
        }

        if (part.Kind != YearPartKind.Season)
        {
            match = context.Relative(j, TimexType.Date, "year", 0, "-" + part.Code);
            return true;
        }

        var direction = 0;
        if (rules.Cues.TryMatch(view, j, proclitics: false, out var cue, out var afterCue) && cue is Cue.PastAfter or Cue.FutureAfter)
        {
            direction = cue == Cue.PastAfter ? -2 : 1;
            j = afterCue;
        }
        else if (!part.Definite || view.Word(j).StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }

        if (context.PublishedDate is not { } p)
        {
            match = new TimeMatch(j, TimexType.Date, "XXXX-" + part.Code, TimeContext.Unresolved);
            return true;
        }

        if (direction == 0)
        {
            direction = Tense.FutureBefore(context, index) ? 1 : -1;
        }

        var m = part.StartMonth;
        var seasonYear = direction switch
        {
            1 => m > p.Month ? p.Year : p.Year + 1, // the next to begin
            -1 => m <= p.Month ? p.Year : p.Year - 1, // the last begun
            _ => m + 3 <= p.Month ? p.Year : p.Year - 1, // the last over: seasons last three months
        };
        match = new TimeMatch(j, TimexType.Date, Timex.Year(seasonYear) + "-" + part.Code, TimeContext.Published);
        return true;
    }

    /// <summary>
    /// A part of a period, data/rules/time-period-parts.tsv: أواخر الشهر، مطلع العام، منتصف اب، أوائل الثمانينيات،
    /// أواخر القرن الماضي، العشر الأواخر من رمضان. The value is the period's (TIMEX3 says the part in mod, which the
    /// output contract does not carry); the part word is in the expression.
    /// </summary>
    /// <remarks>
    /// The period is any date expression after the part word, or a month name alone (the part makes it a date:
    /// منتصف اب), or a bare definite unit (الشهر، العام، الأسبوع، القرن), which is the published date's.
    /// </remarks>
    public static bool TryPartOfPeriod(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        if (!context.Rules.PeriodParts.TryMatch(view, index, proclitics: true, out _, out var j))
        {
            return false;
        }

        if (context.Rules.IsCueWord(view, j, Cue.Of))
        {
            j++;
        }

        var found = false;
        foreach (var inner in Inner)
        {
            if (inner(context, j, out var candidate) && candidate.End > j && (!found || candidate.End > match.End) && candidate.Type == TimexType.Date)
            {
                match = candidate;
                found = true;
            }
        }

        return found;
    }

    private delegate bool InnerRule(TimeContext context, int index, out TimeMatch match);

    private static readonly InnerRule[] Inner =
    [
        CalendarDates.TryNamed,
        CalendarDates.TryMonthInContext,
        RelativeDates.TryPhrase,
        Periods.TryDecade,
        Periods.TryCentury,
        Periods.TryYear,
        TryYearPart,
        TryBareYear,
        TryThisUnit,
    ];

    /// <summary>A definite unit alone (الشهر، العام): the published date's.</summary>
    private static bool TryThisUnit(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        if (!context.Rules.TryDefiniteUnit(context.View, index, out var unit) || unit.Number != UnitNumber.Singular || unit.Unit is "H" or "MIN" or "DE")
        {
            return false;
        }

        match = context.Relative(index + 1, TimexType.Date, unit.Unit, 0);
        return true;
    }

    private static bool TryBareYear(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        if (!context.View.TryInteger(index, out var year, out var digits) || digits != 4 || year is < 1000 or > 2999)
        {
            return false;
        }

        match = new TimeMatch(index + 1, TimexType.Date, Timex.Year(year), TimeContext.Text);
        return true;
    }

    /// <summary>
    /// The year a part belongs to, right after it: [من] (a four-digit number | a year expression | a year phrase |
    /// العام or السنة [المالي] for the published year).
    /// </summary>
    internal static bool TryYearOf(TimeContext context, int j, out int end, out int? year, out TimeAnchor anchor)
    {
        var view = context.View;
        var rules = context.Rules;
        year = null;
        anchor = TimeContext.Unresolved;
        var k = rules.IsCueWord(view, j, Cue.Of) ? j + 1 : j;
        if ((Periods.TryYear(context, k, out var found) || TryBareYear(context, k, out found) || RelativeDates.TryPhrase(context, k, out found))
            && found.Value is { Length: 4 } value)
        {
            end = found.End;
            anchor = found.Anchor;
            year = int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
            return true;
        }

        if (rules.TryDefiniteUnit(view, k, out var unit) && unit is { Unit: "Y", Number: UnitNumber.Singular })
        {
            end = rules.IsCueWord(view, k + 1, Cue.Fiscal) ? k + 2 : k + 1;
            if (context.PublishedDate is { } p)
            {
                year = p.Year;
                anchor = TimeContext.Published;
            }

            return true;
        }

        end = j;
        return false;
    }
}
