using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Tests.Knowledge;

/// <summary>The GeoNames fields of the knowledge base (docs/GEOGRAPHY.md): what the validator rejects, and what the import wrote.</summary>
public sealed class KnowledgeBaseGeographyTests
{
    private const string Countries = """
        {"id": "SYR", "type": "COUNTRY", "kind": "country", "name": "Syria", "ar": ["سوريا"], "lat": 33.5102, "lon": 36.29128}
        {"id": "LBN", "type": "COUNTRY", "kind": "country", "name": "Lebanon", "ar": ["لبنان"]}
        """;

    [Fact]
    public void Coordinates_out_of_range_and_a_region_of_another_country_are_reported()
    {
        const string places = """
            {"id": "place/aleppo", "type": "LOCATION", "name": "Aleppo", "ar": ["حلب"], "kind": "city", "country": "SYR", "lat": 36.20124, "lon": 37.16117, "geonames": 170063, "admin1": "SY.09"}
            {"id": "place/nowhere", "type": "LOCATION", "name": "Nowhere", "ar": ["لامكان"], "kind": "city", "country": "SYR", "lat": 91.5, "lon": 200}
            {"id": "place/half", "type": "LOCATION", "name": "Half", "ar": ["نصف"], "kind": "city", "country": "SYR", "lat": 35.0}
            {"id": "place/tripoli-wrong", "type": "LOCATION", "name": "Tripoli", "ar": ["طرابلس"], "kind": "city", "country": "LBN", "lat": 32.88743, "lon": 13.18733, "geonames": 2210247, "admin1": "LY.77"}
            {"id": "place/bad-code", "type": "LOCATION", "name": "Bad", "ar": ["سيئ"], "kind": "city", "country": "SYR", "admin1": "Syria-9"}
            """;
        var load = KnowledgeBaseLoader.Load([("countries.jsonl", Countries), ("places.jsonl", places)]);
        var problems = string.Join("\n", load.Problems);
        Assert.DoesNotContain("place/aleppo", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("SYR:", problems, StringComparison.Ordinal);
        Assert.Contains("place/nowhere: lat 91.5 is out of range", problems, StringComparison.Ordinal);
        Assert.Contains("place/nowhere: lon 200 is out of range", problems, StringComparison.Ordinal);
        Assert.Contains("place/half: lat without lon", problems, StringComparison.Ordinal);
        Assert.Contains("place/tripoli-wrong: admin1 LY.77 lies in LBY, not in LBN", problems, StringComparison.Ordinal);
        Assert.Contains("place/bad-code: admin1 Syria-9 is not a GeoNames region code", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void The_import_placed_the_countries_and_most_places_and_added_the_arab_worlds_towns_and_regions()
    {
        var kb = KnowledgeBase.Default;
        var countries = kb.Entries.Where(static e => e.Type == EntityType.Country && e.Kind != "former").ToList();
        Assert.True(countries.Count(static c => c.Lat is not null) >= countries.Count - 10, "countries without a point");
        var places = kb.Entries.Where(static e => e.Type == EntityType.Location).ToList();
        Assert.True(places.Count(static p => p.Lat is not null) * 10 >= places.Count * 6, $"{places.Count(static p => p.Lat is not null)} of {places.Count} places placed");

        // Aleppo is GeoNames 170063 in the first-level region SY.09; Damascus is Syria's point (its capital's).
        var aleppo = kb.ById["place/aleppo"];
        Assert.Equal((170063L, "SY.09"), (aleppo.GeoNames, aleppo.Admin1));
        Assert.Equal(kb.ById["place/damascus"].Lat, kb.ById["SYR"].Lat);
        Assert.InRange(kb.ById["SYR"].Lat!.Value, 33.4, 33.6);
    }

    [Fact]
    public void Every_capital_lies_at_its_country_s_point_not_at_a_namesake_abroad()
    {
        // Washington, D.C. was once matched to Washington, Utah by its Arabic name; a country's point is its
        // GeoNames capital, so a capital elsewhere is a namesake.
        var kb = KnowledgeBase.Default;
        var far = kb.Entries
            .Where(static e => e.CapitalOf is not null && e.Lat is not null)
            .Select(e => (Capital: e, Country: kb.ById.GetValueOrDefault(e.CapitalOf!)))
            .Where(static p => p.Country?.Lat is { } lat && p.Country.Lon is { } lon
                && (Math.Abs(lat - p.Capital.Lat!.Value) > 0.5 || Math.Abs(lon - p.Capital.Lon!.Value) > 0.5))
            .Select(static p => p.Capital.Id)
            .ToList();
        Assert.Empty(far);
        Assert.Equal("US.DC", kb.ById["place/washington"].Admin1);
    }

    [Fact]
    public void Every_sea_river_and_lake_has_its_hand_written_point_and_no_geonames_id()
    {
        // tools/geonames/water-points.tsv: neither GeoNames package holds water bodies, so their points are written
        // by hand and carry no id (docs/GEOGRAPHY.md); the Red Sea's lies between Port Sudan and Jeddah.
        var water = KnowledgeBase.Default.Entries.Where(static e => e.Kind is "sea" or "river" or "lake").ToList();
        Assert.NotEmpty(water);
        Assert.All(water, static e => Assert.True(e.Lat is not null && e.Lon is not null && e.GeoNames is null, e.Id));
        var red = KnowledgeBase.Default.ById["place/red-sea"];
        Assert.InRange(red.Lat!.Value, 19.0, 21.5);
        Assert.InRange(red.Lon!.Value, 37.5, 39.5);
    }

    [Fact]
    public void The_added_first_level_regions_carry_geonames_english_names_not_placeholders()
    {
        var added = KnowledgeBase.Default.Entries.Where(static e => e.Id.EndsWith("-region", StringComparison.Ordinal) && e.Admin1 is not null).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, static e => Assert.False(e.Name.EndsWith(" region", StringComparison.Ordinal), e.Id + ": " + e.Name));
        Assert.Equal("Idlib Governorate", KnowledgeBase.Default.ById["place/sy-12-region"].Name);
    }
}
