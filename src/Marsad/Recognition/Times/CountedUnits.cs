using Marsad.Model;
using Marsad.Recognition.Numbers;

namespace Marsad.Recognition.Times;

/// <summary>Units counted by an ordinal or a definite count (اليوم الثالث على التوالي، الشهرين الماضيين) and frequencies (مرتين في الأسبوع) (issue 20).</summary>
internal static class CountedUnits
{
    /// <summary>
    /// A DURATION of N units named by position or by a definite count.
    /// </summary>
    /// <remarks>
    /// Rules:
    /// <list type="number">
    /// <item>A definite unit + an ordinal + على التوالي is the run so far: اليوم الثالث على التوالي → P3D, العام
    ///   السابع على التوالي → P7Y. With the first ordinal and no على التوالي it is the first unit of something:
    ///   الأسبوع الأول → P1W; and so is أول + an indefinite unit (أول أسبوع).</item>
    /// <item>A definite dual + الماضيين / الأخيرين is the last two up to now: الشهرين الماضيين → P2M.</item>
    /// <item>A definite plural + a count + الماضية / الأخيرة / الأولى is that many units: السنوات الخمس الماضية →
    ///   P5Y; الأشهر الستة الأولى من 2024 → P6M, with the year it is counted in (من 2024، من العام المالي) inside the
    ///   expression, since TIMEX3s do not nest.</item>
    /// <item>Clock units (ساعة، دقيقة) count the same way (الساعات الثلاث الأخيرة → PT3H).</item>
    /// </list>
    /// </remarks>
    public static bool TryOrdinal(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        if (rules.IsCue(view, index, Cue.First, out var afterFirst) && afterFirst == index + 1
            && rules.Units.TryMatch(view, index + 1, proclitics: false, out var firstUnit, out var end) && firstUnit.Number == UnitNumber.Singular)
        {
            match = Duration(end, 1, firstUnit.Unit);
            return true;
        }

        if (!rules.TryDefiniteUnit(view, index, out var unit))
        {
            return false;
        }

        var j = index + 1;
        switch (unit.Number)
        {
            case UnitNumber.Singular when ArabicNumbers.TryRead(view.Analysis, j, out var ordinal) && ordinal.IsOrdinal && ordinal.Value is >= 1 and <= 1000:
                if (rules.IsCue(view, ordinal.End, Cue.InARow, out var afterRow))
                {
                    match = Duration(afterRow, ordinal.Value, unit.Unit);
                    return true;
                }

                if (ordinal.Value != 1)
                {
                    return false;
                }

                match = Duration(ordinal.End, 1, unit.Unit);
                return true;
            case UnitNumber.Dual when rules.IsCueWord(view, j, Cue.Recent):
                match = Duration(j + 1, 2, unit.Unit);
                return true;
            case UnitNumber.Plural when ArabicNumbers.TryRead(view.Analysis, j, out var count) && !count.IsOrdinal && count.Value is >= 2 and <= 1000:
                j = count.End;
                if (rules.Cues.TryMatch(view, j, proclitics: false, out var cue, out _) && cue is Cue.Recent or Cue.PastAfter)
                {
                    match = Duration(j + 1, count.Value, unit.Unit);
                    return true;
                }

                if (!rules.IsCueWord(view, j, Cue.First))
                {
                    return false;
                }

                // الأشهر الستة الأولى [من 2024]: the year it is counted in belongs to it.
                var last = j + 1;
                if (rules.IsCueWord(view, last, Cue.Of) && YearParts.TryYearOf(context, last, out var afterYear, out _, out _))
                {
                    last = afterYear;
                }

                match = Duration(last, count.Value, unit.Unit);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A frequency: [number] مرة / مرتين / مرات + في + a definite unit or a frequency adverb: مرتين في الأسبوع، ثلاث
    /// مرات في الأسبوع، مرة سنويا → a SET of one unit (P1W, P1Y); how many times is TIMEX3's freq, which the output
    /// contract does not carry.
    /// </summary>
    public static bool TryFrequency(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        // The count is one token (ثلاث مرات، 3 مرات) or none (مرة، مرتين): the times word is looked up first, so the
        // number parser runs only where one follows, not at every token the recogniser asks about.
        int j;
        if (rules.IsCue(view, index, Cue.Times, out var afterTimes))
        {
            j = afterTimes;
        }
        else if (rules.IsCue(view, index + 1, Cue.Times, out afterTimes) && afterTimes > index + 1
            && ArabicNumbers.TryRead(view.Analysis, index, out var number) && !number.IsOrdinal && number.End == index + 1)
        {
            j = afterTimes;
        }
        else
        {
            return false;
        }

        if (rules.Sets.TryMatch(view, j, proclitics: false, out var period, out var end) && !period.Adjective)
        {
            match = new TimeMatch(end, TimexType.Set, period.Value, TimeContext.Text);
            return true;
        }

        if (rules.IsCueWord(view, j, Cue.In) && rules.TryDefiniteUnit(view, j + 1, out var unit) && unit.Number == UnitNumber.Singular)
        {
            match = new TimeMatch(j + 2, TimexType.Set, Timex.Period("1", unit.Unit), TimeContext.Text);
            return true;
        }

        return false;
    }

    private static TimeMatch Duration(int end, decimal count, string unit) => new(end, TimexType.Duration, Timex.Amount(count, unit), TimeContext.Text);
}
