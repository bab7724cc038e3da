using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The two parties of a meeting or an agreement (issue 18, kinds 7 and 9), after the scan. A subject of two
/// sides joined by و before a meeting, a deal or a ceasefire (عقد المبعوث فلان ووزير الخارجية فلان جولة من
/// المحادثات، توصلت الحكومة والحركة إلى اتفاق) is both parties: the first named acts and the second
/// receives, as the scan codes a reciprocal side; two subjects the scan put both in the actor (بحث فلان
/// وفلان) are split so. A dual noun for the two sides (واتفق الجانبان، وبحث الوزيران; kind pair) names the
/// two sides of the last meeting the document told, not the last two countries it named.
/// </summary>
internal static class Parties
{
    /// <summary>How far before the trigger the coordinated subject may begin (a time and the object between: عقد …، السبت، جولة من المحادثات).</summary>
    private const int SubjectBefore = 18;

    /// <summary>How far before the trigger a dual subject may stand (واتفق الجانبان على تشكيل لجنة).</summary>
    private const int PairBefore = 10;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events)
    {
        ImmutableArray<EventRecord>.Builder? changed = null;
        for (var k = 0; k < events.Length; k++)
        {
            var e = events[k];
            if (!Reciprocal(e) || e.Sentence < 0 || e.Sentence >= doc.SentenceCount || doc.TokensOf(e.Trigger.Span).First < 0)
            {
                continue;
            }

            (string First, string Second)? sides = PairSubject(doc, e) ? LastMeeting(changed?.ToImmutable() ?? events, k) : Coordinated(doc, e);
            if (sides is null && e.Actor.Length == 2 && e.Recipient.IsEmpty)
            {
                sides = (e.Actor[0], e.Actor[1]);
            }

            if (sides is { } pair && !(e.Actor.SequenceEqual([pair.First]) && e.Recipient.SequenceEqual([pair.Second])))
            {
                changed ??= events.ToBuilder();
                changed[k] = e with { Actor = [pair.First], Recipient = [pair.Second] };
            }
        }

        return changed?.ToImmutable() ?? events;
    }

    /// <summary>Events between two sides that each take part in alike: meetings, agreements, cooperation, a ceasefire.</summary>
    private static bool Reciprocal(EventRecord e) =>
        e.Event is PloverType.Consult or PloverType.Agree or PloverType.Cooperate || (e.Event == PloverType.Retreat && e.Mode == "ceasefire");

    /// <summary>The nearest two sides joined by و before the trigger in its sentence, with no other side between them and the trigger.</summary>
    private static (string, string)? Coordinated(EventDocument doc, EventRecord e)
    {
        var (a, _) = doc.Sentence(e.Sentence);
        var first = doc.TokensOf(e.Trigger.Span).First;
        for (var t = first - 1; t >= Math.Max(a, first - SubjectBefore); t--)
        {
            if (doc.MentionAt(t) is not { } second)
            {
                continue;
            }

            // The last side before the trigger: the second of the pair, its و on its first word or its titles' (ووزير الخارجية فلان).
            // The side may be named twice in a row, by its role and its name (وزير الخارجية الإيراني عباس عراقجي).
            for (var c = t; c >= Math.Max(a, t - 5); c--)
            {
                if (!doc.IsWord(c))
                {
                    return null;
                }

                if (c < t && doc.MentionAt(c) is { } other && other.Entity.Id != second.Entity.Id)
                {
                    break;
                }

                // The و opens the second side's phrase (وحركة حماس، ووزير الخارجية فلان، وقوات الدعم السريع),
                // not a clause of its own that names the side later (واستدعاء سفيرها لدى الجزائر).
                if (ArgumentLexicon.Default.StartsWith(doc.Word(c), ArgumentCue.Conjunction)
                    && (doc.MentionAt(c)?.Entity.Id == second.Entity.Id || (c + 1 < first && doc.MentionAt(c + 1)?.Entity.Id == second.Entity.Id))
                    && FirstSideEndingAt(doc, a, c) is { } firstSide
                    && Party(firstSide) && Party(second.Entity) && firstSide.Id != second.Entity.Id)
                {
                    return (firstSide.Id, second.Entity.Id);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>The side whose mention ends right before token <paramref name="end"/>.</summary>
    private static EntityRecord? FirstSideEndingAt(EventDocument doc, int a, int end)
    {
        for (var t = end - 1; t >= Math.Max(a, end - 8); t--)
        {
            if (doc.MentionAt(t) is { } mention)
            {
                return mention.End == end ? mention.Entity : null;
            }
        }

        return null;
    }

    /// <summary>A side that can meet or agree: anyone but a place (في عمان وبغداد names where, not who).</summary>
    private static bool Party(EntityRecord entity) => entity.Type != EntityType.Location;

    /// <summary>Whether a dual noun for two sides is the event's subject: right after the trigger, or before it with no other side between.</summary>
    private static bool PairSubject(EventDocument doc, EventRecord e)
    {
        var (a, b) = doc.Sentence(e.Sentence);
        var (first, end) = doc.TokensOf(e.Trigger.Span);
        for (var t = end; t < Math.Min(b, end + 2); t++)
        {
            if (Tokens.Is(doc, t, ArgumentCue.Pair))
            {
                return true;
            }
        }

        for (var t = first - 1; t >= Math.Max(a, first - PairBefore); t--)
        {
            if (Tokens.Is(doc, t, ArgumentCue.Pair))
            {
                return true;
            }

            if (doc.MentionAt(t) is not null || !doc.IsWord(t))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The two sides of the last meeting before event <paramref name="k"/> with an actor and a recipient.</summary>
    private static (string, string)? LastMeeting(ImmutableArray<EventRecord> events, int k)
    {
        for (var m = k - 1; m >= 0; m--)
        {
            var meeting = events[m];
            if (meeting.Event == PloverType.Consult && meeting.Sentence < events[k].Sentence && !meeting.Actor.IsEmpty && !meeting.Recipient.IsEmpty
                && meeting.Actor[0] != meeting.Recipient[0])
            {
                return (meeting.Actor[0], meeting.Recipient[0]);
            }
        }

        return null;
    }
}
