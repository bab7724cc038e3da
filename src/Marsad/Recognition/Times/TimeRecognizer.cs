using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>Finds the time expressions of a text and resolves their values (issue 4).</summary>
/// <remarks>
/// Rules:
/// <list type="number">
/// <item>One pass over the tokens. At each token every rule is asked for an expression that starts there; the
///   longest wins (ties go to the earlier rule in <see cref="Rules"/>), and the pass resumes after it. So
///   expressions never overlap, and the work is linear in the text: each rule looks at a bounded number of tokens
///   (the weekday tense rule reads back to its sentence start, and sentences are bounded).</item>
/// <item>Spans are whole tokens but for the proclitics on the first word (و ف ب ل ك), which TimeML leaves out (وأمس →
///   أمس، لعقود من الزمن → عقود من الزمن; <see cref="TimeRules.ProcliticLength"/>); cue words that make the meaning are in
///   (عام 1992، منذ ثلاث سنوات، لمدة ثلاثة أيام, يوم الخميس), and prepositions that do not are out (في، خلال، بحلول).</item>
/// <item>A token no rule can start on (no number, no word of the rule tables under any clitic reading) is
///   passed over without asking the rules, and the others are asked only the rules that can start on a word of the
///   tables they are in (<see cref="TimeRules.StartFamilies"/>): most tokens of a text are passed over.</item>
/// <item>Nothing reads the clock: relative expressions resolve against <c>published</c> only; without it they keep X
///   placeholders and the anchor "unresolved".</item>
/// </list>
/// Each rule's own rules are in its doc comment: <see cref="CalendarDates"/>, <see cref="RelativeDates"/>,
/// <see cref="Periods"/>, <see cref="Durations"/>, <see cref="ClockTimes"/>, <see cref="Tense"/>.
/// </remarks>
public sealed class TimeRecognizer
{
    private delegate bool Rule(TimeContext context, int index, out TimeMatch match);

    // Each rule with the families of words its first token is read through (TimeRules.StartFamilies).
    private static readonly (Rule Rule, StartFamily Starts)[] Rules =
    [
        (CalendarDates.TryNumeric, StartFamily.Number),
        (CalendarDates.TryNamed, StartFamily.Cue | StartFamily.Number | StartFamily.Month),
        (RelativeDates.TryWeekday, StartFamily.Cue | StartFamily.Weekday),
        (RelativeDates.TryPartOfDay, StartFamily.Part),
        (ClockTimes.TryClock, StartFamily.Cue | StartFamily.Number),
        (ClockTimes.TryClockOfDay, StartFamily.Cue | StartFamily.Number),
        (RelativeDates.TryPhrase, StartFamily.Relative),
        (AnchoredDates.TryAnchored, StartFamily.Anchored),
        (ReferencePoints.TryReference, StartFamily.Reference),
        (YearParts.TryYearPart, StartFamily.YearPart),
        (YearParts.TryPartOfPeriod, StartFamily.PeriodPart),
        (Durations.TryDuration, StartFamily.Cue | StartFamily.Number | StartFamily.Unit),
        (Durations.TrySet, StartFamily.Set | StartFamily.Cue),
        (CountedUnits.TryOrdinal, StartFamily.Cue | StartFamily.Unit),
        (CountedUnits.TryFrequency, StartFamily.Cue | StartFamily.Number),
        (Periods.TryDecade, StartFamily.Decade),
        (Periods.TryCentury, StartFamily.Cue),
        (Periods.TryYear, StartFamily.Cue | StartFamily.Number),
    ];

    private readonly TimeRules _rules;
    private readonly bool _gated;

    private TimeRecognizer(TimeRules rules, bool gated)
    {
        _rules = rules;
        _gated = gated;
    }

    /// <summary>The recogniser with the rules built into Marsad; frozen and thread-safe.</summary>
    public static TimeRecognizer Default { get; } = new(TimeRules.Default, gated: true);

    /// <summary>The same rules asked at every token, without the gate: what the gate must never change (tests).</summary>
    internal static TimeRecognizer Ungated { get; } = new(TimeRules.Default, gated: false);

    /// <summary>The time expressions of <paramref name="text"/> in order, resolved against <paramref name="published"/> where relative.</summary>
    public ImmutableArray<TimeExpression> Recognize(TextAnalysis text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var view = new TokenView(text);
        var context = new TimeContext(view, _rules, published);
        var found = ImmutableArray.CreateBuilder<TimeExpression>();
        var i = 0;
        while (i < view.Count)
        {
            if (!TryLongest(context, i, _gated, out var match))
            {
                i++;
                continue;
            }

            var span = WithoutProclitics(view, i, view.Span(i, match.End));
            found.Add(new TimeExpression(span, span.Slice(text.Text), match.Type, match.Value, match.Anchor));
            // A part of a day (مساء أمس الأحد, 2025-02-02TEV) names its day for the clock times after it as the day does.
            if (Timex.DayOf(match.Type, match.Value) is { } day)
            {
                context.LastDay = (day, match.Anchor, text.SentenceIndexAt(span.Start));
            }

            if (match.Type is TimexType.Date or TimexType.Time)
            {
                context.RecordTextTime(match.Value);
            }

            i = match.End;
        }

        return found.ToImmutable();
    }

    // The proclitics on the first word (و، ل، ب…) are the sentence's, not the expression's: TimeML leaves them out.
    private TextSpan WithoutProclitics(TokenView view, int first, TextSpan span)
    {
        var length = _rules.ProcliticLength(view, first);
        if (length == 0)
        {
            return span;
        }

        var start = view.Analysis.Normalized.ToOriginal(view[first].NormStart + length);
        return start > span.Start && start < span.End ? new TextSpan(start, span.End) : span;
    }

    private static bool TryLongest(TimeContext context, int index, bool gated, out TimeMatch best)
    {
        best = default;
        var found = false;
        var families = gated ? context.Rules.StartFamilies(context.View, index) : StartFamily.All;
        if (families == StartFamily.None)
        {
            return false;
        }

        foreach (var (rule, starts) in Rules)
        {
            if ((starts & families) != 0 && rule(context, index, out var match) && match.End > index && (!found || match.End > best.End))
            {
                best = match;
                found = true;
            }
        }

        return found;
    }
}
