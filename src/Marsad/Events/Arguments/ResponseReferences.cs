using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Responses point at what they respond to. A definite event noun that is the object of another trigger in
/// its clause (ونددت الخارجية بالهجوم، وأدان الرئيس الغارة) refers back to the event of that type the document
/// already reported: it is no new event, and the response's recipient is that event's actor. One per
/// document; it keeps, by type, the actor of the last event of that type that the text reports as happened.
/// A verbal reaction with no recipient of its own (أدان بأشد العبارات الهجوم، رحب بالخطوة، إدانة المملكة
/// للهجمات) takes the same recipient from the first definite event noun after it in its sentence, wherever
/// the clause rules put that noun (<see cref="PointAfter"/>). A reaction whose object is a noun that names
/// the news without its type (رحب بالخطوة، أدان القرار) points at the article's lead event (<see cref="LeadReferent"/>).
/// </summary>
internal sealed class ResponseReferences
{
    private readonly Dictionary<PloverType, ImmutableArray<string>> _lastActor = [];

    // By type, the actor of the last event of that type with one, however the text tells it (an attack only
    // mentioned, الهجمات الإسرائيلية على إيران, is still the one a later condemnation points at).
    private readonly Dictionary<PloverType, ImmutableArray<string>> _lastMentionedActor = [];

    // The triggers of the current sentence in order: first and end token, type, whether a definite noun.
    private readonly List<(int Start, int End, PloverType Type, bool Definite)> _triggers = [];

    // The responses of the current sentence that point back, by the end token of their trigger: the actor
    // pointed at, and the sides named between the response and the event noun (the response's own).
    private readonly Dictionary<int, (ImmutableArray<string> Actor, ImmutableArray<string> NamedBefore, PloverType Type)> _pointed = [];

    // The responses given a recipient so, by id, with the type of the event they point back at (for <see cref="Repointing"/>).
    private List<(string Response, PloverType Type)>? _pointedBack;

    // The event coded from the trigger that ends at each token of the current sentence, by id.
    private readonly Dictionary<int, string> _idByTriggerEnd = [];

    // The actor of the article's lead event: the first event reported as happened that names its actor.
    private ImmutableArray<string>? _lead;

    /// <summary>
    /// The recipient of a reaction whose object is a reference noun (رحب بالخطوة، أدان القرار): the actor of the
    /// lead event of an earlier sentence, which such a noun names; null for any other type or with no lead yet.
    /// The caller asks whether the object is such a noun.
    /// </summary>
    public ImmutableArray<string>? LeadReferent(PloverType type) =>
        _lead is { } lead && IsReaction(type) ? lead : null;

    /// <summary>The actor of the last reported event of the type in an earlier sentence, if any.</summary>
    public ImmutableArray<string>? EarlierActor(PloverType type) => _lastActor.TryGetValue(type, out var actor) ? actor : null;

    /// <summary>Notes the event coded from the trigger that ends at token <paramref name="end"/>.</summary>
    public void Coded(int end, string id) => _idByTriggerEnd[end] = id;

    /// <summary>Notes a trigger of the current sentence over tokens [start, end).</summary>
    public void Trigger(int start, int end, PloverType type, bool definite) => _triggers.Add((start, end, type, definite));

    /// <summary>
    /// Notes that the trigger ending at <paramref name="responseEnd"/> responds to an event of <paramref name="actor"/>;
    /// <paramref name="namedBefore"/> are the sides named between the response and the event noun.
    /// </summary>
    public void Point(int responseEnd, ImmutableArray<string> actor, ImmutableArray<string> namedBefore, PloverType type) => _pointed[responseEnd] = (actor, namedBefore, type);

    /// <summary>The responses of the document given the actor of an earlier event as recipient, with that event's type.</summary>
    public IReadOnlyList<(string Response, PloverType Type)> PointedBack => _pointedBack ?? (IReadOnlyList<(string, PloverType)>)[];

