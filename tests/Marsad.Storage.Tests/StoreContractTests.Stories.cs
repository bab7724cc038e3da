using Marsad.Model;
using Marsad.Storage.Ingest;
using Marsad.Storage.Stories;
using Marsad.Storage.Tests.Stories;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests;

/// <summary>
/// Stories and the breaking rule (docs/MONITORING.md, "Breaking stories") on each backend: a generated stream
/// stored through the real ingest under a simulated clock, and one small story of our own sentences read back
/// with its articles, outlets, entities and events.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void In_a_synthetic_stream_only_the_growing_and_the_fresh_stories_break_and_only_while_they_grow()
    {
        var store = Store("stream");
        var clock = new SimulatedClock();
        var ingestor = new Ingestor(store, TestData.Pipeline, clock);
        var stream = SyntheticStream.Build(TestData.Sentences);
        using var book = StoryBook.Of(store);
        (DateTimeOffset Now, string[] Breaking)[] checkpoints =
        [
            // The steady story is new in its first hours: six articles from three outlets, none before.
            (SyntheticStream.At(0, 5), ["steady"]),
            (SyntheticStream.At(1, 12), []),

            // Twelve articles of one story from one outlet are not news breaking.
            (SyntheticStream.At(2, 13, 30), []),

            // The growing story: 4 articles from 4 outlets against an expected 0.25 (2 in the 47.5 hours before).
            (SyntheticStream.At(2, 15, 30), ["growing"]),

            // 8 articles against 0.24, then the fresh story: first seen in the window, 4 articles from 3 outlets.
            (SyntheticStream.At(2, 17, 30), ["growing", "fresh"]),
            (SyntheticStream.At(3, 9), []),
        ];

        var next = 0;
        foreach (var (now, breaking) in checkpoints)
        {
            for (; next < stream.Count && stream[next].At <= now; next++)
            {
                clock.Now = stream[next].At;
                Assert.Equal(1, ingestor.Store([stream[next].Document]).Summary.Added);
            }

            var all = book.Stories(new StoryQuery { Now = now, Limit = 200 }).List!;
            Assert.All(all.Stories, s => Assert.Single(s.Articles.Select(KindOf).Distinct()));
            // On failure, every story of the window with its growth and articles.
            var dump = string.Join("\n", all.Stories.Select(s => KindOf(s.Articles[0]) + " " + s.Cluster + " " + s.Growth + " " + string.Join(",", s.Articles.Select(a => a.Url + "@" + a.IngestedAt.ToString("dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)))));
            Assert.True(breaking.SequenceEqual(all.Stories.Where(static s => s.Growth.Breaking).Select(static s => KindOf(s.Articles[0]))), dump);
            Assert.Equal(breaking, book.Stories(new StoryQuery { Now = now, BreakingOnly = true }).List!.Stories.Select(static s => KindOf(s.Articles[0])));
        }

        for (; next < stream.Count; next++)
        {
            clock.Now = stream[next].At;
            ingestor.Store([stream[next].Document]);
        }

        var prolific = Assert.Single(book.Stories(new StoryQuery { Now = SyntheticStream.At(2, 13, 30) }).List!.Stories, static s => KindOf(s.Articles[0]) == "prolific");
        Assert.Equal(new StoryGrowth(12, 1, 0, 0, 0, 12, FirstSeen: true, Breaking: false), prolific.Growth);
        var growing = Assert.Single(book.Stories(new StoryQuery { Now = SyntheticStream.At(2, 15, 30) }).List!.Stories, static s => KindOf(s.Articles[0]) == "growing");
        Assert.Equal(new StoryGrowth(4, 4, 2, 47.5, 0.253, 3.193, FirstSeen: false, Breaking: true), growing.Growth);
        growing = Assert.Single(book.Stories(new StoryQuery { Now = SyntheticStream.At(2, 17, 30) }).List!.Stories, static s => KindOf(s.Articles[0]) == "growing");
        Assert.Equal(new StoryGrowth(8, 4, 2, 49.5, 0.242, 6.439, FirstSeen: false, Breaking: true), growing.Growth);
        var steady = Assert.Single(book.Stories(new StoryQuery { Now = SyntheticStream.At(2, 17, 30) }).List!.Stories, static s => KindOf(s.Articles[0]) == "steady");
        Assert.Equal((6, 3, 60), (steady.Growth.Articles, steady.Growth.Sources, steady.Growth.BaselineArticles));
        Assert.InRange(steady.Growth.Ratio, 0.8, 0.9);
        Assert.Equal(84, book.Stories(new StoryQuery { Now = SyntheticStream.At(3, 12) }).List!.Stories.Single(static s => KindOf(s.Articles[0]) == "steady").Size);
    }

    [Fact]
    public void A_story_comes_with_its_window_s_articles_outlets_entities_and_events()
    {
        var store = Store();
        var now = new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
        store.Add(StoryArticles.GazaRecords(TestData.Pipeline, now));
        using var book = StoryBook.Of(store);

        var list = book.Stories(new StoryQuery { Now = now }).List!;

        Assert.Equal((2, 1), (list.Total, list.Breaking));
        var story = list.Stories[0];
        Assert.Equal(new StoryGrowth(4, 3, 1, 24, 0.25, 3.2, FirstSeen: false, Breaking: true), story.Growth);
        Assert.Equal(5, story.Size);
        Assert.Equal(["https://c.example/5", "https://c.example/4", "https://b.example/3", "https://a.example/2"], story.Articles.Select(static a => a.Url));
        Assert.Equal([new StoryOutlet("c.example", 2, 0), new StoryOutlet("a.example", 1, 1), new StoryOutlet("b.example", 1, 0)], story.Outlets);
        Assert.Contains(story.Entities, static e => e.Entity.Id == "ISR" && e.Documents == 4);
        Assert.Contains(story.Events, static e => e.Event == "ASSAULT" && e.Actor.Any(static a => a.Id == "institution/army/ISR") && e.Reports >= 1);
        Assert.Contains(story.Events, static e => e.Event == "REQUEST" && e.Recipient.Any(static r => r.Id == "ISR") && e.Reports >= 1);
        Assert.False(list.Stories[1].Growth.Breaking);
        Assert.Equal("d.example", Assert.Single(list.Stories[1].Outlets).Name);

        Assert.DoesNotContain(book.Stories(new StoryQuery { Now = now, Since = now.AddMinutes(-10) }).List!.Stories, static s => s.Growth.Breaking);
        Assert.Equal(2, book.Stories(new StoryQuery { Now = now, Limit = 1, Offset = 1 }).List!.Total);
        Assert.Contains("before now", book.Stories(new StoryQuery { Now = now, Since = now }).Error, StringComparison.Ordinal);
    }

    private static string KindOf(StoryArticle article) => new Uri(article.Url!).Segments[1].TrimEnd('/');

    private sealed class SimulatedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
