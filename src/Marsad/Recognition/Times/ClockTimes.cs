using Marsad.Model;
using Marsad.Recognition.Numbers;
using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>Times of day: الساعة الخامسة والنصف مساء، الساعة 10 صباحا، الساعة 14:30، العاشرة صباحا.</summary>
internal static class ClockTimes
{
    /// <summary>
    /// [الساعة] hour [:minutes] [part of day].
    /// </summary>
    /// <remarks>
    /// Rules:
    /// <list type="number">
    /// <item>The hour is 0-24 in digits (10، 14:30) or in words, where a fraction gives the minutes (الخامسة والنصف
    ///   → 5:30, الثالثة والربع → 3:15).</item>
    /// <item>Without الساعة a part-of-day word must follow (العاشرة صباحا، 10 صباحا), as a bare number is not a time, and
    ///   an hour in words must be definite, as the hours are (العاشرة، الثانية): آل ثاني مساء ends a family name.</item>
    /// <item>A pm part of day (مساء، ظهرا، ليلا) adds 12 to an hour below 12; an am part makes 12 midnight.</item>
    /// <item>The day is the last day-granular date named earlier in the same sentence (يوم الخميس … الساعة العاشرة),
    ///   else the published date (anchor published), else XXXX-XX-XX (unresolved): 2025-11-06T17:30.</item>
    /// </list>
    /// </remarks>
    public static bool TryClock(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        var j = index;
        var clock = rules.IsCue(view, j, Cue.Clock, out var afterClock);
        if (clock)
        {
            j = afterClock;
        }

        int hour, minute = 0;
        if (view.TryInteger(j, out hour, out var digits) && digits <= 2)
        {
            j++;
            if (view.Is(j, ":") && view.TryInteger(j + 1, out minute, out var minuteDigits) && minuteDigits == 2)
            {
                j += 2;
            }
        }
        else if ((clock || view.Word(j).StartsWith("ال", StringComparison.Ordinal))
            && ArabicNumbers.TryRead(view.Analysis, j, out var number) && !number.IsDigits && number.Value is > 0 and <= 24)
        {
            hour = (int)number.Value;
            minute = (int)Math.Round((number.Value - hour) * 60, MidpointRounding.AwayFromZero);
            j = number.End;
        }
        else
        {
            return false;
        }

        var hasPart = rules.Parts.TryMatch(view, j, proclitics: false, out var part, out var afterPart);
        if (hasPart)
        {
            hour = part.Pm && hour < 12 ? hour + 12 : !part.Pm && hour == 12 ? 0 : hour;
            j = afterPart;
        }

        if ((!clock && !hasPart) || hour > 24 || minute >= 60)
        {
            return false;
        }

        var time = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");
        var sentence = view.Analysis.SentenceIndexAt(view[index].Span.Start);
        if (context.LastDay is { } day && day.Sentence == sentence)
        {
            match = new TimeMatch(j, TimexType.Time, day.Value + time, day.Anchor);
        }
        else
        {
            match = context.PublishedDate is { } published
                ? new TimeMatch(j, TimexType.Time, Timex.Day(published) + time, TimeContext.Published)
                : new TimeMatch(j, TimexType.Time, "XXXX-XX-XX" + time, TimeContext.Unresolved);
        }

        return true;
    }

    /// <summary>
    /// A clock time whose day follows it behind «of» and a part of the day (الساعة 11:15 من صباح أمس، الساعة السابعة
    /// والنصف من مساء الثلاثاء): one expression, as TimeML marks it, valued as that day at that time, a pm part of
    /// the day adding 12 to an hour below 12 as it does after the hour (<see cref="TryClock"/>).
    /// </summary>
    public static bool TryClockOfDay(TimeContext context, int index, out TimeMatch match)
    {
        match = default;
        var view = context.View;
        var rules = context.Rules;
        if (!TryClock(context, index, out var clock) || clock.Value is not { } clockValue
            || !rules.IsCue(view, clock.End, Cue.Of, out var afterOf)
            || !rules.Parts.TryMatch(view, afterOf, proclitics: false, out var part, out _)
            || !RelativeDates.TryPartOfDay(context, afterOf, out var day) || day.Value is not { Length: > 10 } dayValue
            || dayValue.StartsWith("XXXX", StringComparison.Ordinal))
        {
            return false;
        }

        var t = clockValue.IndexOf('T', StringComparison.Ordinal);
        if (t < 0 || !int.TryParse(clockValue.AsSpan(t + 1, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hour))
        {
            return false;
        }

        hour = part.Pm && hour < 12 ? hour + 12 : hour;
        var value = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{dayValue.AsSpan(0, 10)}T{hour:D2}{clockValue.AsSpan(t + 3)}");
        match = new TimeMatch(day.End, TimexType.Time, value, day.Anchor);
        return true;
    }
}