    /// <summary>
    /// Gives each response of the sentence the actor it points at as its recipient, then remembers the
    /// sentence's reported events for the sentences after it.
    /// </summary>
    public void EndSentence(List<EventRecord> coded)
    {
        foreach (var (end, (actor, namedBefore, type)) in _pointed)
        {
            if (!_idByTriggerEnd.TryGetValue(end, out var id) || IndexOf(coded, id) is not (var k and >= 0)
                || AnyNamedAmong(coded[k].Recipient, namedBefore))
            {
                // A recipient the response names itself, before the event noun (طالب إسرائيل بالانسحاب), stays.
                continue;
            }

            // What the clause names after the event noun belongs to that noun (its target, its place), so the
            // response's recipient is the referent's actor rather than anything found there.
            var recipient = Without(actor, coded[k].Actor);
            if (!recipient.IsEmpty)
            {
                coded[k] = coded[k] with { Recipient = recipient };
                (_pointedBack ??= []).Add((id, type));
            }
        }

        PointAfter(coded);
        _pointed.Clear();
        _idByTriggerEnd.Clear();
        _triggers.Clear();
        foreach (var e in coded)
        {
            if (!e.Actor.IsEmpty && EventDecision.SaysItHappened(e.Modality))
            {
                _lead ??= e.Actor;
                _lastActor[e.Event] = e.Actor;
            }

            if (!e.Actor.IsEmpty)
            {
                _lastMentionedActor[e.Event] = e.Actor;
            }
        }
    }

    /// <summary>
    /// A verbal reaction (<see cref="IsReaction"/>) with no recipient takes the actor of the event an event noun
    /// names: the first definite trigger of another type after it, before the next trigger of its own
    /// sentence that was coded, with an earlier event of its type. The noun is then no new event.
    /// </summary>
    private void PointAfter(List<EventRecord> coded)
    {
        for (var k = 0; k < coded.Count; k++)
        {
            var e = coded[k];
            if (!e.Recipient.IsEmpty || !IsReaction(e.Event) || TriggerEnd(e.Id) is not { } end)
            {
                continue;
            }

            foreach (var (start, nounEnd, type, definite) in _triggers)
            {
                if (start < end)
                {
                    continue;
                }

                var codedHere = _idByTriggerEnd.TryGetValue(nounEnd, out var nounId) ? nounId : null;
                if (codedHere is not null && (!definite || type == e.Event))
                {
                    break;
                }

                if (!definite || type == e.Event || !_lastMentionedActor.TryGetValue(type, out var actor))
                {
                    continue;
                }

                var recipient = Without(actor, e.Actor);
                if (!recipient.IsEmpty)
                {
                    coded[k] = e with { Recipient = recipient };
                    (_pointedBack ??= []).Add((e.Id, type));
                    if (codedHere is not null && IndexOf(coded, codedHere) is var n and >= 0)
                    {
                        coded.RemoveAt(n);
                        k -= n < k ? 1 : 0;
                    }
                }

                break;
            }
        }
    }

    // The helpers below are loops where queries were: a lambda capturing the sentence's events made a closure at
    // every sentence (C# makes it on entering the method), and one capturing an event at every event.

    // The place of the event with the id among the sentence's events, or -1.
    private static int IndexOf(List<EventRecord> coded, string id)
    {
        for (var n = 0; n < coded.Count; n++)
        {
            if (coded[n].Id == id)
            {
                return n;
            }
        }

        return -1;
    }

    // The ids of the actor pointed at that are not the response's own actor, in order (a new array, as the query made).
    private static ImmutableArray<string> Without(ImmutableArray<string> actor, ImmutableArray<string> own)
    {
        var kept = new List<string>(actor.Length);
        foreach (var id in actor)
        {
            if (!own.Contains(id))
            {
                kept.Add(id);
            }
        }

        return [.. kept];
    }

    private static bool AnyNamedAmong(ImmutableArray<string> recipients, ImmutableArray<string> named)
    {
        foreach (var r in recipients)
        {
            if (NamedAmong(r, named))
            {
                return true;
            }
        }

        return false;
    }

    // A recipient id is a side named before the noun as named or placed in a country (institution/army → institution/army/LBN).
    private static bool NamedAmong(string recipient, ImmutableArray<string> named)
    {
        foreach (var n in named)
        {
            if (recipient == n || (recipient.Length > n.Length && recipient.StartsWith(n, StringComparison.Ordinal) && recipient[n.Length] == '/'))
            {
                return true;
            }
        }

        return false;
    }

    // The end token of the coded event's trigger: a loop over the sentence's few triggers, no map made.
    private int? TriggerEnd(string id)
    {
        foreach (var (end, coded) in _idByTriggerEnd)
        {
            if (coded == id)
            {
                return end;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether events of the PLOVER type are verbal reactions to something that happened, which point at its
    /// doer: ACCUSE, SUPPORT, REJECT, THREATEN, REQUEST.
    /// </summary>
    public static bool IsReaction(PloverType type) =>
        type is PloverType.Accuse or PloverType.Support or PloverType.Reject or PloverType.Threaten or PloverType.Request;
}
