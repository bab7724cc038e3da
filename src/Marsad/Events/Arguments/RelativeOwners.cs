using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The recipient named as the subject of a relative clause on the event's object (issue 18, a missing recipient): in
/// أشاد بالجهود التي تبذلها قطر، رفض الاتهامات التي وجهتها واشنطن، أدان الهجمات التي شنتها الميليشيا the object is
/// a common noun, and the clause after it says whose it is: its verb carries a pronoun that takes the noun back as
/// its object (تبذلها: exerts them), so the side named right after that verb is its subject, the one whose efforts
/// are praised or whose charges are rejected. Read for an event with an actor and no recipient, of a type whose act
/// reaches another side, in the trigger's clause after it, past the actor's own mention, up to a comma, a reported
/// clause or another named side; a relative clause whose verb carries no such pronoun (التي استهدفت إيران, where the
/// side after the verb is its object) ends the search.
/// </summary>
internal static class RelativeOwners
{
    /// <summary>How many tokens after the trigger the relative may stand (دعم بكين للجهود التي).</summary>
    private const int Reach = 6;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (!Reaches(e.Event) || !e.Recipient.IsEmpty || e.Actor.IsEmpty
                || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end) || end <= first)
            {
                return e;
            }

            var b = doc.Sentence(e.Sentence).End;
            for (var t = end; t < Math.Min(b, end + Reach); t++)
            {
                // A relative ends the clause as a boundary does, so it is read first.
                if (Tokens.Is(doc, t, ArgumentCue.Relative))
                {
                    // A relative right on the trigger describes the trigger's own noun (الاتهامات التي وجهتها واشنطن:
                    // the side after it is the doer of the event itself, not whose object it acts on).
                    return t > end && Subject(doc, t, b) is { } subject && !Tokens.NamesActor(doc, e, subject)
                        && Tokens.SideOf(subject, country) is { } side && !e.Actor.Contains(side) ? e with { Recipient = [side] } : e;
                }

                if ((Tokens.IsComma(doc, t) && !Tokens.IsCommaBesideTime(doc, t, b)) || doc.IsBoundary(t)
                    || Tokens.Is(doc, t, ArgumentCue.Complementizer))
                {
                    return e;
                }

                if (doc.MentionAt(t) is { } mention)
                {
                    // The actor's own name is passed over; any other side is the object's own and ends the search.
                    if (!Tokens.NamesActor(doc, e, mention.Entity))
                    {
                        return e;
                    }

                    t = mention.End - 1;
                    continue;
                }
            }

            return e;
        });

    /// <summary>
    /// The side named right after the verb of the relative clause opened at <paramref name="relative"/>, when that verb
    /// carries the pronoun that takes the noun back (تبذلها، وجهتها، شنه): the clause's subject; else null.
    /// </summary>
    private static EntityRecord? Subject(EventDocument doc, int relative, int end)
    {
        var verb = relative + 1;
        if (verb + 1 >= end || !doc.IsWord(verb) || doc.MentionAt(verb) is not null || ObjectPronounEndings.Of(doc, verb) == PronounEnding.None)
        {
            return null;
        }

        return doc.MentionAt(verb + 1)?.Entity;
    }

    /// <summary>The types whose object another side may own: what is supported, praised, condemned, rejected or asked of.</summary>
    private static bool Reaches(PloverType type) => type is PloverType.Support or PloverType.Accuse or PloverType.Reject
        or PloverType.Request or PloverType.Agree or PloverType.Cooperate;
}
