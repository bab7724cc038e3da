using Marsad.Model;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests;

/// <summary>The store counts a search's facets itself, as the analyses it holds would count them.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public void Facets_count_the_entities_types_and_event_reports_of_the_documents_asked_for()
    {
        var store = Store();
        var seed = TestData.Record(TestData.SeedText, "seed.txt", new DateOnly(2025, 11, 6));
        var cairo = TestData.Record("استقبل الرئيس المصري في القاهرة أمس وزير الخارجية الأردني، وبحثا التعاون بين مصر والأردن.", "cairo.txt", new DateOnly(2025, 11, 6));
        var other = TestData.Record("قصفت الطائرات الإسرائيلية مدينة غزة فجر اليوم.", "gaza.txt", new DateOnly(2025, 11, 6));
        store.Add([seed, cairo, other]);

        var counts = store.Facets([seed.Id, cairo.Id, "not-stored"]);

        var analyses = new[] { seed.Analysis, cairo.Analysis };
        var expectedEntities = analyses.SelectMany(static a => a.Entities)
            .GroupBy(static e => e.Id, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => (Documents: (long)g.Count(), Mentions: (long)g.Sum(static e => e.Mentions.Length)), StringComparer.Ordinal);
        Assert.Equal(
            expectedEntities.OrderBy(static e => e.Key, StringComparer.Ordinal).Select(static e => (e.Key, e.Value.Documents, e.Value.Mentions)),
            counts.Entities.OrderBy(static e => e.Id, StringComparer.Ordinal).Select(static e => (e.Id, e.Documents, e.Mentions)));
        Assert.Contains(counts.Entities, static e => e.Id == "KAZ" && e.Name == "Kazakhstan" && e.NameAr == "كازاخستان");

        var expectedTypes = analyses.SelectMany(static a => a.Events.Select(static e => PloverTypes.Name(e.Event)).Distinct(StringComparer.Ordinal))
            .GroupBy(static t => t, StringComparer.Ordinal).Select(static g => (g.Key, (long)g.Count())).Order();
        Assert.Equal(expectedTypes, counts.EventTypes.Select(static t => (t.Type, t.Documents)).Order());
        Assert.Equal(
            analyses.SelectMany(static a => a.Events.Select(static e => (e.Date, PloverTypes.Name(e.Event)))).Order(),
            counts.Events.Order());
    }

    [Fact]
    public void Facets_of_no_documents_are_empty()
    {
        var store = Store();
        store.Add([TestData.Record(TestData.SeedText, "seed.txt")]);

        var counts = store.Facets([]);

        Assert.Empty(counts.Entities);
        Assert.Empty(counts.EventTypes);
        Assert.Empty(counts.Events);
    }
}
