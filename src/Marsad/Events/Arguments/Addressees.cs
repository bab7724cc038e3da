using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Whom a call or demand is addressed to when the trigger's own words name it (issue 18), after the scan: in
/// ودعت الوزارة مجلس الأمن إلى تحمل مسؤولياته the trigger holds the council, which the scan does not read as a
/// side, so the council is the recipient (and never the caller; the caller is the subject the scan found,
/// الوزارة resolved to the ministry the document named).
/// </summary>
internal static class Addressees
{
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event is not PloverType.Request || e.Actor.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end))
            {
                return e;
            }

            for (var t = first + 1; t < end; t++)
            {
                if (doc.MentionAt(t) is not { } named)
                {
                    continue;
                }

                // The caller's own name or title, and what it holds (للأمم المتحدة inside الأمين العام للأمم المتحدة),
                // is passed over whole: a name inside the caller's is not whom the call is addressed to.
                if (Tokens.NamesActor(doc, e, named.Entity))
                {
                    t = named.End - 1;
                    continue;
                }

                return Tokens.SideOf(named.Entity, country) is { } side && !e.Recipient.SequenceEqual([side]) ? e with { Recipient = [side] } : e;
            }

            return e;
        });
}
