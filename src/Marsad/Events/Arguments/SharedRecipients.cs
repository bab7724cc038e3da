using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Verbs joined by a conjunction share their object as they share their subject (issue 18, a missing recipient):
/// in اتهمت الحركة إسرائيل بتنفيذ الهجوم، وتوعدت بالرد، or حظرت الوزارة نشاطات الجماعة وإغلاق مكاتبها ومصادرة
/// أصولها, the second act names no side of its own and is aimed at the one the first named. Read for an event
/// with an actor and no recipient, of a type whose act reaches another side, whose trigger opens with a
/// conjunction proclitic: the nearest earlier event of its sentence with the same actor and a recipient gives it
/// that recipient, when nothing between the two triggers opens a reported or relative clause and no other side
/// is named there (a side named between is the second verb's own object, which the other passes read). Attacks
/// and protests have their own passes (<see cref="Victims"/>, the placed recipients). Runs after the passes that
/// read the trigger's own object, so it only fills what they left empty.
/// </summary>
internal static class SharedRecipients
{
    /// <summary>How many tokens may stand between the two triggers (a first act's object and its complement).</summary>
    private const int Reach = 16;

    private const ArgumentCue Ends = ArgumentCue.Complementizer | ArgumentCue.Relative;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events)
    {
        // One edit at a time, so an act joined to one given its recipient so passes it on (وإغلاق مكاتبها ومصادرة أصولها).
        var current = events;
        for (var k = 0; k < current.Length; k++)
        {
            if (Shared(doc, current, current[k]) is { } recipient)
            {
                current = current.SetItem(k, current[k] with { Recipient = recipient });
            }
        }

        return current;
    }

    /// <summary>The recipient the event shares with the act its trigger is joined to, or null.</summary>
    private static ImmutableArray<string>? Shared(EventDocument doc, ImmutableArray<EventRecord> events, EventRecord e)
    {
        if (!Joinable(e.Event) || !e.Recipient.IsEmpty || e.Actor.IsEmpty || e.Sentence < 0 || e.Sentence >= doc.SentenceCount
            || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var start, _)
            || !ArgumentLexicon.Default.StartsWith(doc.Word(start), ArgumentCue.Conjunction) || RootLetter(doc, start, e.Rule))
        {
            return null;
        }

        // The nearest earlier trigger of the sentence with the same actor.
        EventRecord? first = null;
        var firstEnd = -1;
        foreach (var other in events)
        {
            if (other.Sentence != e.Sentence || ReferenceEquals(other, e) || other.Event == PloverType.Protest
                || !other.Actor.SequenceEqual(e.Actor) || doc.TokensOf(other.Trigger.Span) is not (>= 0, var end)
                || end > start || end <= firstEnd)
            {
                continue;
            }

            first = other;
            firstEnd = end;
        }

        if (first is null || first.Recipient.IsEmpty || start - firstEnd > Reach
            || first.Recipient.Any(r => e.Actor.Contains(r) || e.Actor.Any(a => Tokens.CountryOf(doc, a) == r)))
        {
            return null;
        }

        for (var t = firstEnd; t < start; t++)
        {
            // The comma before a joined verb (، وتوعدت) is where the second act starts, not a clause of its own.
            if ((doc.IsBoundary(t) && !Tokens.IsComma(doc, t)) || Tokens.Is(doc, t, Ends))
            {
                return null;
            }

            if (doc.MentionAt(t) is { } mention)
            {
                // The actor's or the shared recipient's own name, or a place the act happens in, names no other side.
                if (!Tokens.NamesActor(doc, e, mention.Entity) && !first.Recipient.Contains(mention.Entity.Id)
                    && mention.Entity.Type != EntityType.Location)
                {
                    return null;
                }

                t = mention.End - 1;
            }
        }

        return first.Recipient;
    }

    /// <summary>
    /// Whether the trigger was read with its first و or ف as a letter of its own (وصل، وقع، وافق، فرض): the word
    /// as written, with no proclitic read off, is a form of the event's trigger. Such a verb is joined to nothing.
    /// </summary>
    private static bool RootLetter(EventDocument doc, int start, string rule)
    {
        foreach (var hit in doc.Words.At(start, doc.Word(start)))
        {
            if (hit.Reading.Stripped != 0 || hit.Facts.Trigger is not { } node)
            {
                continue;
            }

            foreach (var trigger in node.Values)
            {
                if (trigger.Id == rule)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The types whose second act names no side of its own and is aimed at the first act's.</summary>
    private static bool Joinable(PloverType type) => type is PloverType.Accuse or PloverType.Threaten or PloverType.Reject
        or PloverType.Sanction or PloverType.Coerce or PloverType.Request or PloverType.Support
        or PloverType.Aid or PloverType.Cooperate or PloverType.Agree or PloverType.Consult or PloverType.Retreat;
}
