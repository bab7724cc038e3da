using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Whose words a reaction rejects or condemns (issue 18, kind 4), after the scan: رفضت الخارجية الاتهامات المصرية،
/// أدان الوزير التصريحات الإسرائيلية. A rejection or accusation with no recipient whose object, right after its
/// verb and subject, is a noun of words or claims with a nationality after it has that country as recipient.
/// Word kind rejected-noun.
/// </summary>
internal static class RejectedWords
{
    /// <summary>How far after the trigger's first word its object may stand (its subject between: رفضت وزارة الخارجية الإثيوبية الاتهامات).</summary>
    private const int Reach = 8;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event is not (PloverType.Reject or PloverType.Accuse) || !e.Recipient.IsEmpty || doc.TokensOf(e.Trigger.Span) is not (>= 0 and var first, _))
            {
                return e;
            }

            var (_, b) = doc.Sentence(e.Sentence);
            for (var t = first + 1; t + 1 < b && t <= first + Reach; t++)
            {
                if (Tokens.Is(doc, t, ArgumentCue.RejectedNoun))
                {
                    return doc.AdjectiveAt[t + 1] is { } nationality && country(nationality.Id) is var side
                        && !e.Actor.Contains(side) && !e.Actor.Any(id => Tokens.CountryOf(doc, id) == nationality.Id)
                        ? e with { Recipient = [side] } : e;
                }

                if (doc.IsBoundary(t) || !doc.IsWord(t))
                {
                    return e;
                }
            }

            return e;
        });
}
