using Marsad.Events.Arguments;
using Marsad.Model;
using Marsad.Recognition.Times;

namespace Marsad.Events;

/// <summary>Which times of a sentence lie outside the trigger's own clause and so cannot date it (kind 6 of issue 18).</summary>
internal sealed partial class EventScan
{
    /// <summary>
    /// The first token after the trigger at which another clause begins whose times are its own: a relative word
    /// (انتقد الاتفاق الذي وقع عام 2015) or a complementizer (أكدت حرصها على دعم السودان، مشيرة إلى أن البلاد قدمت
    /// منذ أبريل 2023 مساعدات): what such a clause is dated by is what it tells, not the trigger before it.
    /// int.MaxValue when there is none before <paramref name="b"/>.
    /// </summary>
    private int OwnClauseEnd(int i, int b)
    {
        for (var j = i + 1; j < b; j++)
        {
            if (_doc.Is(j, ArgumentCue.Relative) || _doc.Is(j, ArgumentCue.Complementizer))
            {
                return _tokens[j].Span.Start;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// Where the relative clause of a definite event noun begins: the start of a relative word right after the trigger
    /// that carries the article (العقوبات التي فرضها الاتحاد الأوروبي أمس، الهجوم الذي وقع فجر الأحد), or int.MaxValue.
    /// Such a clause tells the act the noun names, so its time dates the noun (kind 6 of issue 18, the other side of
    /// انتقد الاتفاق الذي وقع عام 2015, where the verb before the noun is not dated by it). A verb or an indefinite
    /// noun before a relative word opens no such clause.
    /// </summary>
    private int NounClauseStart(int i, int triggerEnd, int b) =>
        triggerEnd < b && triggerEnd > i && IsWord(i) && !PerfectVerbs.IsPerfect(Word(i)) && IsDefinite(i) && _doc.Is(triggerEnd, ArgumentCue.Relative)
            ? _tokens[triggerEnd].Span.Start
            : int.MaxValue;

    /// <summary>
    /// Where the reported clause the trigger is in begins: the start of the token after the last complementizer
    /// before the trigger in its sentence (أعلن الوزير، الأحد، أن الشرطة اعتقلت عشرة أشخاص الأسبوع الماضي: the week
    /// dates the arrests, the Sunday the announcement), or int.MaxValue when the trigger is in no such clause.
    /// </summary>
    private int ComplementStart(int a, int i)
    {
        for (var j = i - 1; j >= a; j--)
        {
            if (_doc.Is(j, ArgumentCue.Complementizer))
            {
                return _tokens[j].Span.End;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// Whether a time before the trigger closes a relative clause the trigger is not in: a relative word before the
    /// time with no comma between them, and a comma between the time and the trigger (أدانت الرئاسة الغارة، معتبرة
    /// أنها خرق للاتفاق الذي دخل حيز التنفيذ في نوفمبر 2024، ودعت … : the month dates the ceasefire, not the call).
    /// </summary>
    private bool InRelativeClauseBefore(TimeExpression time, int a, int i)
    {
        var first = -1;
        var last = -1;
        for (var j = a; j < i; j++)
        {
            if (first < 0 && _tokens[j].Span.End > time.Span.Start)
            {
                first = j;
            }

            if (_tokens[j].Span.Start < time.Span.End)
            {
                last = j;
            }
        }

        if (first < 0 || last < first)
        {
            return false;
        }

        var comma = false;
        for (var j = last + 1; j < i && !comma; j++)
        {
            comma = Tokens.IsComma(_doc, j);
        }

        if (!comma)
        {
            return false;
        }

        for (var j = first - 1; j >= a; j--)
        {
            if (Tokens.IsComma(_doc, j))
            {
                return false;
            }

            if (_doc.Is(j, ArgumentCue.Relative))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a time before the trigger lies before a complementizer that opens the trigger's clause, and that clause
    /// tells the trigger as to come (a future verb or marker from the complementizer to the trigger): the time
    /// dates the report, not what is announced (أعلنت الوزارة أمس أن الوزير سيزور القاهرة: the announcement is of
    /// yesterday, the visit is future, dated by its own time or by publication).
    /// </summary>
    private bool BeforeFutureComplement(TimeExpression time, int i)
    {
        for (var j = i - 1; j >= 0 && _tokens[j].Span.Start >= time.Span.End; j--)
        {
            if (_doc.Is(j, ArgumentCue.Complementizer))
            {
                return FutureFrom(j + 1, i);
            }
        }

        return false;
    }

    // A future verb or a future phrase from token `from` to the trigger, the trigger itself included.
    private bool FutureFrom(int from, int i)
    {
        for (var j = from; j <= i; j++)
        {
            if ((IsWord(j) && Tense.IsFutureVerb(Word(j))) || (j < i && LongestModality(j, i).Kind is "future"))
            {
                return true;
            }
        }

        return false;
    }
}
