using Marsad.Events;
using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Tests.Events;

/// <summary>CAMEO's Goldstein scores (data/rules/goldstein.tsv) and the score every coded event carries.</summary>
public sealed class GoldsteinScaleTests
{
    private static readonly MarsadPipeline Pipeline = MarsadPipeline.CreateDefault();

    [Fact]
    public void The_table_lists_every_cameo_code_gdelt_scores()
    {
        Assert.Equal(311, GoldsteinScale.Count);
        Assert.Equal(-10.0, GoldsteinScale.Of("190"));
        Assert.Equal(1.9, GoldsteinScale.Of("042"));
        Assert.Equal(8.0, GoldsteinScale.Of("057"));
        Assert.Equal(-9.0, GoldsteinScale.Of("1821"));
        Assert.Equal(-9.5, GoldsteinScale.Of("182"));
    }

    [Fact]
    public void A_code_the_table_lacks_takes_its_nearest_parents_score()
    {
        Assert.Equal(-10.0, GoldsteinScale.Of("1952"));
        Assert.Equal(-7.0, GoldsteinScale.Of("176"));
        Assert.Null(GoldsteinScale.Of("99"));
        Assert.Null(GoldsteinScale.Of(null));
    }

    [Fact]
    public void Every_trigger_pattern_has_a_score()
    {
        var unscored = EventTriggerTable.LoadEmbedded().Triggers.Where(static t => t.Goldstein is null).Select(static t => t.Id).ToList();
        Assert.Empty(unscored);
    }

    [Fact]
    public void An_event_carries_the_score_of_its_cameo_code()
    {
        var analysis = Pipeline.Analyze(new SourceDocument { Source = "test", Text = "وزار الرئيس التركي رجب طيب أردوغان موسكو يوم الأحد." });
        var visit = Assert.Single(analysis.Events);
        Assert.Equal(("042", 1.9), (visit.Cameo, visit.Goldstein));
        var strike = Assert.Single(Pipeline.Analyze(new SourceDocument { Source = "test", Text = "وشنت طائرات إسرائيلية غارة على بلدة في جنوب لبنان فجر اليوم." }).Events);
        Assert.Equal(GoldsteinScale.Of(strike.Cameo), strike.Goldstein);
        Assert.True(strike.Goldstein <= -9.0, $"{strike.Cameo} {strike.Goldstein}");
    }
}
