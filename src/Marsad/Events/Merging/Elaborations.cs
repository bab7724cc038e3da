using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Events.Merging;

/// <summary>
/// One event, however many sentences tell it: a later sentence that only elaborates an event the document has
/// already reported (what the protesters chanted or burned, how many the attack killed, where the sit-in
/// stood) adds its detail to that event and its sentence to the event's <see cref="EventRecord.Supports"/>,
/// instead of standing as an event of its own. The last pass of the coder, over the whole document.
/// </summary>
/// <remarks>
/// An event B of a later sentence is merged into the nearest earlier event A when all of these hold:
/// <list type="bullet">
/// <item>they have the same type, and A says it happened (modality none, <c>historical</c> or <c>reported</c>);</item>
/// <item>B is told as having happened or only in passing (<c>background</c>): not a future, negated,
///   hypothetical or generic act, which is no detail of a past one;</item>
/// <item>B reads as told before: it has no actor of its own, or its trigger carries the article (الهجوم،
///   المتظاهرون: a thing already named), or it is mentioned only in passing; a new actor-bearing verb
///   (وشنت مسيرات غارات) is a new event;</item>
/// <item>B's sides fit A's: its actor is none, a crowd of protesters, or among A's actors; its recipient is
///   none, or A has none, or they share one;</item>
/// <item>B's time fits A's: it has A's date, or it is not dated by its own text and A is not an old event
///   (<c>historical</c>: an undated later sentence reads as the news, not as more of what happened years ago);</item>
/// <item>B's place fits A's, each counted only when its own sentence names it (a place from the dateline says
///   nothing of where an elaboration happened): either names none, they are the same place, or one is only a
///   country and the other lies in it.</item>
/// </list>
/// A noun with the article and no actor that names an earlier act of its type again (<see cref="BacksOnto"/>: أدانت
/// الحكومة الهجوم) is merged whatever its own modality and place, and also when A is told earlier in its sentence.
/// A takes from B what it lacks: actors, recipients, a place (or a finer one in the same country) and a
/// mode. Frozen and thread-safe (no state).
/// </remarks>
internal static class Elaborations
{
    /// <summary>The document's events with its elaborations merged; <paramref name="entities"/> and <paramref name="sentences"/> tell where a place is named.</summary>
    public static ImmutableArray<EventRecord> Merge(ImmutableArray<EventRecord> events, ImmutableArray<EntityRecord> entities, ImmutableArray<TextSpan> sentences)
    {
        // Nothing is made for a document with nothing to merge (most of them): the events are looked at in
        // place, and the list, the marks and the places are made at the first merge.
        ImmutableArray<EventRecord>.Builder? merged = null;
        bool[]? gone = null;

        // The place each event's own sentence names (null when its place came from elsewhere: the dateline, a
        // host capital), found when first asked: an elaboration's place taken from the dateline says nothing
        // of where it happened.
        EventPlace?[]? own = null;
        bool[]? found = null;
        EventPlace? Own(int k)
        {
            own ??= new EventPlace?[events.Length];
            found ??= new bool[events.Length];
            if (!found[k])
            {
                own[k] = OwnPlace(merged is null ? events[k] : merged[k], entities, sentences);
                found[k] = true;
            }

            return own[k];
        }

        for (var b = 1; b < events.Length; b++)
        {
            var later = events[b];
            var checkedLater = false;
            bool? definite = null;
            for (var a = b - 1; a >= 0; a--)
            {
                var earlier = merged is null ? events[a] : merged[a];
                if ((gone is not null && gone[a]) || earlier.Sentence > later.Sentence || !Fits(earlier, later))
                {
                    continue;
                }

                // Whether the later trigger has the article is asked once, and only of a pair that fits (it makes a string).
                definite ??= later.Actor.IsEmpty && Definite(later.Trigger.Text);
                var back = definite.Value && BacksOnto(earlier, later);
                if (!(earlier.Sentence < later.Sentence || back))
                {
                    continue;
                }

                if (!back && !checkedLater && !MayElaborate(later))
                {
                    break;
                }

                checkedLater = !back;
                if (!back && !PlacesFit(Own(a), Own(b)))
                {
                    continue;
                }

                merged ??= events.ToBuilder();
                gone ??= new bool[events.Length];
                merged[a] = Absorb(earlier, Own(a), later, Own(b));
                own![a] ??= own[b];
                gone[b] = true;
                break;
            }
        }

        if (merged is null)
        {
            return events;
        }

        return Kept(merged, gone!);
    }

