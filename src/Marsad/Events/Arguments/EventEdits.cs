using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>How a pass after the scan rewrites the document's events, written once for all of them.</summary>
internal static class EventEdits
{
    /// <summary>
    /// Offers <paramref name="edit"/> each event told in one of the document's sentences (an event the scan
    /// placed elsewhere has no tokens to read) and keeps what it returns; the list is copied only when an edit
    /// returns another record, so a document no pass touches costs no copy.
    /// </summary>
    public static ImmutableArray<EventRecord> Each(EventDocument doc, ImmutableArray<EventRecord> events, Func<EventRecord, EventRecord> edit)
    {
        ImmutableArray<EventRecord>.Builder? changed = null;
        for (var k = 0; k < events.Length; k++)
        {
            var e = events[k];
            if (e.Sentence < 0 || e.Sentence >= doc.SentenceCount)
            {
                continue;
            }

            var edited = edit(e);
            if (!ReferenceEquals(edited, e))
            {
                changed ??= events.ToBuilder();
                changed[k] = edited;
            }
        }

        return changed?.ToImmutable() ?? events;
    }
}
