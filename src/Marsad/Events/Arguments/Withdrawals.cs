using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Where a force withdraws from (issue 18, kind 3), after the scan: انسحب الجيش، الثلاثاء، من معظم البلدات التي
/// توغل فيها جنوب لبنان. A withdrawal with no recipient is from the country of the first place named after its
/// من in the clause, as an attack with no named target strikes the country of its place. Word kind source.
/// </summary>
internal static class Withdrawals
{
    /// <summary>How far after the trigger من may stand (a time between commas between).</summary>
    private const int Reach = 8;

    /// <summary>How many words after من the place may stand (معظم البلدات التي توغل فيها جنوب لبنان).</summary>
    private const int PlaceWords = 8;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Mode != "withdraw" || e.Event != PloverType.Retreat || !e.Recipient.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0, var end))
            {
                return e;
            }

            var (_, b) = doc.Sentence(e.Sentence);
            for (var t = end; t < Math.Min(b, end + Reach); t++)
            {
                if (Tokens.Is(doc, t, ArgumentCue.Source))
                {
                    return Tokens.MentionWithin(doc, t + 1, PlaceWords, b) is { } place && PlaceCountry(doc, place.Mention.Entity) is { } id
                        && country(id) is var side && !e.Actor.Contains(side) && !e.Actor.Any(x => Tokens.CountryOf(doc, x) == id)
                        ? e with { Recipient = [side] } : e;
                }

                // The subject after the verb is passed over (انسحب الجيش الإسرائيلي، الثلاثاء، من).
                if (doc.MentionAt(t) is { } named && Tokens.NamesActor(doc, e, named.Entity))
                {
                    t = named.End - 1;
                    continue;
                }

                if (doc.MentionAt(t) is not null || !(doc.InTime[t] || Tokens.IsComma(doc, t)))
                {
                    return e;
                }
            }

            return e;
        });

    /// <summary>The country a place or a country names; null for any other side.</summary>
    private static string? PlaceCountry(EventDocument doc, EntityRecord entity) =>
        entity.Type is EntityType.Country ? entity.Id : entity.Type is EntityType.Location ? entity.Country : null;
}
