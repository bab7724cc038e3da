using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The recipient named behind a preposition the event's object governs (issue 18, the recipient): in رفع العقوبات
/// المفروضة على إيران، استدعاء سفيره لدى العراق، وافقت على صفقة لبيع طائرات إلى مصر the side is no object of the
/// trigger itself but of the noun or participle after it (sanctions imposed on, an envoy posted at, a sale to), and the
/// preposition says it is the one the act is aimed at. Read for an event with an actor and no recipient, of a type whose
/// act reaches another side (no attack, arrest or protest, which have their own passes, and no condemnation, whose
/// على names what was attacked: أدان الهجوم على السفارة), in the trigger's clause after it, past the actor's own
/// mention, up to a comma, a reported or relative clause or another named side. Words: data/rules/event-arguments.tsv,
/// kind governed.
/// </summary>
internal static class GovernedObjects
{
    /// <summary>How many tokens after the trigger the preposition may stand (وافقت الوزارة على صفقة محتملة لبيع 40 طائرة من طراز معين إلى).</summary>
    private const int Reach = 14;

    private const ArgumentCue Ends = ArgumentCue.Complementizer | ArgumentCue.Relative;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e => MayWalk(e) ? Governed(doc, e, country) : e);

    // Apart from Apply so that the closure on the event is made only for an event the walk reads (most are not).
    private static EventRecord Governed(EventDocument doc, EventRecord e, Func<string, string> country) =>
        Walk(doc, e, t => doc.MentionAt(t) is { } governed
            // An agreement joined or signed (انضمامها إلى الاتفاقيات) is what the act is about, not a side.
            ? Tokens.NamesActor(doc, e, governed.Entity) || governed.Entity.Type == EntityType.Agreement
                || Tokens.SideOf(governed.Entity, country) is not { } side ? e : e with { Recipient = [side] }
            : null);

    /// <summary>Whether <see cref="Walk"/> may read the event at all: an actor, no recipient, a type that <see cref="Reaches"/>.</summary>
    internal static bool MayWalk(EventRecord e) => Reaches(e.Event) && e.Recipient.IsEmpty && !e.Actor.IsEmpty;

    /// <summary>
    /// Walks the trigger's clause after it, for an event with an actor, no recipient and a type that <see cref="Reaches"/>,
    /// past the actor's own mention, up to a comma, a reported or relative clause or another named side; at each
    /// preposition of kind governed asks <paramref name="behind"/> for the event the token after it makes (null: the
    /// walk goes on). Shared with <see cref="GovernedCountries"/>, which reads an unnamed country there.
    /// </summary>
    internal static EventRecord Walk(EventDocument doc, EventRecord e, Func<int, EventRecord?> behind)
    {
        if (!MayWalk(e) || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end) || end <= first)
        {
            return e;
        }

        var b = doc.Sentence(e.Sentence).End;
        for (var t = end; t < Math.Min(b, end + Reach); t++)
        {
            if ((Tokens.IsComma(doc, t) && !Tokens.IsCommaBesideTime(doc, t, b)) || doc.IsBoundary(t) || Tokens.Is(doc, t, Ends))
            {
                return e;
            }

            if (doc.MentionAt(t) is { } mention)
            {
                // The actor's own name is passed over; any other side not behind the preposition is the object's
                // own (its owner, its maker) and ends the search.
                if (!Tokens.NamesActor(doc, e, mention.Entity))
                {
                    return e;
                }

                t = mention.End - 1;
                continue;
            }

            if (Tokens.Is(doc, t, ArgumentCue.Governed) && t + 1 < b && behind(t + 1) is { } found)
            {
                return found;
            }
        }

        return e;
    }

    /// <summary>The types whose act is aimed at another side that a preposition may name.</summary>
    internal static bool Reaches(PloverType type) => type is PloverType.Sanction or PloverType.Retreat or PloverType.Aid
        or PloverType.Agree or PloverType.Support or PloverType.Cooperate or PloverType.Threaten or PloverType.Consult;
}
