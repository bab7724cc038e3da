using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;

namespace Marsad.Events.Merging;

/// <summary>
/// One statement, however many verbs of its sentence tell it: رحب الوزير بالقرار وشكر الدول الأوروبية، رحبت الحكومة
/// بالخطوة وشكرت قطر، وصل رئيس الوزراء في زيارة يلتقي خلالها الرئيس. A second verb of the same kind in the sentence
/// shares the first one's subject, which the text leaves unsaid, so the argument passes give it what they find
/// nearest: the first event's recipient as its actor, or the actor's own country as its recipient. Told beside
/// the first event, with no side of its own, it is the same occurrence told twice (issue 18: duplicates and
/// second events from one act). Runs after <see cref="SameActs"/>, over the whole document once.
/// </summary>
/// <remarks>
/// A later event B of a sentence is merged into an earlier event A of that sentence when they have the same type,
/// neither is an ASSAULT or a PROTEST (one attack or protest is told by <see cref="SameActs"/> and the event
/// model, and two attacks between the same sides, an exchange of fire, are two), A has an actor, both say it
/// happened or neither does, B is not dated apart from A by its own text, every actor of B is a side of A, every
/// recipient of B is a side of A or the country of one, and B does not turn A around: an actor of B among A's recipients with
/// a recipient of B among A's actors or their countries (اتهمت بغداد أنقرة … فيما اتهمت أنقرة بغداد) is a second
/// statement by the other side. A keeps its sides and takes B's trigger as support. Frozen and thread-safe.
/// </remarks>
internal static class RetoldActs
{
    /// <summary>The document's events with each second telling of a statement merged into the first.</summary>
    public static ImmutableArray<EventRecord> Merge(ImmutableArray<EventRecord> events, ImmutableArray<EntityRecord> entities)
    {
        ImmutableArray<EventRecord>.Builder? merged = null;
        bool[]? gone = null;
        for (var b = 0; b < events.Length; b++)
        {
            var second = merged is null ? events[b] : merged[b];
            if (second.Event is PloverType.Assault or PloverType.Protest || !second.Supports.IsDefaultOrEmpty)
            {
                continue;
            }

            for (var a = 0; a < events.Length; a++)
            {
                if (a == b || (gone is not null && gone[a]))
                {
                    continue;
                }

                var first = merged is null ? events[a] : merged[a];
                if (!IsRetelling(first, second, entities))
                {
                    continue;
                }

                merged ??= events.ToBuilder();
                gone ??= new bool[events.Length];
                // B's sides are A's or their countries: nothing of them is new to A (and its actor's own country is no recipient).
                merged[a] = Elaborations.Absorb(first, null, second with { Recipient = [] }, null);
                gone[b] = true;
                break;
            }
        }

        return merged is null ? events : Elaborations.Kept(merged, gone!);
    }

    /// <summary>Whether <paramref name="b"/>, told after <paramref name="a"/> in its sentence, tells the same statement.</summary>
    internal static bool IsRetelling(EventRecord a, EventRecord b, ImmutableArray<EntityRecord> entities)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Sentence != b.Sentence || a.Event != b.Event || a.Trigger.Span.Start >= b.Trigger.Span.Start || a.Actor.IsEmpty
            || EventDecision.SaysItHappened(a.Modality) != EventDecision.SaysItHappened(b.Modality)
            || !(b.Date == a.Date || b.DateFrom != DateSource.Text))
        {
            return false;
        }

        // B's actor is one of A's sides itself: a country that is only the home of one of A's sides acting in
        // kind (طرد فرنسا موظفين ردا على قرار الجزائر طرد موظفين) is another act, however alike.
        foreach (var id in b.Actor)
        {
            if (!a.Actor.Contains(id) && !a.Recipient.Contains(id))
            {
                return false;
            }
        }

        foreach (var id in b.Recipient)
        {
            if (!SideOf(id, a, entities))
            {
                return false;
            }
        }

        // The other side answering (its actor one of A's recipients, its recipient A's actor): a statement of its own.
        var turned = !b.Actor.IsEmpty && SideIds.AllIn(b.Actor, a.Recipient)
            && b.Recipient.Any(id => a.Actor.Contains(id) || CountryOfOne(id, a.Actor, entities));
        return !turned;
    }

    // A side of A, or the country of one.
    private static bool SideOf(string id, EventRecord a, ImmutableArray<EntityRecord> entities) =>
        a.Actor.Contains(id) || a.Recipient.Contains(id) || CountryOfOne(id, a.Actor, entities) || CountryOfOne(id, a.Recipient, entities);

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
