using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;

namespace Marsad.Events.Merging;

/// <summary>
/// One act, however many words of its sentence name it: استهدف مقاتلو الكتائب دبابة بقذيفة، اغتيال القائد في
/// غارة استهدفت مقر إقامته. The instrument or a second verb of the same act is coded as an event of the same
/// type with no actor of its own, and the argument passes then give it the country where it happened as its
/// recipient; standing beside the event that names who acted, it is the same occurrence told twice. Runs over
/// the whole document once every pass has given the events their sides, before <see cref="Elaborations"/>.
/// </summary>
/// <remarks>
/// An event B is merged into an event A of its sentence when they have the same type, A has an actor and says
/// it happened, B has no actor or only A's (the argument passes give a second verb of one act, وبحثت after
/// التقت, the sides of the first but not all of them; with the same sides the earlier is kept), every
/// recipient of B is one of A's, the country of one of A's recipients or the
/// country of A's place (the target placed in its country, not a side of its own), and B is not dated apart
/// from A by its own text. A keeps its sides and takes B's sentence as support and what it lacked (a mode).
/// Two acts of one sentence each with its own actor, or an actor-less act against a side A does not have
/// (قصفت المدفعية قرى … وقتل جنديان بانفجار عبوة استهدفت دوريتهم: the soldiers' country), stay apart.
/// Frozen and thread-safe (no state).
/// </remarks>
internal static class SameActs
{
    /// <summary>The document's events with each actor-less second naming of an act merged into the act.</summary>
    public static ImmutableArray<EventRecord> Merge(ImmutableArray<EventRecord> events, ImmutableArray<EntityRecord> entities)
    {
        // Nothing is made for a document with nothing to merge (most of them).
        ImmutableArray<EventRecord>.Builder? merged = null;
        bool[]? gone = null;
        for (var b = 0; b < events.Length; b++)
        {
            var second = merged is null ? events[b] : merged[b];
            // An event that has taken another in is an act of its own.
            if (!second.Supports.IsDefaultOrEmpty)
            {
                continue;
            }

            for (var a = 0; a < events.Length; a++)
            {
                if (a == b || (gone is not null && gone[a]))
                {
                    continue;
                }

                var act = merged is null ? events[a] : merged[a];
                if (act.Sentence != second.Sentence || act.Event != second.Event || act.Actor.IsEmpty
                    || !SideIds.AllIn(second.Actor, act.Actor)
                    || (second.Actor.Length == act.Actor.Length && second.Recipient.Length == act.Recipient.Length && a > b)
                    || !EventDecision.SaysItHappened(act.Modality)
                    || !(second.Date == act.Date || second.DateFrom != DateSource.Text)
                    || !RecipientsWithin(second, act, entities))
                {
                    continue;
                }

                merged ??= events.ToBuilder();
                gone ??= new bool[events.Length];
                merged[a] = Elaborations.Absorb(act, null, second, null);
                gone[b] = true;
                break;
            }
        }

        if (merged is null)
        {
            return events;
        }

        return Elaborations.Kept(merged, gone!);
    }

    // Every recipient of B is a recipient of A, the country of one, or the country of A's place.
    private static bool RecipientsWithin(EventRecord b, EventRecord a, ImmutableArray<EntityRecord> entities)
    {
        foreach (var id in b.Recipient)
        {
            if (!a.Recipient.Contains(id) && id != a.Place?.Country && !CountryOfOne(id, a.Recipient, entities))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CountryOfOne(string country, ImmutableArray<string> ids, ImmutableArray<EntityRecord> entities)
    {
        foreach (var entity in entities)
        {
            if (entity.Country == country && ids.Contains(entity.Id))
            {
                return true;
            }
        }

        return false;
    }
}