    /// <summary>The events left once those marked gone are folded into others, in their order.</summary>
    internal static ImmutableArray<EventRecord> Kept(ImmutableArray<EventRecord>.Builder merged, bool[] gone)
    {
        var kept = ImmutableArray.CreateBuilder<EventRecord>(merged.Count);
        for (var k = 0; k < merged.Count; k++)
        {
            if (!gone[k])
            {
                kept.Add(merged[k]);
            }
        }

        return kept.ToImmutable();
    }

    /// <summary>
    /// Whether B names A again: B is a noun with the article and no actor of its own (الهجوم، الغارة) told after A,
    /// in a later sentence or later in A's own. Such a noun is the act already told, whatever its own clause
    /// does to it (أدانت الهجوم، لم تتبن أي جهة الهجوم، لمنع تكرار الهجوم) and whatever place that clause names
    /// (the condemner's, not the attack's), so neither its modality nor its sentence's place keeps it apart.
    /// </summary>
    /// <remarks>The caller has asked that B has no actor and its trigger the article; this asks the order.</remarks>
    private static bool BacksOnto(EventRecord a, EventRecord b) =>
        a.Sentence < b.Sentence || (a.Sentence == b.Sentence && a.Trigger.Span.End <= b.Trigger.Span.Start);

    /// <summary>Whether an event may be the detail of one told before: happened or in passing, and read as told before.</summary>
    private static bool MayElaborate(EventRecord e)
    {
        var background = false;
        foreach (var m in e.Modality)
        {
            if (m == EventModality.Background)
            {
                background = true;
            }
            else if (m is not (EventModality.Historical or EventModality.Reported))
            {
                return false;
            }
        }

        return background || e.Actor.IsEmpty || OnlyCrowd(e.Actor) || Definite(e.Trigger.Text);
    }

    private static bool Fits(EventRecord a, EventRecord b) =>
        a.Event == b.Event
        && EventDecision.SaysItHappened(a.Modality)
        && (b.Actor.IsEmpty || OnlyCrowd(b.Actor) || SideIds.AllIn(b.Actor, a.Actor))
        && (b.Recipient.IsEmpty || a.Recipient.IsEmpty || Shared(a.Recipient, b.Recipient))
        && (b.Date == a.Date || (b.DateFrom != DateSource.Text && !a.Modality.Contains(EventModality.Historical)));

    private static bool Shared(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        foreach (var id in b)
        {
            if (a.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PlacesFit(EventPlace? a, EventPlace? b) =>
        a is null || b is null || a.Id == b.Id
        || (a.Country is not null && a.Country == b.Country && (a.Precision == PlacePrecision.Country || b.Precision == PlacePrecision.Country));

    /// <summary>The event's place when its own sentence names it (a mention of the place's entity inside the sentence), else null.</summary>
    private static EventPlace? OwnPlace(EventRecord e, ImmutableArray<EntityRecord> entities, ImmutableArray<TextSpan> sentences)
    {
        if (e.Place is not { } place || e.Sentence < 0 || e.Sentence >= sentences.Length)
        {
            return null;
        }

        var sentence = sentences[e.Sentence];
        foreach (var entity in entities)
        {
            if (entity.Id != place.Id)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (mention.Span.Start >= sentence.Start && mention.Span.End <= sentence.End)
                {
                    return place;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A with B's sentence as support and what A lacked taken from B: its place when A's own sentence names none
    /// (or only A's country) and B's does.
    /// </summary>
    internal static EventRecord Absorb(EventRecord a, EventPlace? ownA, EventRecord b, EventPlace? ownB)
    {
        var place = a.Place;
        if (ownB is { } named && (ownA is null || (ownA.Precision == PlacePrecision.Country && named.Precision != PlacePrecision.Country)))
        {
            place = named;
        }

        // B is later than every event merged so far, so it carries no supports of its own.
        var supports = (a.Supports.IsDefault ? [] : a.Supports).Add(new EventSupport(b.Sentence, b.Trigger));
        return a with
        {
            Actor = a.Actor.IsEmpty ? b.Actor : a.Actor,
            Recipient = a.Recipient.IsEmpty ? b.Recipient : a.Recipient,
            Mode = a.Mode ?? b.Mode,
            Place = place,
            Supports = supports,
        };
    }

    /// <summary>Whether every actor is a crowd of protesters (group/protesters, placed or not): no side of its own.</summary>
    private static bool OnlyCrowd(ImmutableArray<string> actors)
    {
        foreach (var id in actors)
        {
            if (!id.StartsWith(SentenceMerges.ProtestersId, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return !actors.IsEmpty;
    }

    private static bool Definite(string trigger)
    {
        var first = trigger.AsSpan();
        var space = first.IndexOf(' ');
        if (space > 0)
        {
            first = first[..space];
        }

        return DecisionRules.HasArticle(ArabicNormalizer.Normalize(first.ToString()));
    }
}
