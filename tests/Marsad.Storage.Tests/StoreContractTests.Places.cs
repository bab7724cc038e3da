using Marsad.Model;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests;

/// <summary>
/// The store keeps each event's place and Goldstein score, merges the places of several reports, and
/// filters by a place's country and by distance. Until the pipeline fills places in, the tests set them
/// on real analyses of our own sentences, as the pipeline will.
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly EventPlace Gaza = PlacedRecords.Gaza;
    private static readonly EventPlace Astana = new("place/astana", "Astana", "KAZ", 51.1801, 71.44598, 1526273, PlacePrecision.Place);
    private static readonly EventPlace Almaty = new("place/almaty", "Almaty", "KAZ", 43.25667, 76.92861, 1526384, PlacePrecision.Place);
    private static readonly EventPlace Kazakhstan = new("KAZ", "Kazakhstan", "KAZ", 51.1801, 71.44598, 1522867, PlacePrecision.Country);

    private static DocumentRecord Placed(string text, string source, EventPlace? place, double? goldstein) =>
        PlacedRecords.Of(text, source, place, goldstein);

    [Fact]
    public void An_event_s_place_and_goldstein_score_come_back_as_written()
    {
        var store = Store();
        var record = Placed("قصفت الطائرات الإسرائيلية مدينة غزة فجر اليوم.", "gaza.txt", Gaza, -10);
        store.Add([record]);

        var events = store.Events(new EventQuery());

        Assert.Equal(record.Analysis.Events.Length, events.Count);
        Assert.All(events, e => Assert.Equal(Gaza, e.Place));
        Assert.All(events, e => Assert.Equal(-10, e.Goldstein));
    }

    [Fact]
    public void Every_date_source_comes_back_as_written()
    {
        // The column holds the contract's names and is read back through DateSources, the one reader.
        var store = Store();
        var document = new Marsad.Model.SourceDocument { Source = "sources.txt", Text = TestData.SeedText, Published = new DateOnly(2025, 11, 6) };
        var analysis = TestData.Pipeline.Analyze(document);
        var events = analysis.Events.Select((e, i) => e with { DateFrom = DateSources.All[i % DateSources.All.Length] }).ToList();
        Assert.True(events.Count >= DateSources.All.Length, "the seed article has an event for every source tried");
        store.Add([DocumentRecord.Create(analysis with { Events = [.. events] }, document, DateTimeOffset.UnixEpoch)]);

        var stored = store.Events(new EventQuery()).Select(static e => e.DateFrom).Distinct().Order();

        Assert.Equal(DateSources.All, stored);
    }

    [Fact]
    public void An_event_without_a_place_comes_back_without_one()
    {
        var store = Store();
        store.Add([Placed("قصفت الطائرات الإسرائيلية مدينة غزة فجر اليوم.", "gaza.txt", null, null)]);

        Assert.All(store.Events(new EventQuery()), static e => Assert.Null(e.Place));
        Assert.All(store.Events(new EventQuery()), static e => Assert.Null(e.Goldstein));
    }

    [Fact]
    public void A_merged_event_keeps_the_most_precise_place_and_among_equals_the_first_stored()
    {
        var store = Store();
        var seed = TestData.SeedText;
        store.Add([Placed(seed, "country.txt", Kazakhstan, 3)]);
        store.Add([Placed(seed + "\n\nتابعونا للمزيد من الأخبار.", "astana.txt", Astana, 3)]);
        store.Add([Placed(seed + "\n\nالمزيد من التفاصيل لاحقا.", "almaty.txt", Almaty, 3)]);
        store.Add([Placed(seed + "\n\nانتهى.", "unplaced.txt", null, null)]);

        var merged = store.Events(new EventQuery { Dyad = ("KAZ", "ISR") }).Where(static e => e.SourceCount == 4).ToList();

        Assert.NotEmpty(merged);
        Assert.All(merged, static e => Assert.Equal(Astana, e.Place));
        Assert.All(merged, static e => Assert.Equal(3, e.Goldstein));
    }

    [Fact]
    public void Events_filter_by_their_place_s_country()
    {
        var store = Store();
        store.Add(PlacedRecords.ThreeCities());

        var syria = store.Events(new EventQuery { Country = "SYR" });
        var none = store.Events(new EventQuery { Country = "EGY" });

        Assert.NotEmpty(syria);
        Assert.All(syria, static e => Assert.Equal("damascus.txt", e.Sources[0].Source));
        Assert.Empty(none);
    }

    [Fact]
    public void Events_filter_by_great_circle_distance_from_a_point()
    {
        var store = Store();
        store.Add(PlacedRecords.ThreeCities());

        // Beirut is about 85 km from Damascus and about 230 km from Gaza, as the haversine gives them.
        var within100 = store.Events(new EventQuery { Near = new Near(33.88863, 35.49548, 100) });
        var within50 = store.Events(new EventQuery { Near = new Near(33.88863, 35.49548, 50) });
        var within300 = store.Events(new EventQuery { Near = new Near(33.88863, 35.49548, 300) });

        Assert.NotEmpty(within100);
        Assert.All(within100, static e => Assert.Equal("damascus.txt", e.Sources[0].Source));
        Assert.Empty(within50);
        Assert.Equal(["damascus.txt", "gaza.txt"], within300.Select(static e => e.Sources[0].Source).Distinct().Order(StringComparer.Ordinal));
    }
}
