using Marsad.Recognition.Tagging;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>Word clusters from training text: words between the same neighbours share a cluster.</summary>
public sealed class WordClustersTests
{
    // Sentences of our own: cities after في and before اليوم, verbs after the subject's name.
    private static readonly string[] Sentences =
    [
        "وصل الوفد إلى دمشق اليوم",
        "وصل الوفد إلى بيروت اليوم",
        "وصل الوفد إلى عمان اليوم",
        "وصل الوزير إلى دمشق أمس",
        "وصل الوزير إلى بيروت أمس",
        "وصل الوزير إلى عمان أمس",
        "قال الوزير إن الوفد وصل",
        "أعلن الوزير إن الوفد وصل",
        "صرح الوزير إن الوفد وصل",
        "قال الوفد إن الوزير غادر",
        "أعلن الوفد إن الوزير غادر",
        "صرح الوفد إن الوزير غادر",
        "عاد الرئيس إلى دمشق مساء",
        "عاد الرئيس إلى بيروت مساء",
        "عاد الرئيس إلى عمان مساء",
        "قال الرئيس إن الوفد عاد",
        "أعلن الرئيس إن الوفد عاد",
        "صرح الرئيس إن الوفد عاد",
    ];

    private static uint[][] Sequences() => [.. Sentences.Select(static s => s.Split(' ').Select(static w => FeatureHash.Word(w)).ToArray())];

    private static int Of(WordClusters clusters, string word) => clusters.Of(FeatureHash.Word(word));

    [Fact]
    public void Words_seen_between_the_same_neighbours_share_a_cluster_and_a_word_never_seen_has_none()
    {
        var clusters = WordClusters.Build(Sequences(), 4);
        Assert.NotEqual(0, Of(clusters, "دمشق"));
        Assert.Equal(Of(clusters, "دمشق"), Of(clusters, "بيروت"));
        Assert.Equal(Of(clusters, "دمشق"), Of(clusters, "عمان"));
        Assert.Equal(Of(clusters, "قال"), Of(clusters, "أعلن"));
        Assert.NotEqual(Of(clusters, "دمشق"), Of(clusters, "قال"));
        Assert.Equal(0, Of(clusters, "القاهرة"));
    }

    [Fact]
    public void The_same_text_gives_the_same_clusters_and_stored_pairs_read_back_the_same()
    {
        var first = WordClusters.Build(Sequences(), 4);
        var second = WordClusters.Build(Sequences(), 4);
        Assert.Equal(first.Pairs(), second.Pairs());
        Assert.Equal(first.Pairs(), WordClusters.From(first.Pairs()).Pairs());
    }
}
