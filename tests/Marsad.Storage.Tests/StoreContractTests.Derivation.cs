using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests;

/// <summary>Derivational search, on every backend: words of the query's root follow its own words.</summary>
public abstract partial class StoreContractTests
{
    private const string Demonstration = "خرجت مظاهرة حاشدة في وسط المدينة للمطالبة بخفض الأسعار.";
    private const string Protesters = "رفع المتظاهرون لافتات تطالب بالإصلاح، وتظاهر مئات الطلاب أمام الجامعة.";
    private const string Weather = "ارتفعت درجات الحرارة في العاصمة إلى أربعين درجة مئوية.";

    [Fact]
    public void A_word_finds_the_words_of_its_root_after_its_own()
    {
        var store = Store();
        store.Add([TestData.Record(Protesters, "protesters.txt"), TestData.Record(Demonstration, "demonstration.txt"), TestData.Record(Weather, "weather.txt")]);

        var hits = store.Search(new SearchQuery("مظاهرة"));

        Assert.Equal(["demonstration.txt", "protesters.txt"], hits.Select(static h => h.Document.Source));
        Assert.True(hits[1].Score < hits[0].Score, "a derived hit scores below every exact hit");
        Assert.Contains("[المتظاهرون]", hits[1].Snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exact_search_finds_only_the_query_s_own_words()
    {
        var store = Store();
        store.Add([TestData.Record(Protesters, "protesters.txt"), TestData.Record(Demonstration, "demonstration.txt")]);

        var hits = store.Search(new SearchQuery("مظاهرة") { Exact = true });

        Assert.Equal("demonstration.txt", Assert.Single(hits).Document.Source);
    }

    [Fact]
    public void Every_word_of_the_query_must_match_itself_or_a_word_of_its_root()
    {
        var store = Store();
        store.Add([TestData.Record(Protesters, "protesters.txt"), TestData.Record(Demonstration, "demonstration.txt")]);

        Assert.Equal("protesters.txt", Assert.Single(store.Search(new SearchQuery("مظاهرة الجامعة"))).Document.Source);
        Assert.Empty(store.Search(new SearchQuery("مظاهرة القمح")));
    }
}
