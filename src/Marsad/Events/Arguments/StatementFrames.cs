using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// What a side speaks in (issue 18, kinds 2 and 7), after the scan. A call, conference or statement behind في
/// after a speech verb is where the words were said (وقال الوزير في اتصال هاتفي مع نظيره إن …): it happened,
/// so a call coded there is not reported content, as long as no complementizer (إن، أن) opens the reported
/// clause before it. And a verb of accusing or calling whose subject is followed by the statement it spoke in
/// (اتهمت الحركة في بيان إسرائيل بـ…، ودعت الوزارة في بيان المجتمع الدولي إلى…) has its object after that
/// phrase. Word kinds within, statement-noun, complementizer.
/// </summary>
internal static class StatementFrames
{
    /// <summary>How far after the trigger the statement phrase may stand (the subject, its abbreviation in brackets, between).</summary>
    private const int Reach = 10;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end))
            {
                return e;
            }

            if (e.Modality.Contains(EventModality.Reported) && IsFrame(doc, e.Sentence, first))
            {
                return e with { Modality = e.Modality.Remove(EventModality.Reported) };
            }

            return !e.Actor.IsEmpty && e.Recipient.IsEmpty && ObjectPastStatement(doc, e, end, country) is { } recipient
                ? e with { Recipient = [recipient] } : e;
        });

    /// <summary>Whether the trigger is a statement noun right behind within, with no complementizer before it in its sentence.</summary>
    private static bool IsFrame(EventDocument doc, int sentence, int first)
    {
        if (!Tokens.Is(doc, first, ArgumentCue.StatementNoun) || !Tokens.Is(doc, first - 1, ArgumentCue.Within))
        {
            return false;
        }

        var (a, _) = doc.Sentence(sentence);
        for (var t = a; t < first; t++)
        {
            if (Tokens.Is(doc, t, ArgumentCue.Complementizer))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The side right after a statement phrase (في بيان) that follows the trigger and its subject.</summary>
    private static string? ObjectPastStatement(EventDocument doc, EventRecord e, int end, Func<string, string> country)
    {
        var (_, b) = doc.Sentence(e.Sentence);
        for (var t = end; t + 2 < b && t < end + Reach; t++)
        {
            if (Tokens.Is(doc, t, ArgumentCue.Within) && Tokens.Is(doc, t + 1, ArgumentCue.StatementNoun))
            {
                return doc.MentionAt(t + 2) is { } side && Tokens.SideOf(side.Entity, country) is { } id && !e.Actor.Contains(id) ? id : null;
            }

            // Only the subject (and its abbreviation in brackets) stands between: any side not among the actors ends the search.
            if (doc.MentionAt(t) is { } named && !e.Actor.Contains(named.Entity.Id) || doc.IsBoundary(t) || Tokens.IsComma(doc, t))
            {
                return null;
            }
        }

        return null;
    }
}
