using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The story's date carries on (issue 18, kinds 6 and 7). A news paragraph dates its story once, in the lead
/// (استقبل الشرع، الثلاثاء، وفدا روسيا); the sentences after it that tell the same story without a time of their
/// own (وطالب الشرع موسكو …، قوات الأمن أوقفت المحتجين) happened then, not on the day of publication. An event
/// continues the story when its actor is the actor of the story's first dated event, or, unless it is a verbal
/// reaction, when its actor is that event's recipient or it acts on that event's actor; a reaction to the story
/// (أدانت السعودية الهجوم، رحبت سوريا بالقرار) and anyone else's event keep the day of publication. Runs once over the document's events after the scan.
/// </summary>
internal static class StoryDates
{
    /// <summary>The events with the story's date given to those that continue it and were dated only by publication.</summary>
    public static ImmutableArray<EventRecord> Carry(ImmutableArray<EventRecord> events, IReadOnlyList<EntityRecord> entities)
    {
        var lead = -1;
        for (var k = 0; k < events.Length && lead < 0; k++)
        {
            if (events[k].DateFrom == "text" && events[k].Date is { Length: 10 } && !events[k].Actor.IsEmpty && EventDecision.SaysItHappened(events[k].Modality))
            {
                lead = k;
            }
        }

        if (lead < 0 || !events.Any(e => e.DateFrom == "published"))
        {
            return events;
        }

        var story = events[lead];
        var storyActors = Sides(story.Actor, entities);
        var storySides = Sides(story.Actor.AddRange(story.Recipient), entities);
        var result = events.ToBuilder();
        for (var k = lead + 1; k < result.Count; k++)
        {
            var e = result[k];
            // Only what the text tells as happened continues the story: a mention (الغارات الروسية خلال سنوات
            // الحرب) or a plan is no part of the day told.
            if (e.DateFrom != "published" || e.Sentence <= story.Sentence || string.CompareOrdinal(e.Date, story.Date) <= 0
                || !EventDecision.SaysItHappened(e.Modality))
            {
                continue;
            }

            var actors = Sides(e.Actor, entities);
            var recipients = Sides(e.Recipient, entities);
            // A verbal reaction by anyone but the story's own actor is news of its own day.
            var continues = actors.Overlaps(storyActors)
                || (!ResponseReferences.IsReaction(e.Event) && (actors.Overlaps(storySides) || recipients.Overlaps(storyActors)));
            if (continues)
            {
                result[k] = e with { Date = story.Date, DateFrom = "text" };
            }
        }

        return result.ToImmutable();
    }

    // The countries of the sides, or their ids where they have none: a minister and his country are one side of a story.
    private static HashSet<string> Sides(IEnumerable<string> ids, IReadOnlyList<EntityRecord> entities)
    {
        var sides = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            string? country = null;
            foreach (var entity in entities)
            {
                if (entity.Id == id)
                {
                    country = entity.Country;
                    break;
                }
            }

            sides.Add(country ?? id);
        }

        return sides;
    }
}
