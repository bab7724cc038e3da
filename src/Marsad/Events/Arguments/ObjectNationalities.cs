using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The recipient named by the nationality of the event's object (issue 18, an addressee named by a phrase that is no
/// entity): in استدعت الوزارة السفير العراقي، رحب الوزير بالمبادرة القطرية، أدان الاعتداء الإسرائيلي the object is a
/// common noun the recognisers do not make a side, and the nisba after it, which agrees with it, says whose it is:
/// the envoy's country is summoned, the initiative's welcomed, the aggressor condemned. Read for an event with an
/// actor and no recipient, in the trigger's clause after it (its last word may be the noun itself: استدعت السفير),
/// past the actor's own mention, up to a comma, a reported or relative clause or another named side. Attacks and
/// arrests are <see cref="Victims"/>', and a protest takes no object (a nisba after تظاهر is its crowd's,
/// تظاهر آلاف الأردنيين); a nisba of the actor's own country (أشاد بالجيش الأردني for a Jordanian actor, or for a
/// side the scan made of that country, group/protesters/JOR) names the actor's side, not another.
/// </summary>
internal static class ObjectNationalities
{
    /// <summary>How many tokens after the trigger the nisba may stand (رحب، الخميس، بالمبادرة القطرية).</summary>
    private const int Reach = 6;

    private const ArgumentCue Ends = ArgumentCue.Complementizer | ArgumentCue.Relative;

    private const ArgumentCue Force = ArgumentCue.Instrument | ArgumentCue.ArmedNoun | ArgumentCue.SecurityNoun;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event is PloverType.Assault or PloverType.Coerce or PloverType.Protest || !e.Recipient.IsEmpty || e.Actor.IsEmpty
                || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end) || end <= first)
            {
                return e;
            }

            var b = doc.Sentence(e.Sentence).End;
            for (var t = end - 1; t < Math.Min(b, end + Reach); t++)
            {
                // A noun and its nisba the scan made one side of the nationality (السفير العراقي as IRQ), the noun
                // perhaps the trigger's own last word, is read as the noun and nisba it is.
                if (NounWithNisba(doc, t) is { } named)
                {
                    return Addressed(doc, e, named, country);
                }

                if (t < end)
                {
                    continue;
                }

                if ((Tokens.IsComma(doc, t) && !Tokens.IsCommaBesideTime(doc, t, b)) || doc.IsBoundary(t) || Tokens.Is(doc, t, Ends))
                {
                    return e;
                }

                var nisba = Nisba(doc, t);
                if (nisba is null && doc.MentionAt(t) is { } mention)
                {
                    // The actor's own name is passed over; any other side the scan did not take is not read past.
                    if (!Tokens.NamesActor(doc, e, mention.Entity))
                    {
                        return e;
                    }

                    t = mention.End - 1;
                    continue;
                }

                // The noun before the nisba is a word no entity names (the trigger's own last word may be it), of the
                // nisba's definiteness, as an adjective agrees with its noun (عن المصري is a man named so, not a nisba),
                // and no armed force (انسحاب القوات الإسرائيلية: after a verbal noun that is its doer).
                if (nisba is { } id && doc.IsWord(t - 1) && doc.MentionAt(t - 1) is null
                    && Definite(doc.Word(t - 1)) == Definite(doc.Word(t)) && !Tokens.Is(doc, t - 1, Force))
                {
                    return Addressed(doc, e, id, country);
                }
            }

            return e;
        });

    /// <summary>The event with the nationality's country as recipient, unless it is the actor's own.</summary>
    private static EventRecord Addressed(EventDocument doc, EventRecord e, string id, Func<string, string> country)
    {
        var side = country(id);
        return e.Actor.Any(a => a == side || a == id || Tokens.CountryOf(doc, a) == id || a.EndsWith("/" + id, StringComparison.Ordinal))
            ? e : e with { Recipient = [side] };
    }

    /// <summary>The country of a mention at <paramref name="t"/> that is a common noun and its nisba (السفير العراقي), if one starts there and is no armed force.</summary>
    private static string? NounWithNisba(EventDocument doc, int t) =>
        doc.MentionAt(t) is { } mention && mention.Entity.Type == EntityType.Country && mention.End - 1 > t && !Tokens.Is(doc, t, Force)
            && doc.AdjectiveAt[mention.End - 1]?.Id == mention.Entity.Id ? mention.Entity.Id : null;

    /// <summary>The country whose nationality token <paramref name="t"/> is, standing alone (not inside a longer name).</summary>
    private static string? Nisba(EventDocument doc, int t)
    {
        if (doc.AdjectiveAt[t] is not { } adjective)
        {
            // A name is no nisba, though سوريا، ليبيا end as an accusative nisba does.
            return doc.MentionAt(t) is null ? Victims.Accusative(doc.Word(t)) : null;
        }

        return doc.MentionAt(t) is not { } mention || (mention.Entity.Id == adjective.Id && mention.End == t + 1) ? adjective.Id : null;
    }

    /// <summary>Whether a word carries the article, alone or behind one proclitic (السفير، بالمبادرة، والجيش، للسفارة).</summary>
    private static bool Definite(ReadOnlySpan<char> word) =>
        word.StartsWith("ال", StringComparison.Ordinal)
        || (word.Length > 3 && word[0] is 'و' or 'ف' or 'ب' or 'ك' && word[1..].StartsWith("ال", StringComparison.Ordinal))
        || (word.Length > 3 && word[0] == 'ل' && word[1] == 'ل');
}
