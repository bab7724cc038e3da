using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// A condemnation points at the attack the text told before it (issue 18, kind 5: responses point at what they
/// respond to). <see cref="ResponseReferences"/> points a reaction at an earlier event when its object is an event
/// noun of that event's type; a condemnation whose object is none — وندد رئيس الحكومة بما وصفه بالعمل الإرهابي،
/// ووصف المتحدث الهجوم بأنه جبان ويمثل انتهاكا صارخا (the trigger after its object) — still condemns the attack the
/// article is about, so its recipient is the actor of the last attack told before it, in its own sentence or in
/// one of the few before. Read only for a condemnation or a charge of armed aggression (mode disapprove, or the
/// military context) with an actor and no recipient, and only an attack whose actor is not the condemner's own
/// side or country (a side that condemns is not the one that struck).
/// </summary>
internal static class CondemnedAttacks
{
    /// <summary>
    /// How many sentences back the attack may be told: a reaction follows the report of its act within a
    /// paragraph; further back an attack is more likely another story's.
    /// </summary>
    private const int Reach = 3;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events) =>
        EventEdits.Each(doc, events, e =>
        {
            if (!Condemns(e) || !e.Recipient.IsEmpty || e.Actor.IsEmpty || LastAttack(events, e) is not { } attack)
            {
                return e;
            }

            var own = Countries(doc, e.Actor);
            var recipient = ImmutableArray.CreateBuilder<string>();
            foreach (var id in attack.Actor)
            {
                if (e.Actor.Contains(id) || (Tokens.CountryOf(doc, id) is { } c && own.Contains(c)))
                {
                    // The condemner's own side among the attackers: the attack is not the one it condemns.
                    return e;
                }

                recipient.Add(id);
            }

            return recipient.Count == 0 ? e : e with { Recipient = recipient.ToImmutable() };
        });

    /// <summary>A condemnation, or a charge of armed aggression (انتهاك صارخ، عدوان).</summary>
    private static bool Condemns(EventRecord e) =>
        e.Event == PloverType.Accuse && (e.Mode == "disapprove" || e.Context.Contains("military"));

    /// <summary>The last attack with an actor told before the condemnation, within <see cref="Reach"/> sentences.</summary>
    private static EventRecord? LastAttack(ImmutableArray<EventRecord> events, EventRecord e)
    {
        EventRecord? last = null;
        foreach (var other in events)
        {
            if (other.Event != PloverType.Assault || other.Actor.IsEmpty || other.Sentence < e.Sentence - Reach
                || other.Sentence > e.Sentence || (other.Sentence == e.Sentence && other.Trigger.Span.Start >= e.Trigger.Span.Start)
                || CondemnedBy(events, other))
            {
                continue;
            }

            if (last is null || other.Sentence > last.Sentence || (other.Sentence == last.Sentence && other.Trigger.Span.Start > last.Trigger.Span.Start))
            {
                last = other;
            }
        }

        return last;
    }

    /// <summary>
    /// Whether the attack is the object of a condemnation by its own actor or hits its own actor (أدانت الرباط الهجوم
    /// coded as an attack by Rabat on Morocco): the scan's reading of a condemned noun, no attack anyone told.
    /// </summary>
    private static bool CondemnedBy(ImmutableArray<EventRecord> events, EventRecord attack)
    {
        foreach (var id in attack.Actor)
        {
            if (attack.Recipient.Contains(id))
            {
                return true;
            }
        }

        foreach (var other in events)
        {
            if (other.Event == PloverType.Accuse && other.Sentence == attack.Sentence && other.Trigger.Span.Start < attack.Trigger.Span.Start
                && other.Actor.Any(attack.Actor.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The countries of the sides: each side's own country, or the country it is.</summary>
    private static List<string> Countries(EventDocument doc, ImmutableArray<string> ids)
    {
        var found = new List<string>(ids.Length);
        foreach (var id in ids)
        {
            if (Tokens.CountryOf(doc, id) is { } c)
            {
                found.Add(c);
            }
        }

        return found;
    }
}
