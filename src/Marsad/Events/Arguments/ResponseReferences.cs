using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Responses point at what they respond to. A definite event noun that is the object of another trigger in
/// its clause (ونددت الخارجية بالهجوم، وأدان الرئيس الغارة) refers back to the event of that type the document
/// already reported: it is no new event, and the response's recipient is that event's actor. One per
/// document; it keeps, by type, the actor of the last event of that type that the text reports as happened.
/// </summary>
internal sealed class ResponseReferences
{
    private readonly Dictionary<string, ImmutableArray<string>> _lastActor = new(StringComparer.Ordinal);

    // The responses of the current sentence that point back, by the end token of their trigger.
    private readonly Dictionary<int, ImmutableArray<string>> _pointed = [];

    // The event coded from the trigger that ends at each token of the current sentence, by id.
    private readonly Dictionary<int, string> _idByTriggerEnd = [];

    /// <summary>The actor of the last reported event of the type in an earlier sentence, if any.</summary>
    public ImmutableArray<string>? EarlierActor(string type) => _lastActor.TryGetValue(type, out var actor) ? actor : null;

    /// <summary>Notes the event coded from the trigger that ends at token <paramref name="end"/>.</summary>
    public void Coded(int end, string id) => _idByTriggerEnd[end] = id;

    /// <summary>Notes that the trigger ending at <paramref name="responseEnd"/> responds to an event of <paramref name="actor"/>.</summary>
    public void Point(int responseEnd, ImmutableArray<string> actor) => _pointed[responseEnd] = actor;

    /// <summary>
    /// Gives each response of the sentence the actor it points at as its recipient, then remembers the
    /// sentence's reported events for the sentences after it.
    /// </summary>
    public void EndSentence(List<EventRecord> coded)
    {
        foreach (var (end, actor) in _pointed)
        {
            if (!_idByTriggerEnd.TryGetValue(end, out var id) || coded.FindIndex(e => e.Id == id) is not (var k and >= 0))
            {
                continue;
            }

            // What the clause names after the event noun belongs to that noun (its target, its place), so the
            // response's recipient is the referent's actor whatever else was found.
            var recipient = actor.Where(a => !coded[k].Actor.Contains(a)).ToImmutableArray();
            if (!recipient.IsEmpty)
            {
                coded[k] = coded[k] with { Recipient = recipient };
            }
        }

        _pointed.Clear();
        _idByTriggerEnd.Clear();
        foreach (var e in coded)
        {
            if (!e.Actor.IsEmpty && EventDecision.SaysItHappened(e.Modality))
            {
                _lastActor[e.Event] = e.Actor;
            }
        }
    }
}
