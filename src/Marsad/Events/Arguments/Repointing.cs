using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// A response follows the actor its referent has after the passes (issue 18, kind 5). The scan gives a reaction
/// that refers back (وأدانت السعودية ومصر الهجوم) the actor of the earlier event as the scan knew it; when a pass
/// after the scan codes that event's actor anew (مسيرات تابعة لقوات الدعم السريع: the owner of the drones, not
/// their target), the reaction's recipient is the new actor. The referent is the last event of the pointed
/// type told as happened before the reaction's sentence; only a referent whose actor the passes changed is read.
/// </summary>
internal static class Repointing
{
    /// <param name="scanned">The events as the scan coded them, in the order of <paramref name="events"/>.</param>
    /// <param name="pointed">The responses the scan pointed back, with the type of event pointed at (<see cref="ResponseReferences.PointedBack"/>).</param>
    public static ImmutableArray<EventRecord> Apply(ImmutableArray<EventRecord> scanned, ImmutableArray<EventRecord> events, IReadOnlyList<(string Response, PloverType Type)> pointed)
    {
        if (pointed.Count == 0 || scanned.Length != events.Length)
        {
            return events;
        }

        ImmutableArray<EventRecord>.Builder? changed = null;
        foreach (var (response, type) in pointed)
        {
            var r = IndexOf(events, response);
            if (r < 0 || Referent(events, type, events[r].Sentence) is not (>= 0 and var x)
                || scanned[x].Actor.SequenceEqual(events[x].Actor) || events[x].Actor.IsEmpty)
            {
                continue;
            }

            var reaction = (changed ?? (IList<EventRecord>)events)[r];
            var recipient = events[x].Actor.Where(a => !reaction.Actor.Contains(a)).ToImmutableArray();
            if (!recipient.IsEmpty && !recipient.SequenceEqual(reaction.Recipient))
            {
                changed ??= events.ToBuilder();
                changed[r] = reaction with { Recipient = recipient };
            }
        }

        return changed?.ToImmutable() ?? events;
    }

    private static int IndexOf(ImmutableArray<EventRecord> events, string id)
    {
        for (var k = 0; k < events.Length; k++)
        {
            if (events[k].Id == id)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The last event of the type told as happened in a sentence before <paramref name="sentence"/>.</summary>
    private static int Referent(ImmutableArray<EventRecord> events, PloverType type, int sentence)
    {
        var found = -1;
        for (var k = 0; k < events.Length; k++)
        {
            if (events[k].Event == type && events[k].Sentence < sentence && EventDecision.SaysItHappened(events[k].Modality))
            {
                found = k;
            }
        }

        return found;
    }
}
