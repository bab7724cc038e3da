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
    public static ImmutableArray<EventRecord> Carry(ImmutableArray<EventRecord> events, ImmutableArray<EntityRecord> entities)
    {
        // Most documents have no lead dated by its text, or nothing after it dated by publication: no set is made.
        var lead = -1;
        var published = false;
        for (var k = 0; k < events.Length; k++)
        {
            var e = events[k];
            if (lead < 0 && e.DateFrom == DateSource.Text && e.Date is { Length: 10 } && !e.Actor.IsEmpty && EventDecision.SaysItHappened(e.Modality))
            {
                lead = k;
            }

            published |= lead >= 0 && e.DateFrom == DateSource.Published;
        }

        if (!published)
        {
            return events;
        }

        var story = events[lead];
        var storyActors = Sides(story.Actor, entities);
        var storySides = Sides(story.Recipient, entities);
        storySides.UnionWith(storyActors);
        ImmutableArray<EventRecord>.Builder? result = null;
        for (var k = lead + 1; k < events.Length; k++)
        {
            var e = events[k];
            // Only what the text tells as happened continues the story: a mention (الغارات الروسية خلال سنوات
            // الحرب) or a plan is no part of the day told.
            if (e.DateFrom != DateSource.Published || e.Sentence <= story.Sentence || string.CompareOrdinal(e.Date, story.Date) <= 0
                || !EventDecision.SaysItHappened(e.Modality))
            {
                continue;
            }

            // A verbal reaction by anyone but the story's own actor is news of its own day.
            var continues = AnyIn(e.Actor, storyActors, entities)
                || (!ResponseReferences.IsReaction(e.Event) && (AnyIn(e.Actor, storySides, entities) || AnyIn(e.Recipient, storyActors, entities)));
            if (continues)
            {
                result ??= events.ToBuilder();
                result[k] = e with { Date = story.Date, DateFrom = DateSource.Text };
            }
        }

        return result?.ToImmutable() ?? events;
    }

    // The countries of the sides, or their ids where they have none: a minister and his country are one side of a story.
    private static HashSet<string> Sides(ImmutableArray<string> ids, ImmutableArray<EntityRecord> entities)
    {
        var sides = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            sides.Add(SideOf(id, entities));
        }

        return sides;
    }

    private static bool AnyIn(ImmutableArray<string> ids, HashSet<string> sides, ImmutableArray<EntityRecord> entities)
    {
        foreach (var id in ids)
        {
            if (sides.Contains(SideOf(id, entities)))
            {
                return true;
            }
        }

        return false;
    }

    private static string SideOf(string id, ImmutableArray<EntityRecord> entities)
    {
        for (var k = 0; k < entities.Length; k++)
        {
            if (entities[k].Id == id)
            {
                return entities[k].Country ?? id;
            }
        }

        return id;
    }
}
