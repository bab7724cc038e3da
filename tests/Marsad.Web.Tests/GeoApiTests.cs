using System.Net;
using System.Text.Json;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>The place filters of <c>/api/events</c> and the GeoJSON of <c>/api/events.geojson</c>, over HTTP.</summary>
public sealed class GeoApiTests : IClassFixture<TestServer>
{
    private readonly TestServer _server;

    public GeoApiTests(TestServer server)
    {
        _server = server;
        PlacedEvents.AddTo(server.DatabasePath);
    }

    [Fact]
    public async Task Events_filter_by_the_place_s_country_and_distance()
    {
        using var syria = await _server.GetJson("/api/events?country=syr");
        using var levant = await _server.GetJson("/api/events?near=" + Uri.EscapeDataString("33.89,35.50,300"));
        using var all = await _server.GetJson("/api/events");

        var inSyria = syria.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(inSyria);
        Assert.All(inSyria, static e => Assert.Equal("SYR", e.GetProperty("place").GetProperty("country").GetString()));
        Assert.Equal(["place/damascus", "place/douma"], inSyria.Select(static e => e.GetProperty("place").GetProperty("id").GetString()).Distinct().Order(StringComparer.Ordinal));
        var countries = levant.RootElement.GetProperty("events").EnumerateArray().Select(static e => e.GetProperty("place").GetProperty("country").GetString()).ToHashSet();
        Assert.Equal(["PSE", "SYR"], countries.Order(StringComparer.Ordinal));
        Assert.Contains(all.RootElement.GetProperty("events").EnumerateArray(), static e => e.GetProperty("place").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Geojson_is_a_feature_collection_of_points_in_longitude_latitude_order()
    {
        using var response = await _server.Client.GetAsync("/api/events.geojson");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var all = await _server.GetJson("/api/events?limit=200");
        var root = json.RootElement;
        var features = root.GetProperty("features").EnumerateArray().ToList();

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.Equal(all.RootElement.GetProperty("count").GetInt32(), features.Count + root.GetProperty("events_without_coordinates").GetInt32());
        Assert.All(features, static f => Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.All(features, static f =>
        {
            var c = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(c[0].GetDouble(), -180, 180);
            Assert.InRange(c[1].GetDouble(), -90, 90);
        });
        var baghdad = features.First(static f => f.GetProperty("properties").GetProperty("place").GetProperty("id").GetString() == "place/baghdad");
        Assert.Equal(44.40088, baghdad.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
        Assert.Equal(33.34058, baghdad.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble());
        Assert.Equal(-10, baghdad.GetProperty("properties").GetProperty("goldstein").GetDouble());
    }

    [Fact]
    public async Task Geojson_takes_the_same_filters_as_events()
    {
        using var json = await _server.GetJson("/api/events.geojson?country=IRQ");
        using var events = await _server.GetJson("/api/events?country=IRQ");

        var ids = json.RootElement.GetProperty("features").EnumerateArray().Select(static f => f.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(events.RootElement.GetProperty("events").EnumerateArray().Select(static e => e.GetProperty("id").GetString()), ids);
        Assert.Equal(0, json.RootElement.GetProperty("events_without_coordinates").GetInt32());
    }

    [Fact]
    public async Task Csv_downloads_carry_gdelt_s_action_location_columns()
    {
        var csv = await _server.Client.GetStringAsync("/api/events?format=csv&country=PSE");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains(",ActionGeo_Type,ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_ADM1Code,ActionGeo_Lat,ActionGeo_Long,ActionGeo_FeatureID,GoldsteinScale,", lines[0], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), static l => Assert.Contains(",4,\"Gaza City, Gaza Strip, Palestine\",WE,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_map_s_natural_earth_shapes_and_their_licence_are_served_by_marsad_itself()
    {
        using var shapes = await _server.Client.GetAsync("/static/countries-110m.json");
        var licence = await _server.Client.GetStringAsync("/static/countries-110m.LICENSE.txt");

        Assert.Equal(HttpStatusCode.OK, shapes.StatusCode);
        Assert.Equal("application/json", shapes.Content.Headers.ContentType?.MediaType);
        using var topology = JsonDocument.Parse(await shapes.Content.ReadAsStringAsync());
        Assert.Equal("Topology", topology.RootElement.GetProperty("type").GetString());
        Assert.Contains(topology.RootElement.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray(),
            static g => g.TryGetProperty("id", out var id) && id.GetString() == "760");
        Assert.Contains("Natural Earth", licence, StringComparison.Ordinal);
        Assert.Contains("ISC", licence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events?country=SY", "country")]
    [InlineData("/api/events?near=33,36", "near")]
    [InlineData("/api/events?near=100,36,10", "near")]
    [InlineData("/api/events.geojson?near=33,36,0", "near")]
    [InlineData("/api/events.geojson?country=12a", "country")]
    [InlineData("/api/events.geojson?limit=0", "limit")]
    [InlineData("/api/events.geojson?type=BOMBING", "type")]
    public async Task A_bad_place_filter_is_400_naming_the_parameter(string path, string parameter)
    {
        using var response = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }
}
