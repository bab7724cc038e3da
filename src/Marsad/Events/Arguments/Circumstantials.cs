using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// A participle of circumstance shares the main clause's subject (issue 18, kind 9, the subject of the next clause):
/// after a comma, مطالبة، داعيا، محذرا، متهمة (data/rules/event-arguments.tsv, kind circumstantial) tell what the
/// subject of the sentence did while it spoke or acted (رحبت الحكومة الأوكرانية بالخطوة، مطالبة روسيا بإعادة …؛
/// قالت الوكالة إن …، مطالبة إسرائيل بفتح المعابر), so the event's actor is that subject, and the side the scan read
/// right after the participle as its subject is whom it calls on or accuses, its recipient. The subject is the
/// actor of the sentence's event whose trigger opens it (its main verb, رحبت), else the sentence's first side that
/// is no place (the subject of a speech verb, قالت الوكالة).
/// </summary>
internal static class Circumstantials
{
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, int datelineEnd) =>
        EventEdits.Each(doc, events, e =>
        {
            if (doc.TokensOf(e.Trigger.Span) is not (> 0 and var i, _) || !Tokens.IsComma(doc, i - 1) || !Tokens.Is(doc, i, ArgumentCue.Circumstantial))
            {
                return e;
            }

            var (a, _) = doc.Sentence(e.Sentence);
            if (Subject(doc, events, e, Math.Max(a, datelineEnd), i - 1) is not { IsEmpty: false } subject || subject.SequenceEqual(e.Actor))
            {
                return e;
            }

            // The scan's actor standing right after the participle (behind titles at most) is its object.
            var next = Tokens.MentionWithin(doc, i + 1, 2, doc.Sentence(e.Sentence).End);
            var addressed = e.Recipient.IsEmpty && next is { } n && e.Actor.Contains(n.Mention.Entity.Id);
            return e with { Actor = subject, Recipient = addressed ? e.Actor : e.Recipient };
        });

    /// <summary>The subject of the main clause in tokens [start, end): the actor of an event whose trigger comes before any side, else the first side that is no place.</summary>
    private static ImmutableArray<string>? Subject(EventDocument doc, ImmutableArray<EventRecord> events, EventRecord e, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            foreach (var other in events)
            {
                if (other.Sentence == e.Sentence && !ReferenceEquals(other, e) && !other.Actor.IsEmpty && doc.TokensOf(other.Trigger.Span).First == t)
                {
                    return other.Actor;
                }
            }

            if (doc.MentionAt(t) is { } mention)
            {
                return mention.Entity.Type == EntityType.Location ? null : [mention.Entity.Id];
            }
        }

        return null;
    }
}
