using System.Text.Json;
using Marsad.Storage.Sqlite;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Cli;

/// <summary>
/// <c>marsad events --country --near</c> and the place columns of its formats, through the real command
/// over a real store holding events placed in Gaza and Damascus and one without a place.
/// </summary>
public sealed class PlaceFilterCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public PlaceFilterCommandTests()
    {
        _db = _folder.File("places.db");
        using var store = SqliteStore.Open(_db);
        store.Add(PlacedRecords.ThreeCities());
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Marsad(params string[] args) => CliRun.Of([.. args, "--db", _db]);

    private static List<JsonElement> Lines(CliRun run) =>
        [.. run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => JsonDocument.Parse(l).RootElement)];

    [Theory]
    [InlineData("SYR")]
    [InlineData("syr")]
    public void Country_keeps_the_events_placed_in_that_country(string country)
    {
        var events = Lines(Marsad("events", "--country", country, "--format", "json").AssertExit(0));

        Assert.NotEmpty(events);
        Assert.All(events, static e => Assert.Equal("Damascus", e.GetProperty("place").GetProperty("name").GetString()));
        Assert.All(events, static e => Assert.Equal(-6.5, e.GetProperty("goldstein").GetDouble()));
    }

    [Fact]
    public void Near_keeps_the_events_within_the_distance_and_combines_with_other_filters()
    {
        var nearBeirut = Lines(Marsad("events", "--near", "33.89,35.50,100", "--format", "json").AssertExit(0));
        var nearGaza = Lines(Marsad("events", "--near=31.5,34.47,10", "--country", "PSE", "--format", "json").AssertExit(0));
        var nowhere = Marsad("events", "--near", "-33.92,18.42,500").AssertExit(0);

        Assert.NotEmpty(nearBeirut);
        Assert.All(nearBeirut, static e => Assert.Equal("SYR", e.GetProperty("place").GetProperty("country").GetString()));
        Assert.NotEmpty(nearGaza);
        Assert.All(nearGaza, static e => Assert.Equal("place/gaza", e.GetProperty("place").GetProperty("id").GetString()));
        Assert.Equal("no events", nowhere.Stdout.Trim());
    }

    [Fact]
    public void Geojson_puts_longitude_first_and_counts_the_events_left_out()
    {
        using var collection = JsonDocument.Parse(Marsad("events", "--format", "geojson").AssertExit(0).Stdout);
        var root = collection.RootElement;
        var features = root.GetProperty("features").EnumerateArray().ToList();
        var all = Lines(Marsad("events", "--format", "json"));

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.Equal(all.Count, features.Count + root.GetProperty("events_without_coordinates").GetInt32());
        Assert.True(root.GetProperty("events_without_coordinates").GetInt32() > 0);
        var damascus = features.First(f => f.GetProperty("properties").GetProperty("place").GetProperty("id").GetString() == "place/damascus");
        Assert.Equal("Point", damascus.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([36.29128, 33.5102], damascus.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(static c => c.GetDouble()));
        Assert.Contains("دمشق", damascus.GetProperty("properties").GetProperty("sentence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_and_plover_exports_carry_the_place()
    {
        var csv = Marsad("events", "--country", "PSE", "--format", "csv").AssertExit(0).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var plover = Lines(Marsad("export", "--format", "plover").AssertExit(0));

        Assert.Contains("ActionGeo_Type,ActionGeo_FullName", csv[0], StringComparison.Ordinal);
        Assert.All(csv.Skip(1), static row => Assert.Contains(",4,\"Gaza City, Gaza Strip, Palestine\",WE,", row, StringComparison.Ordinal));
        Assert.Contains(plover, static p => p.GetProperty("event_loc").ValueKind == JsonValueKind.Null);
        Assert.Contains(plover, static p => p.GetProperty("event_loc").ValueKind == JsonValueKind.Object
            && p.GetProperty("event_loc").GetProperty("name").GetString() == "Gaza City");
    }

    [Theory]
    [InlineData("--country", "SY", "ISO 3166-1 alpha-3")]
    [InlineData("--country", "Syria", "ISO 3166-1 alpha-3")]
    [InlineData("--near", "33.5,36.3", "LAT,LON,KM")]
    [InlineData("--near", "north,36.3,10", "LAT,LON,KM")]
    [InlineData("--near", "91,36.3,10", "latitude from -90 to 90")]
    [InlineData("--near", "33.5,-181,10", "longitude from -180 to 180")]
    [InlineData("--near", "33.5,36.3,0", "distance above 0")]
    [InlineData("--near", "33.5,36.3,-5", "distance above 0")]
    [InlineData("--near", "33.5,36.3,NaN", "LAT,LON,KM")]
    [InlineData("--near", "33.5,36.3,1e9", "LAT,LON,KM")]
    public void A_bad_place_filter_is_a_usage_error_that_says_what_it_takes(string option, string value, string says)
    {
        var run = Marsad("events", option, value).AssertExit(2);

        Assert.Contains(says, run.Stderr, StringComparison.Ordinal);
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
