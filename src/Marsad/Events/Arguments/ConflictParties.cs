using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// A call on the sides of a conflict the text names only as its sides (issue 18, a recipient named by a phrase that
/// refers back): in دعت الوزارة طرفي النزاع إلى …، دعت البعثة جميع الأطراف إلى … the addressee is no entity, but news
/// calls so on the parties of the conflict it tells of, and CAMEO codes such a call as addressed to the country the
/// conflict is in: where the event happened, else the first country the document names twice, the caller's own
/// passed over (an outsider calls on the sides; a side does not call on itself). Words typed <c>party-noun</c> in
/// data/rules/event-arguments.tsv.
/// </summary>
internal static class ConflictParties
{
    /// <summary>How many words may stand between the caller's mention and the party noun (جميع، كل).</summary>
    private const int Gap = 2;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event is not PloverType.Request || !e.Recipient.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0, var end))
            {
                return e;
            }

            var (_, b) = doc.Sentence(e.Sentence);
            var words = 0;
            for (var t = end; t < b && words <= Gap; t++)
            {
                // A time set off by commas (دعت الوزارة، اليوم الخميس، طرفي النزاع) stands outside the phrase.
                if (doc.InTime[t] || Tokens.IsCommaBesideTime(doc, t, b))
                {
                    continue;
                }

                if (!doc.IsWord(t) || doc.IsBoundary(t))
                {
                    return e;
                }

                // The caller named after its verb (ودعت الرياض طرفي النزاع) is passed over whole; any other side ends the search.
                if (doc.MentionAt(t) is { } named)
                {
                    if (!Tokens.NamesActor(doc, e, named.Entity))
                    {
                        return e;
                    }

                    t = named.End - 1;
                    continue;
                }

                if (Tokens.Is(doc, t, ArgumentCue.PartyNoun))
                {
                    return Conflict(doc, e) is { } where ? e with { Recipient = [country(where)] } : e;
                }

                words++;
            }

            return e;
        });

    /// <summary>
    /// The country the conflict is in: where the call was made if that is not the caller's own country, else the
    /// first country the document names twice that is not the caller's (ودعت الرياض طرفي النزاع in a story of Sudan).
    /// </summary>
    private static string? Conflict(EventDocument doc, EventRecord e)
    {
        bool Own(string id) => e.Actor.Any(a => a == id || Tokens.CountryOf(doc, a) == id);
        return e.Place?.Country is { } place && !Own(place) ? place : doc.CountryNamedTwiceBut(Own);
    }
}
