using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// A country named by its relation to the actor (issue 18, a missing recipient): in واتهمت باماكو في بيان جارتها
/// الشمالية بارتكاب عمل عدائي، وطالبت الخارجية الجارة الشمالية بالكف عن the object is no name but "its neighbour",
/// and a text names the neighbour before it calls it so: the recipient is the last country the document named
/// before that word, by name or as the country of a named place or body, that is not the actor's own. Read for an
/// event with an actor and no recipient, in the trigger's clause after it, past the actor's own mention and the
/// time, up to a comma, a reported or relative clause or another named side (that side is the object). Words:
/// data/rules/recipient-words.tsv, kind neighbour.
/// </summary>
internal static class Neighbours
{
    /// <summary>How many tokens after the trigger the word may stand (واتهمت باماكو في بيان الأحد جارتها).</summary>
    private const int Reach = 8;

    private const ArgumentCue Ends = ArgumentCue.Complementizer | ArgumentCue.Relative;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (!e.Recipient.IsEmpty || e.Actor.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, var end) || end <= first)
            {
                return e;
            }

            var b = doc.Sentence(e.Sentence).End;
            for (var t = end; t < Math.Min(b, end + Reach); t++)
            {
                if ((doc.IsBoundary(t) && !Tokens.IsCommaBesideTime(doc, t, b)) || Tokens.Is(doc, t, Ends))
                {
                    return e;
                }

                if (doc.MentionAt(t) is { } mention)
                {
                    if (!Tokens.NamesActor(doc, e, mention.Entity))
                    {
                        return e;
                    }

                    t = mention.End - 1;
                    continue;
                }

                if (RecipientWordLexicon.Default.Is(doc, t, RecipientWord.Neighbour))
                {
                    return Named(doc, e, first, country) is { } side ? e with { Recipient = [side] } : e;
                }
            }

            return e;
        });

    /// <summary>The side of the last country named before token <paramref name="before"/> that is not the actor's, or null.</summary>
    private static string? Named(EventDocument doc, EventRecord e, int before, Func<string, string> country)
    {
        var actorCountries = e.Actor.Select(id => Tokens.CountryOf(doc, id)).ToHashSet(StringComparer.Ordinal);
        for (var t = before - 1; t >= 0; t--)
        {
            if (doc.MentionAt(t) is not { } mention || mention.End > before)
            {
                continue;
            }

            var entity = mention.Entity;
            var named = entity.Type == EntityType.Country ? entity.Id : entity.Country;
            if (named is null || Tokens.NamesActor(doc, e, entity) || actorCountries.Contains(named))
            {
                continue;
            }

            return entity.Type == EntityType.Country ? entity.Id : country(named);
        }

        return null;
    }
}
