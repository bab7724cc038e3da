using Marsad.Storage.Stories;

namespace Marsad.Storage.Tests.Stories;

/// <summary>The breaking rule on arrivals given by hand, "now" passed in: no store and no clock.</summary>
public sealed class StoryRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Since = Now.AddHours(-6);

    private static StoryArrival Hit(string outlet, double hoursAgo) => new(outlet, Now.AddHours(-hoursAgo));

    [Fact]
    public void A_story_first_seen_in_the_window_from_three_outlets_with_four_articles_is_breaking()
    {
        var growth = StoryRule.Measure([Hit("a", 1), Hit("b", 2), Hit("c", 3), Hit("a", 4)], Since, Now, new StoryThresholds());

        Assert.Equal(new StoryGrowth(4, 3, 0, 0, 0, 4, FirstSeen: true, Breaking: true), growth);
    }

    [Fact]
    public void One_outlet_or_too_few_articles_is_never_breaking_however_sharp_the_rise()
    {
        Assert.False(StoryRule.Measure([.. Enumerable.Range(0, 20).Select(i => Hit("a", i * 0.25))], Since, Now, new StoryThresholds()).Breaking);
        Assert.False(StoryRule.Measure([Hit("a", 1), Hit("b", 2), Hit("c", 3)], Since, Now, new StoryThresholds()).Breaking);
    }

    [Fact]
    public void A_story_keeping_its_usual_pace_is_not_breaking_and_the_baseline_counts_only_its_outlets_of_the_window()
    {
        // One article an hour from a, b, c for two days; in the window the same pace, then d joins.
        var steady = Enumerable.Range(0, 54).Select(h => Hit(((char)('a' + (h % 3))).ToString(), h + 0.5)).ToList();
        var growth = StoryRule.Measure(steady, Since, Now, new StoryThresholds());
        Assert.Equal((6, 3, 48, 47.5, 6.063), (growth.Articles, growth.Sources, growth.BaselineArticles, growth.BaselineHours, growth.Expected));
        Assert.False(growth.Breaking);

        var withOthers = steady.Concat(Enumerable.Range(0, 40).Select(h => Hit("z", h + 7))).ToList();
        Assert.Equal(growth, StoryRule.Measure(withOthers, Since, Now, new StoryThresholds()));
    }

    [Fact]
    public void A_young_story_s_pace_is_measured_over_its_own_age_not_the_whole_baseline()
    {
        // Six articles in the 6 hours before the window: 6 expected, not 6 × 6 / 168.
        var growth = StoryRule.Measure([Hit("a", 7), Hit("b", 8), Hit("c", 9), Hit("a", 10), Hit("b", 11), Hit("c", 12), Hit("a", 1), Hit("b", 2), Hit("c", 3), Hit("a", 4)], Since, Now, new StoryThresholds());

        Assert.Equal((6.0, 6.0), (growth.BaselineHours, growth.Expected));
        Assert.False(growth.Breaking);
    }

    [Fact]
    public void Thresholds_and_windows_that_cannot_be_used_are_reported_not_thrown()
    {
        Assert.NotNull(new StoryThresholds { MinRatio = 0 }.Problem());
        Assert.NotNull(new StoryThresholds { BaselineHours = -1 }.Problem());
        Assert.NotNull(new StoryQuery { Now = Now, Since = Now.AddHours(1) }.Problem());
        Assert.NotNull(new StoryQuery { Now = Now, Since = Now.AddDays(-40) }.Problem());
        Assert.Null(new StoryQuery { Now = Now }.Problem());
    }

    [Theory]
    [InlineData("6h", "2026-12-06T12:00:00Z")]
    [InlineData("90m", "2026-12-06T16:30:00Z")]
    [InlineData("2d", "2026-12-04T18:00:00Z")]
    [InlineData("2026-12-06T15:00:00+03:00", "2026-12-06T12:00:00Z")]
    [InlineData("2026-12-06T15:00", "2026-12-06T15:00:00Z")]
    [InlineData("2026-12-06", "2026-12-06T00:00:00Z")]
    public void Since_takes_a_span_back_from_now_or_an_iso_time_in_utc(string text, string expected)
    {
        var (time, error) = StoryTimes.Parse("--since", text, Now);

        Assert.Null(error);
        Assert.Equal(expected, StoryTimes.Write(time!.Value));
    }

    [Theory]
    [InlineData("https://www.aljazeera.net/news/1", "feed.xml", "aljazeera.net")]
    [InlineData(null, "https://Example.COM/a", "example.com")]
    [InlineData(null, "/data/feeds/site.jsonl#12", "/data/feeds/site.jsonl")]
    [InlineData(null, "corpus/site-a/article-1.html", "corpus/site-a")]
    public void An_article_counts_for_its_url_s_host_else_its_file_or_folder(string? url, string source, string outlet) =>
        Assert.Equal(outlet, StoryTimes.Outlet(source, url));
}
