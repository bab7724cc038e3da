using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline, types and actors: a protest told only by a verbal noun of motive after
/// another act (استدعت سفيرها احتجاجا على) is why the act was done, not a protest that folds the act away; and a
/// verb opening a relative clause (المحتجين الذين تجمعوا) is its antecedent's, not the surrounding clause's
/// subject's. Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventMotiveAndRelativeTests
{
    [Fact]
    public void A_recall_done_in_protest_is_a_sanction_and_no_protest()
    {
        var analysis = Analyze("استدعت الحكومة التونسية، اليوم الخميس، سفيرها في روما احتجاجا على ترحيل مهاجرين تونسيين.");
        var recall = Assert.Single(Of(analysis, PloverType.Sanction));
        Assert.Equal(["TUN"], recall.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Empty(Of(analysis, PloverType.Protest));
    }

    [Fact]
    public void A_past_recall_in_protest_keeps_the_state_it_was_recalled_from()
    {
        var analysis = Analyze("وكانت الحكومة الأردنية قد استدعت سفيرها من تل أبيب في نوفمبر 2023 احتجاجا على الحرب.");
        var recall = Assert.Single(Of(analysis, PloverType.Sanction));
        Assert.Equal(["ISR"], recall.Recipient.ToArray());
        Assert.Empty(Of(analysis, PloverType.Protest));
    }

    [Fact]
    public void The_crowd_a_relative_clause_follows_is_the_subject_of_its_verb_and_the_police_keep_their_deeds()
    {
        var analysis = Analyze("ذكرت منظمة حقوقية أن الشرطة الجزائرية فرقت، مساء الجمعة، مئات المحتجين الذين تجمعوا أمام مقر الولاية في وهران، واعتقلت العشرات منهم.");
        var protest = Assert.Single(Of(analysis, PloverType.Protest));
        Assert.All(protest.Actor, id => Assert.StartsWith("group/protesters", id, StringComparison.Ordinal));
        Assert.Contains(Of(analysis, PloverType.Coerce), arrest => arrest.Actor.Select(id => Country(analysis, id)).SequenceEqual(["DZA"]));
    }

    [Fact]
    public void A_crowd_an_act_befalls_is_no_motive_and_its_protest_stays()
    {
        var analysis = Analyze("في الموصل، أطلقت قوات تركية النار على متظاهرين.");
        Assert.NotEmpty(Of(analysis, PloverType.Protest));
        Assert.NotEmpty(Of(analysis, PloverType.Assault));
    }
}
