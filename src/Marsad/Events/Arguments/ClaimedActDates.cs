using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Times;
using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>The kinds of word in data/rules/event-claimed-dates.tsv; see the file's header for each.</summary>
[Flags]
internal enum ClaimedActCue
{
    None = 0,
    Claim = 1,
    Blame = 2,
    About = 4,
}

/// <summary>
/// A claimed attack keeps the day it was told with (issue 18, the dates). A side that claims today an attack the
/// text told before (سقطت أربعة مقذوفات، ليل السبت، قرب المدينة. وأعلنت الجبهة في بيان تبنيها قصف المواقع) names
/// that attack again: the attack noun right after the claim word has no time of its own in its clause, and dating it
/// by publication would make a second attack of the claim's day. It takes the day of the last ASSAULT told before it
/// with a day of its own text, else the last day the sentences before the claim's name (the lead that told the
/// attack); the claim itself, when coded, is of its own day. Nothing told before: the attack keeps its date.
/// Words: data/rules/event-claimed-dates.tsv, read through <see cref="ClaimedActCue"/>.
/// </summary>
internal static class ClaimedActDates
{
    private static readonly ProcliticWordKinds Words = new(
        "event-claimed-dates.tsv",
        RuleFile.Rows("Marsad.data.rules.event-claimed-dates.tsv"),
        static kind => (int)Enum.Parse<ClaimedActCue>(kind, ignoreCase: true));

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, ImmutableArray<TimeExpression> times, DateOnly? published)
    {
        ImmutableArray<EventRecord>.Builder? result = null;
        for (var k = 0; k < events.Length; k++)
        {
            var e = events[k];
            if (e.Event != PloverType.Assault || e.DateFrom != DateSource.Published || e.Sentence <= 0 || e.Sentence >= doc.SentenceCount
                || doc.TokensOf(e.Trigger.Span).First is not (>= 0 and var at) || !AfterClaim(doc, at, doc.Sentence(e.Sentence).First))
            {
                continue;
            }

            if ((AttackBefore(events, k) ?? DayBefore(doc, times, e.Sentence, published)) is { } date)
            {
                result ??= events.ToBuilder();
                result[k] = e with { Date = date, DateFrom = DateSource.Text };
            }
        }

        return result?.ToImmutable() ?? events;
    }

    /// <summary>
    /// Whether the trigger at token <paramref name="at"/> is what a claim names: a claim word right before it
    /// (تبنيها قصف), or a responsibility and about (مسؤوليتها عن قصف); a quotation mark may stand between.
    /// </summary>
    private static bool AfterClaim(EventDocument doc, int at, int first)
    {
        var t = at - 1;
        while (t >= first && !doc.IsWord(t) && !Tokens.IsComma(doc, t) && at - t <= 2)
        {
            t--;
        }

        if (t < first || !doc.IsWord(t))
        {
            return false;
        }

        var kinds = Kinds(doc, t);
        return (kinds & ClaimedActCue.Claim) != 0
            || ((kinds & ClaimedActCue.About) != 0 && t - 1 >= first && (Kinds(doc, t - 1) & ClaimedActCue.Blame) != 0);
    }

    /// <summary>The day of the last ASSAULT before event <paramref name="k"/> in an earlier sentence that its own text dates.</summary>
    private static string? AttackBefore(ImmutableArray<EventRecord> events, int k)
    {
        string? date = null;
        for (var j = 0; j < events.Length; j++)
        {
            var e = events[j];
            if (j != k && e.Event == PloverType.Assault && e.Sentence < events[k].Sentence && e.DateFrom == DateSource.Text && e.Date is { Length: 10 })
            {
                date = e.Date;
            }
        }

        return date;
    }

    /// <summary>The last day (not after publication) a time of the sentences before sentence <paramref name="s"/> names.</summary>
    private static string? DayBefore(EventDocument doc, ImmutableArray<TimeExpression> times, int s, DateOnly? published)
    {
        var first = doc.Sentence(s).First;
        if (first < 0 || first >= doc.Tokens.Length)
        {
            return null;
        }

        var start = doc.Tokens[first].Span.Start;
        string? date = null;
        foreach (var time in times)
        {
            if (time.Span.End <= start && time.Type is TimexType.Date or TimexType.Time && time.Value is { } value
                && EventDates.CalendarPart(value) is { Length: 10 } day && Timex.TryIsoDay(day, out var d) && (published is not { } p || d <= p))
            {
                date = day;
            }
        }

        return date;
    }

    private static ClaimedActCue Kinds(EventDocument doc, int t) => doc.IsWord(t) ? (ClaimedActCue)Words.Kinds(doc.Word(t)) : ClaimedActCue.None;
}
