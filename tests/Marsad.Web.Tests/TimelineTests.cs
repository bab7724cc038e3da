using Marsad.Model;
using Marsad.Storage.Search;
using Marsad.Web.Views;

namespace Marsad.Web.Tests;

/// <summary>How timelines bucket events, and how snippets' highlights are found.</summary>
public sealed class TimelineTests
{
    [Fact]
    public void Events_within_92_days_are_counted_per_day_with_empty_days_present()
    {
        var timeline = Timeline.Build([("2025-11-06", "SUPPORT"), ("2025-11-06", "CONSULT"), ("2025-11-08", "SUPPORT"), ("18", "COERCE")]);
        Assert.Equal("day", timeline.Bucket);
        Assert.Equal(["2025-11-06", "2025-11-07", "2025-11-08"], timeline.Points.Select(static p => p.Period));
        Assert.Equal([2, 0, 1], timeline.Points.Select(static p => p.Total));
        Assert.Equal(["CONSULT", "SUPPORT"], timeline.Types);
        Assert.Equal(1, timeline.Earlier);
        Assert.Equal(0, timeline.Unplaced);
    }

    [Fact]
    public void An_event_dated_to_a_part_of_a_day_is_drawn_on_that_day()
    {
        var timeline = Timeline.Build([("2025-10-17TEV", "PROTEST"), ("2025-10-16", "SUPPORT"), ("2025-10-17T14:30", "AGREE")]);
        Assert.Equal("day", timeline.Bucket);
        Assert.Equal(["2025-10-16", "2025-10-17"], timeline.Points.Select(static p => p.Period));
        Assert.Equal([1, 2], timeline.Points.Select(static p => p.Total));
        Assert.Equal(0, timeline.Unplaced);
    }

    [Fact]
    public void Asked_for_the_whole_range_a_year_dated_event_widens_it_to_years_and_is_drawn()
    {
        var timeline = Timeline.Build([("1992", "SUPPORT"), ("2025-11-06", "SUPPORT"), ("2020", "SUPPORT")], whole: true);
        Assert.Equal("year", timeline.Bucket);
        Assert.Equal(34, timeline.Points.Count);
        Assert.Equal(1, timeline.Points.Single(static p => p.Period == "1992").Total);
        Assert.Equal(1, timeline.Points.Single(static p => p.Period == "2025").Total);
        Assert.Equal(0, timeline.Unplaced);
    }

    [Fact]
    public void By_default_events_before_the_recent_year_are_counted_apart_and_the_rest_drawn_per_day_or_month()
    {
        var timeline = Timeline.Build([("1992", "SUPPORT"), ("19", "AGREE"), ("2025-11-06", "SUPPORT"), ("2025-11-08", "ASSAULT"), ("2025-10-01", "AGREE")]);

        Assert.Equal("day", timeline.Bucket);
        Assert.Equal("2025-10-01", timeline.Points[0].Period);
        Assert.Equal("2025-11-08", timeline.Points[^1].Period);
        Assert.Equal(2, timeline.Earlier);
        Assert.Equal((1900, 1999), timeline.EarlierYears);
        Assert.Equal(0, timeline.Unplaced);
    }

    [Fact]
    public void Events_all_within_the_recent_year_leave_nothing_apart()
    {
        var timeline = Timeline.Build([("2024-12-01", "AGREE"), ("2025-11-06", "SUPPORT")]);
        Assert.Equal("month", timeline.Bucket);
        Assert.Equal(0, timeline.Earlier);
        Assert.Null(timeline.EarlierYears);
    }

    [Fact]
    public void A_span_of_months_is_counted_per_month_and_year_only_dates_are_unplaced()
    {
        var timeline = Timeline.Build([("2024-01-15", "AGREE"), ("2025-03", "AGREE"), ("2025-06-30", "ASSAULT"), ("2025", "AGREE")], whole: true);
        Assert.Equal("month", timeline.Bucket);
        Assert.Equal("2024-01", timeline.Points[0].Period);
        Assert.Equal("2025-12", timeline.Points[^1].Period);
        Assert.Equal(1, timeline.Points.Single(static p => p.Period == "2025-03").Total);
        Assert.Equal(1, timeline.Unplaced);
    }

    [Fact]
    public void No_dated_events_give_an_empty_timeline_that_counts_them()
    {
        var timeline = Timeline.Build([(null, "SUPPORT"), ("XXXX-XX-XX", "AGREE")]);
        Assert.Empty(timeline.Points);
        Assert.Equal(2, timeline.Unplaced);
    }

    [Fact]
    public void Highlights_are_the_matched_words_even_when_the_article_has_brackets()
    {
        const string text = "قال [المتحدث] إن الاتفاق [وقع] أمس، وإن الاتفاقات الأخرى تنتظر.";
        var snippet = Snippets.Build(text, SearchAnalyzer.QueryTerms("اتفاق"));
        var highlighted = SearchHitFormat.Highlight(snippet, text);
        var words = highlighted.Highlights.Select(s => highlighted.Text[s.Start..s.End]).ToList();
        Assert.Equal(["الاتفاق", "الاتفاقات"], words);
        Assert.Contains("[المتحدث]", highlighted.Text, StringComparison.Ordinal);
        Assert.Contains("[وقع]", highlighted.Text, StringComparison.Ordinal);
    }
}
