using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The object that stands between a trigger's words (issue 18, a missing recipient): a trigger of several words
/// may hold the clause's subject in its gap (حذرت [قطر] من عواقب، حملت [الحكومة] المسؤولية), and in the verb-first
/// order of news the verb's object follows the subject inside the same gap — حذرت قطر إسرائيل من عواقب التصعيد،
/// حملت الحكومة إسرائيل المسؤولية — so the scan, which reads the recipient after the trigger's last word, finds
/// none there. The object is the mention right after the actor's own, both inside the trigger, with at most a
/// time or its commas between (حذرت قطر، الأحد، إسرائيل من). Read for an event with an actor and no recipient;
/// a protest takes no object, and a side joined to the subject by و is the subject's partner, which
/// <see cref="Tokens.NamesActor"/> already counts among the actors.
/// </summary>
internal static class GapObjects
{
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            // A gap holds at least the trigger's first word, the subject, the object and the trigger's last word.
            if (e.Event == PloverType.Protest || !e.Recipient.IsEmpty || e.Actor.IsEmpty
                || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end) || end - first < 4)
            {
                return e;
            }

            var t = PastTime(doc, first + 1, end);
            if (doc.MentionAt(t) is not { } subject || !Tokens.NamesActor(doc, e, subject.Entity))
            {
                return e;
            }

            t = PastTime(doc, subject.End, end);
            if (doc.MentionAt(t) is not { } named || named.End >= end || Tokens.NamesActor(doc, e, named.Entity)
                || named.Entity.Type == EntityType.Agreement || Tokens.SideOf(named.Entity, country) is not { } side || e.Actor.Contains(side))
            {
                return e;
            }

            return e with { Recipient = [side] };
        });

    /// <summary>The first token from <paramref name="t"/> that is neither inside a time nor a comma beside one.</summary>
    private static int PastTime(EventDocument doc, int t, int end)
    {
        while (t < end && (doc.InTime[t] || Tokens.IsCommaBesideTime(doc, t, end)))
        {
            t++;
        }

        return t;
    }
}
