using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events;

/// <summary>
/// A merge made before the doer was known, undone (issue 18, GSR actor sector). The scan makes two attacks of one
/// sentence one when the sides of one hold the other's (<see cref="SentenceMerges.Merge"/>); an attack with no actor
/// yet holds nothing against any other. But the passes after the decision name some doers the scan could not: a
/// force named by what it is (<c>AgentNouns</c>: قام عدد من الجنود بقتل المدنيين) or a force the knowledge base gives
/// no country (<c>UnplacedForces</c>: وقتلت قوات الأمن واحدا منهم). An attack the merge took in, once those passes
/// name its actor and that actor is not the holder's, is an attack of its own (the soldiers' killing, not the bomb
/// that killed one of them) and comes back beside its holder; with no actor, or the holder's, it stays merged.
/// Frozen and thread-safe (no state).
/// </summary>
internal static class Unmerges
{
    /// <param name="events">The document's events after the passes.</param>
    /// <param name="absorbed">The attacks the merges took in, after the same passes, in the order they were taken in.</param>
    /// <param name="holders">The id of the event that held each of <paramref name="absorbed"/>.</param>
    public static ImmutableArray<EventRecord> Restore(ImmutableArray<EventRecord> events, ImmutableArray<EventRecord> absorbed, IReadOnlyList<string> holders)
    {
        ImmutableArray<EventRecord>.Builder? restored = null;
        for (var k = 0; k < absorbed.Length; k++)
        {
            var back = absorbed[k];
            var list = (IReadOnlyList<EventRecord>?)restored ?? events;
            var at = IndexOf(list, holders[k]);
            if (at < 0 || back.Actor.IsEmpty || SideIds.AllIn(back.Actor, list[at].Actor))
            {
                continue;
            }

            restored ??= events.ToBuilder();
            // Beside its holder, after what came back to it before (events of the same sentence).
            var place = at + 1;
            while (place < restored.Count && absorbed.Contains(restored[place]))
            {
                place++;
            }

            restored.Insert(place, back);
        }

        return restored?.ToImmutable() ?? events;
    }

    private static int IndexOf(IReadOnlyList<EventRecord> events, string id)
    {
        for (var k = 0; k < events.Count; k++)
        {
            if (events[k].Id == id)
            {
                return k;
            }
        }

        return -1;
    }
}
