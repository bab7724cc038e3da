using Marsad.Model;

namespace Marsad.Recognition.Times;

/// <summary>Days, weeks, months and years named by their distance from the published date, and weekdays.</summary>
internal static class RelativeDates
{
    /// <summary>
    /// A relative phrase of data/rules/time-relative.tsv (أمس، غدا، الأسبوع الماضي، العام المقبل، الليلة),
    /// shifted from the published date at the phrase's granularity; with a part of day it is a TIME (الليلة →
    /// date + TNI). "اليوم" followed by an ordinal is a day of something (اليوم الأول), not today. A day named by
    /// its distance and then by its weekday (اليوم الخميس، أمس الأحد، غدا الاثنين, and with a part of the day before
    /// it, فجر اليوم الأربعاء) is one expression, as TimeML marks it: the weekday only names the same day again, so
    /// even a weekday that is also an ordinary word (الاثنين) is one there, and the value stays the relative day's.
    /// </summary>
    public static bool TryPhrase(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        if (!context.Rules.Relative.TryMatch(context.View, index, proclitics: true, out var phrase, out var end))
        {
            return false;
        }

        if (phrase.Unit == "day" && phrase.Offset == 0 && Numbers.ArabicNumbers.TryRead(context.View.Analysis, end, out var next) && next.IsOrdinal)
        {
            return false;
        }

        if (phrase.Unit == "day" && phrase.Part is null
            && context.Rules.Weekdays.TryMatch(context.View, end, proclitics: false, out _, out var afterWeekday))
        {
            end = afterWeekday;
        }

        var part = phrase.Part is null ? null : "T" + phrase.Part;
        match = context.Relative(end, part is null ? TimexType.Date : TimexType.Time, phrase.Unit, phrase.Offset, part);
        return true;
    }

    /// <summary>
    /// A weekday: [يوم] weekday [الماضي | المقبل] or [يوم] weekday [،] [الموافق] date.
    /// </summary>
    /// <remarks>
    /// Rules, against the published date P:
    /// <list type="number">
    /// <item>Followed by a date (الخميس 6 نوفمبر 2025), the expression is the weekday and the date, valued as the date.</item>
    /// <item>With الماضي/الماضية/المنصرم: the last such weekday strictly before P; with المقبل/القادمة: the next
    ///   strictly after P.</item>
    /// <item>Bare: P itself when P is that weekday; otherwise the next one when the sentence has a future marker before
    ///   the weekday in its clause (سوف، لن، من المتوقع أن، يعتزم… or a verb with the prefix سـ: ستعلن، سيزور; a comma
    ///   between ends the clause, <see cref="Tense.FutureInClause"/>), and the last one before P when it has none
    ///   (news reports the past: perfect verbs are the default).</item>
    /// <item>A weekday that is also an ordinary word (الاثنين "the two") needs يوم, a modifier, a date, a part of the day
    ///   before it (مساء الاثنين), or commas on both sides (وقال، الاثنين، إن).</item>
    /// <item>Without P: XXXX-WXX-d with d the ISO weekday (Monday 1), unresolved.</item>
    /// </list>
    /// </remarks>
    public static bool TryWeekday(TimeContext context, int index, out TimeMatch match) => Weekday(context, index, headed: false, out match);

    /// <summary>
    /// <see cref="TryWeekday"/>, with <paramref name="headed"/> when a part of the day stands before it (مساء الاثنين),
    /// which makes a weekday that is also an ordinary word a weekday as يوم does. So does standing alone between
    /// commas after the verb, the agencies' way of dating a statement (وقال الوزير، الاثنين، إن).
    /// </summary>
    private static bool Weekday(TimeContext context, int index, bool headed, out TimeMatch match)
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

        if (!rules.Weekdays.TryMatch(view, j, proclitics: !dayHead, out var weekday, out j))
        {
            return false;
        }

        var k = IsComma(view, j) ? j + 1 : j;
        if (rules.IsCue(view, k, Cue.DateLink, out var afterLink))
        {
            k = afterLink;
        }

        if ((CalendarDates.TryNamed(context, k, out var date) || CalendarDates.TryNumeric(context, k, out date))
            && date.Value is { Length: 10 })
        {
            match = date;
            return true;
        }

        var direction = 0;
        if (rules.Cues.TryMatch(view, j, proclitics: false, out var cue, out var afterCue) && cue is Cue.PastAfter or Cue.FutureAfter)
        {
            direction = cue == Cue.PastAfter ? -1 : 1;
            j = afterCue;
        }

        var betweenCommas = !dayHead && IsComma(view, index - 1) && IsComma(view, j);
        if (!weekday.Alone && !dayHead && !headed && !betweenCommas && direction == 0)
        {
            return false;
        }

        // A published date at the very edge of the calendar has no day before or after it.
        if (context.PublishedDate is not { } published || published.DayNumber < 7 || published.DayNumber > DateOnly.MaxValue.DayNumber - 7)
        {
            match = new TimeMatch(j, TimexType.Date, "XXXX-WXX-" + weekday.IsoDay.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeContext.Unresolved);
            return true;
        }

        var publishedIso = published.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)published.DayOfWeek;
        if (direction == 0)
        {
            direction = publishedIso == weekday.IsoDay ? 0 : Tense.FutureInClause(context, index, headed ? index - 1 : index) ? 1 : -1;
        }

        var days = direction switch
        {
            < 0 => -(((publishedIso - weekday.IsoDay + 6) % 7) + 1),
            > 0 => ((weekday.IsoDay - publishedIso + 6) % 7) + 1,
            _ => 0,
        };
        match = new TimeMatch(j, TimexType.Date, Timex.Day(published.AddDays(days)), TimeContext.Published);
        return true;
    }

    /// <summary>
    /// A part of the day before a day (صباح اليوم، مساء أمس، ليلة الخميس، صباح يوم 6 نوفمبر 2025): a TIME valued as
    /// the day + T + the part (2025-11-06TMO).
    /// </summary>
    public static bool TryPartOfDay(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        if (!context.Rules.Parts.TryMatch(context.View, index, proclitics: true, out var part, out var j))
        {
            return false;
        }

        if (!(TryPhrase(context, j, out var day) || Weekday(context, j, headed: true, out day)
            || CalendarDates.TryNamed(context, j, out day) || CalendarDates.TryNumeric(context, j, out day))
            || day.Type != TimexType.Date || day.Value is not { Length: 10 } and not ['X', 'X', 'X', 'X', '-', 'W', ..])
        {
            return false;
        }

        match = day with { Type = TimexType.Time, Value = day.Value + "T" + part.Code };
        return true;
    }

    private static bool IsComma(TokenView view, int index) => view.Is(index, "،") || view.Is(index, ",");
}
