using System.Text.Json;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Output;
using Marsad.Tests.Support;

namespace Marsad.Tests.Output;

/// <summary>
/// GDELT's action-location columns and Goldstein scale in the CSV, and the location in PLOVER lines, for
/// events of a real analysis whose places are set as the geography pass will set them.
/// </summary>
public sealed class ActionGeoTests
{
    private static readonly EventPlace Damascus = new("place/damascus", "Damascus", "SYR", 33.5102, 36.29128, 170654, PlacePrecision.Place);

    private static Analysis Placed(EventPlace? place, double? goldstein)
    {
        var analysis = AnalysisJsonReader.Read(CliRun.WithInput(
            System.Text.Encoding.UTF8.GetBytes("تظاهر آلاف المحتجين في دمشق يوم الجمعة."), "analyze", "-", "--published", "2025-11-06").Stdout.TrimEnd('\n'));
        Assert.NotEmpty(analysis.Events);
        return analysis with { Events = [.. analysis.Events.Select(e => e with { Place = place, Goldstein = goldstein })] };
    }

    /// <summary>The fields of a CSV row (RFC 4180: quoted fields, doubled quotes).</summary>
    private static List<string> Fields(string row)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted && c == '"' && i + 1 < row.Length && row[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    [Fact]
    public void The_csv_header_ends_with_gdelt_s_action_location_columns_and_goldstein_scale()
    {
        Assert.EndsWith(
            ",ActionGeo_Type,ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_ADM1Code,ActionGeo_Lat,ActionGeo_Long,ActionGeo_FeatureID,GoldsteinScale",
            EventTableWriters.CsvHeader,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_city_event_is_a_world_city_in_fips_codes_with_its_coordinates_and_score()
    {
        using var writer = new StringWriter();
        EventTableWriters.WriteCsv(writer, Placed(Damascus, -6.5));
        var header = EventTableWriters.CsvHeader.Split(',');
        var row = Fields(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
        string Column(string name) => row[Array.IndexOf(header, name)];

        Assert.Equal(header.Length, row.Count);
        Assert.Equal("4", Column("ActionGeo_Type"));
        Assert.Equal("Damascus, Damascus Governorate, Syria", Column("ActionGeo_FullName"));
        Assert.Equal("SY", Column("ActionGeo_CountryCode"));
        Assert.StartsWith("SY", Column("ActionGeo_ADM1Code"), StringComparison.Ordinal);
        Assert.Equal("33.5102", Column("ActionGeo_Lat"));
        Assert.Equal("36.29128", Column("ActionGeo_Long"));
        Assert.Equal("170654", Column("ActionGeo_FeatureID"));
        Assert.Equal("-6.5", Column("GoldsteinScale"));
    }

    [Fact]
    public void An_event_without_a_place_has_type_0_and_empty_location_columns()
    {
        using var writer = new StringWriter();
        EventTableWriters.WriteCsv(writer, Placed(null, null));
        var row = Fields(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);

        Assert.Equal(["0", "", "", "", "", "", "", ""], row[^8..]);
    }

    [Fact]
    public void A_region_code_follows_its_country_s_fips_code_as_gdelt_writes_adm1()
    {
        var region = new EventPlace("place/test-region", "Rif Dimashq", "SYR", 33.5, 36.6, 170652, PlacePrecision.Admin1);
        var fields = ActionGeo.Fields(region, "SY.08", 1.9, KnowledgeBase.Default);

        Assert.Equal<string?>(["5", "Rif Dimashq, Syria", "SY", "SY08", "33.5", "36.6", "170652", "1.9"], fields.AsEnumerable());
    }

    [Fact]
    public void A_town_s_full_name_has_its_region_between_it_and_its_country_as_gdelt_writes_it()
    {
        var town = new EventPlace("place/test-town", "Saraqib", "SYR", 35.86, 36.8, 163345, PlacePrecision.Place);

        Assert.Equal("Saraqib, Idlib Governorate, Syria", ActionGeo.Fields(town, "SY.12", null, KnowledgeBase.Default)[1]);
        Assert.Equal("Saraqib, Syria", ActionGeo.Fields(town, null, null, KnowledgeBase.Default)[1]);
    }

    [Fact]
    public void A_country_is_type_1_named_alone_its_fips_code_as_region_and_feature()
    {
        var israel = new EventPlace("ISR", "Israel", "ISR", 31.76904, 35.21633, 294640, PlacePrecision.Country);

        Assert.Equal<string?>(["1", "Israel", "IS", "IS", "31.76904", "35.21633", "IS", null], ActionGeo.Fields(israel, null, null, KnowledgeBase.Default).AsEnumerable());
    }

    [Theory]
    [InlineData("SYR", "SY")]
    [InlineData("ISR", "IS")]
    [InlineData("PSE", "WE")]
    [InlineData("GBR", "UK")]
    [InlineData("DEU", "GM")]
    [InlineData("KAZ", "KZ")]
    [InlineData("IRQ", "IZ")]
    [InlineData("LBN", "LE")]
    public void Countries_take_their_fips_10_4_codes_not_iso_ones(string iso3, string fips) => Assert.Equal(fips, ActionGeo.FipsCode(iso3));

    [Fact]
    public void A_dissolved_state_has_no_fips_code() => Assert.Null(ActionGeo.FipsCode("SUN"));

    [Fact]
    public void Us_places_are_us_cities_and_states()
    {
        var city = new EventPlace("place/new-york", "New York", "USA", 40.71427, -74.00597, 5128581, PlacePrecision.Place);

        Assert.Equal(3, ActionGeo.Type(city));
        Assert.Equal(2, ActionGeo.Type(city with { Precision = PlacePrecision.Admin1 }));
        Assert.Equal(0, ActionGeo.Type(null));
    }

    [Fact]
    public void Plover_lines_carry_the_location_in_plover_s_geonames_field_names_and_goldstein_as_event_scale()
    {
        using var writer = new StringWriter();
        EventTableWriters.WritePlover(writer, Placed(Damascus, -6.5), TimeProvider.System, "marsad test");
        using var line = JsonDocument.Parse(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
        var location = line.RootElement.GetProperty("event_loc");

        Assert.Equal(170654, location.GetProperty("geonameid").GetInt64());
        Assert.Equal("Damascus", location.GetProperty("name").GetString());
        Assert.Equal(33.5102, location.GetProperty("latitude").GetDouble());
        Assert.Equal(36.29128, location.GetProperty("longitude").GetDouble());
        Assert.Equal("SY", location.GetProperty("country code").GetString());
        Assert.Equal("SYR", location.GetProperty("cc3").GetString());
        Assert.Equal("13", location.GetProperty("admin1 code").GetString());
        Assert.Equal("place/damascus", location.GetProperty("place_id").GetString());
        Assert.Equal("place", location.GetProperty("precision").GetString());
        Assert.Equal(-6.5, line.RootElement.GetProperty("event_scale").GetDouble());
    }

    [Fact]
    public void A_plover_line_without_a_place_says_so_with_null()
    {
        using var writer = new StringWriter();
        EventTableWriters.WritePlover(writer, Placed(null, null), TimeProvider.System, "marsad test");
        using var line = JsonDocument.Parse(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);

        Assert.Equal(JsonValueKind.Null, line.RootElement.GetProperty("event_loc").ValueKind);
        Assert.Equal(JsonValueKind.Null, line.RootElement.GetProperty("event_scale").ValueKind);
    }
}
