using Marsad.Recognition.Numbers;

namespace Marsad.Recognition.Times;

/// <summary>Counted units: durations (ثلاث سنوات، لمدة ثلاثة أيام، ساعتين، لعقود), distances from the published date (منذ ثلاث سنوات، بعد أسبوعين) and sets (كل أسبوع، سنويا).</summary>
internal static class Durations
{
    /// <summary>
    /// [منذ|قبل|بعد|لمدة] [number] unit [من الزمن].
    /// </summary>
    /// <remarks>
    /// Rules:
    /// <list type="number">
    /// <item>The count is a number in digits or words (ثلاث، عشر، 3)، or the unit's own: a dual counts two
    ///   (يومين، ساعتين); a singular counts one only after a cue (منذ عام، لمدة شهر), since alone it is a
    ///   common noun; a plural alone is vague (X), and only after a cue or with ل/ب on it (لعقود، لسنوات).</item>
    /// <item>منذ or قبل + count + a calendar unit is the DATE that long before the published date, بعد the DATE
    ///   that long after, at the unit's granularity (منذ ثلاث سنوات → 2022; قبل يومين → 2025-11-04); a vague
    ///   count after منذ is a DURATION (منذ عقود → PXDE). Clock units after these cues are left to the bare
    ///   duration, and so is a unit followed by a number (منذ عام 2011 is a year).</item>
    /// <item>Otherwise a DURATION in TIMEX3: P3D, P10Y, P2DE, PT2H, PT30M; PXDE when vague. لمدة and a trailing
    ///   من الزمن are part of the expression.</item>
    /// </list>
    /// </remarks>
    public static bool TryDuration(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        var j = index;
        Cue? cue = null;
        if (rules.Cues.TryMatch(view, j, proclitics: true, out var found, out var afterCue) && found is Cue.Ago or Cue.Later or Cue.For)
        {
            cue = found;
            j = afterCue;
        }

        decimal? count = null;
        if (ArabicNumbers.TryRead(view.Analysis, j, out var number) && !number.IsOrdinal)
        {
            count = number.Value;
            j = number.End;
        }

        var unitToken = j;
        if (!rules.Units.TryMatch(view, j, proclitics: count is null && cue is null, out var unit, out j))
        {
            return false;
        }

        var vague = false;
        if (count is null)
        {
            var clitic = !rules.Units.TryGetWord(view.Word(unitToken), out _);
            switch (unit.Number)
            {
                case UnitNumber.Dual:
                    count = 2;
                    break;
                case UnitNumber.Singular when cue is not null:
                    count = 1;
                    break;
                case UnitNumber.Plural when cue is not null || clitic:
                    vague = true;
                    break;
                default:
                    return false;
            }
        }

        if (rules.IsCue(view, j, Cue.VagueTail, out var afterTail))
        {
            j = afterTail;
        }

        if (view.IsKind(j, Text.TokenKind.Number))
        {
            return false; // منذ عام 2011: a year, not a distance
        }

        var calendar = unit.Unit is not ("H" or "MIN");
        if (cue is Cue.Ago or Cue.Later && !vague)
        {
            if (!calendar || count is not { } n || n != decimal.Truncate(n) || n > 10000)
            {
                return false;
            }

            var offset = (int)n * (cue == Cue.Ago ? -1 : 1);
            match = context.Relative(j, "DATE", unit.Unit, offset);
            return true;
        }

        if (cue == Cue.Later)
        {
            return false; // بعد سنوات: too vague to date
        }

        var value = Timex.Period(vague ? "X" : Timex.Count(count!.Value), unit.Unit);
        match = new TimeMatch(j, "DURATION", value, TimeContext.Text);
        return true;
    }

    /// <summary>
    /// A SET: a frequency adverb of data/rules/time-sets.tsv (سنويا → P1Y, يوميا → P1D), or كل + [number] unit
    /// (كل أسبوع → P1W, كل عامين → P2Y, كل ثلاثة أشهر → P3M).
    /// </summary>
    public static bool TrySet(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        if (rules.Sets.TryMatch(view, index, proclitics: true, out var period, out var end))
        {
            match = new TimeMatch(end, "SET", period, TimeContext.Text);
            return true;
        }

        if (!rules.IsCue(view, index, Cue.Every, out var j))
        {
            return false;
        }

        decimal? count = null;
        if (ArabicNumbers.TryRead(view.Analysis, j, out var number) && !number.IsOrdinal)
        {
            count = number.Value;
            j = number.End;
        }

        if (!rules.Units.TryMatch(view, j, proclitics: false, out var unit, out end)
            || (count is null && unit.Number == UnitNumber.Plural))
        {
            return false;
        }

        count ??= unit.Number == UnitNumber.Dual ? 2 : 1;
        match = new TimeMatch(end, "SET", Timex.Period(Timex.Count(count.Value), unit.Unit), TimeContext.Text);
        return true;
    }
}
