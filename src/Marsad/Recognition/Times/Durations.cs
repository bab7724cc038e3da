using Marsad.Model;
using Marsad.Recognition.Numbers;

namespace Marsad.Recognition.Times;

/// <summary>Counted units: durations (ثلاث سنوات، لمدة ثلاثة أيام، ساعتين، لعقود), distances from the published date (منذ ثلاث سنوات، بعد أسبوعين) and sets (كل أسبوع، سنويا).</summary>
internal static class Durations
{
    /// <summary>
    /// [منذ|قبل|بعد|لمدة] [modifier] [number | بضعة | نصف] unit [ونصف] [من الزمن].
    /// </summary>
    /// <remarks>
    /// Rules:
    /// <list type="number">
    /// <item>The count is a number in digits or words (ثلاث، عشر، 3)، or the unit's own: a dual counts two
    ///   (يومين، ساعتين); a singular counts one only after a cue or a modifier (منذ عام، لمدة شهر، نحو شهر), since
    ///   alone it is a common noun, or after مرور (بعد مرور أسبوع على سقوط النظام: the week is what passed); a plural alone is vague (X): after a cue, with ل/ب on it (لعقود، لسنوات), after
    ///   a vague count (بضعة أعوام، عدة أشهر), or bare when no definite word follows it (استمرت سنوات; not سنوات
    ///   الحرب, a construct).</item>
    /// <item>نصف before a unit is half of it and ونصف after one adds a half; the fraction goes to the next smaller
    ///   unit (نصف قرن → P50Y, عامين ونصف → P2Y6M).</item>
    /// <item>A modifier of the amount (أكثر من، نحو، قرابة) is part of the expression; the value is the amount.</item>
    /// <item>منذ or قبل + count + a calendar unit is the DATE that long before the published date, بعد the DATE
    ///   that long after, at the unit's granularity (منذ ثلاث سنوات → 2022; قبل يومين → 2025-11-04). بعد in a clause
    ///   that is not about the future counts from the last date the text gave, when it gave one (بعد ثلاث سنوات
    ///   after آذار 2011 → 2014, anchor text). A vague count after منذ is a DURATION (منذ عقود → PXDE). Clock units
    ///   after these cues are left to the bare duration, and so is a unit followed by a number (منذ عام 2011 is a
    ///   year).</item>
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

        var modified = rules.IsCue(view, j, Cue.AmountModifier, out var afterModifier);
        if (modified)
        {
            j = afterModifier;
        }

        decimal? count = null;
        var vague = false;
        if (ArabicNumbers.TryRead(view.Analysis, j, out var number) && !number.IsOrdinal)
        {
            count = number.Value;
            j = number.End;
        }
        else if (rules.IsCue(view, j, Cue.VagueCount, out var afterCount))
        {
            vague = true;
            j = afterCount;
        }
        else if (rules.IsCue(view, j, Cue.Half, out var afterHalf))
        {
            count = 0.5m;
            j = afterHalf;
        }

        var unitToken = j;
        var bare = count is null && cue is null && !vague && !modified;
        if (!rules.Units.TryMatch(view, j, proclitics: bare, out var unit, out j))
        {
            return false;
        }

        if (count is null && !vague)
        {
            var clitic = !rules.Units.TryGetWord(view.Word(unitToken), out _);
            switch (unit.Number)
            {
                case UnitNumber.Dual:
                    count = 2;
                    break;
                case UnitNumber.Singular when !bare || rules.IsCueWord(view, index - 1, Cue.Passage):
                    count = 1;
                    break;
                case UnitNumber.Plural when !bare || clitic || !view.Word(j).StartsWith("ال", StringComparison.Ordinal):
                    vague = true;
                    break;
                default:
                    return false;
            }
        }

        if (count is { } whole && !vague && rules.IsCue(view, j, Cue.Half, out var afterMore) && afterMore == j + 1
            && !rules.Cues.TryGetWord(view.Word(j), out _))
        {
            count = whole + 0.5m; // ونصف: the word is the conjunction and the half
            j = afterMore;
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

            // بعد أربعة عقود من الصراع in a clause not about the future, with no time of the text to count from: the
            // span of what من names, which began at a time the text leaves unnamed; counted from publication it would
            // put a past act decades ahead. A DURATION of the amount, like لمدة.
            var past = cue == Cue.Later && !Tense.FutureBefore(context, index);
            if (past && !context.CountsFromText(unit.Unit) && rules.IsCueWord(view, j, Cue.Of))
            {
                match = new TimeMatch(j, TimexType.Duration, Timex.Amount(n, unit.Unit), TimeContext.Text);
                return true;
            }

            var offset = (int)n * (cue == Cue.Ago ? -1 : 1);
            match = past
                ? context.FromText(j, unit.Unit, offset)
                : context.Relative(j, TimexType.Date, unit.Unit, offset);
            return true;
        }

        if (cue == Cue.Later)
        {
            return false; // بعد سنوات: too vague to date
        }

        var value = vague ? Timex.Period("X", unit.Unit) : Timex.Amount(count!.Value, unit.Unit);
        match = new TimeMatch(j, TimexType.Duration, value, TimeContext.Text);
        return true;
    }

    /// <summary>
    /// A SET: a frequency word of data/rules/time-sets.tsv (سنويا → P1Y, يوميا → P1D, جلستها الأسبوعية → P1W), or
    /// كل + [number] unit (كل أسبوع → P1W, كل عامين → P2Y, كل ثلاثة أشهر → P3M).
    /// </summary>
    /// <remarks>
    /// An adverb is always a SET. An adjective is one when it describes something that recurs, and not after a word
    /// of a rate (role rate in data/rules/time-cues.tsv: معدل التضخم السنوي is a year-on-year figure).
    /// </remarks>
    public static bool TrySet(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        if (rules.Sets.TryMatch(view, index, proclitics: true, out var period, out var end))
        {
            if (period.Adjective && rules.IsCueWord(view, index - 1, Cue.Rate))
            {
                return false;
            }

            match = new TimeMatch(end, TimexType.Set, period.Value, TimeContext.Text);
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
        match = new TimeMatch(end, TimexType.Set, Timex.Period(Timex.Count(count.Value), unit.Unit), TimeContext.Text);
        return true;
    }
}
