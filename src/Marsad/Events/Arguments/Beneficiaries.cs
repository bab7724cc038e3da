using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The side behind لـ after a support or aid noun is what is supported, never who supports (issue 18, actor and
/// recipient swapped): in أعلنت المملكة، اليوم، تقديم دعم اقتصادي جديد للحكومة اليمنية، and جددوا دعمهم لسيادة لبنان
/// the noun has no subject after it, and the side read as its actor is the one لـ gives the support to, written on
/// the side itself (للحكومة) or on the noun it owns (لسيادة لبنان). That side becomes the recipient, and the actor is
/// the subject of the clause the noun sits in, the side named right before it past a verb and a time (أعلنت المملكة،
/// اليوم، تقديم), or none when the clause names no other. Read for a support or aid event whose recipient is empty
/// and whose actor is that side, in the few words after the trigger, up to a comma or another named side.
/// </summary>
internal static class Beneficiaries
{
    /// <summary>How many tokens after the trigger the لـ may stand (دعم اقتصادي جديد للحكومة).</summary>
    private const int Reach = 3;

    /// <summary>How many tokens before the trigger the clause's subject may end (المملكة، اليوم الاثنين، تقديم دعم).</summary>
    private const int Back = 7;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event is not (PloverType.Support or PloverType.Aid) || !e.Recipient.IsEmpty || e.Actor.Length != 1
                || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end) || end <= first)
            {
                return e;
            }

            var b = doc.Sentence(e.Sentence).End;
            for (var t = end; t < Math.Min(b, end + Reach); t++)
            {
                if (!doc.IsWord(t))
                {
                    return e;
                }

                var word = doc.Word(t);
                var given = doc.MentionAt(t) is { } own ? (word.StartsWith("لل", StringComparison.Ordinal) ? own.Entity : null)
                    : word.Length > 2 && word[0] == 'ل' && doc.MentionAt(t + 1) is { } owner ? owner.Entity : null;
                if (doc.MentionAt(t) is not null && given is null)
                {
                    return e;
                }

                if (given is null)
                {
                    continue;
                }

                if (Tokens.SideOf(given, country) is not { } side || !e.Actor.Contains(side))
                {
                    return e;
                }

                var subject = Subject(doc, e, first, side, country);
                return e with { Actor = subject is null ? [] : [subject], Recipient = [side] };
            }

            return e;
        });

    /// <summary>The side named right before the trigger in its clause, past words and a time set off by commas, other than <paramref name="recipient"/>; else null.</summary>
    private static string? Subject(EventDocument doc, EventRecord e, int first, string recipient, Func<string, string> country)
    {
        var a = doc.Sentence(e.Sentence).First;
        for (var t = first - 1; t >= Math.Max(a, first - Back); t--)
        {
            if (doc.IsBoundary(t) && !Tokens.IsCommaBesideTime(doc, t, first))
            {
                return null;
            }

            // A mention that starts here and ends before the trigger is the clause's subject.
            if (doc.MentionAt(t) is { } mention && mention.End <= first)
            {
                return Tokens.SideOf(mention.Entity, country) is { } side && side != recipient ? side : null;
            }
        }

        return null;
    }
}
