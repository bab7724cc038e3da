using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Marsad.Web.Views;

/// <summary>One country's outline as SVG path data, named by ISO 3166-1 numeric code (null for a few
/// disputed areas Natural Earth draws without one) and English name.</summary>
internal sealed record CountryShape(string? Numeric, string Name, string Path);

/// <summary>
/// The world's countries from the vendored Natural Earth TopoJSON (Static/countries-110m.json), decoded
/// once into SVG path data in an equirectangular projection whose unit is one degree: x is the longitude,
/// y minus the latitude. A plate carrée keeps the server's arithmetic trivial and the page's points exactly
/// where their coordinates say; at the scale of a region it distorts little.
/// </summary>
internal static class WorldMap
{
    private static readonly Lazy<IReadOnlyList<CountryShape>> Shapes = new(Load);

    public static IReadOnlyList<CountryShape> Countries => Shapes.Value;

    /// <summary>The projected point of a longitude and latitude.</summary>
    public static (double X, double Y) Project(double lat, double lon) => (lon, -lat);

    private static List<CountryShape> Load()
    {
        using var stream = typeof(WorldMap).Assembly.GetManifestResourceStream("Marsad.Web.Static.countries-110m.json")
            ?? throw new InvalidOperationException("The map's shapes (Static/countries-110m.json) are missing from the assembly.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var transform = root.GetProperty("transform");
        var (sx, sy) = (transform.GetProperty("scale")[0].GetDouble(), transform.GetProperty("scale")[1].GetDouble());
        var (tx, ty) = (transform.GetProperty("translate")[0].GetDouble(), transform.GetProperty("translate")[1].GetDouble());

        // TopoJSON arcs are quantised and delta-encoded: each position adds to the one before.
        var arcs = new List<(double Lon, double Lat)[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new (double, double)[arc.GetArrayLength()];
            var (x, y) = (0L, 0L);
            var i = 0;
            foreach (var delta in arc.EnumerateArray())
            {
                x += delta[0].GetInt64();
                y += delta[1].GetInt64();
                points[i++] = ((x * sx) + tx, (y * sy) + ty);
            }

            arcs.Add(points);
        }

        var shapes = new List<CountryShape>();
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var path = new StringBuilder();
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("arcs").EnumerateArray().ToList()
                : [geometry.GetProperty("arcs")];
            foreach (var polygon in polygons)
            {
                foreach (var ring in polygon.EnumerateArray())
                {
                    Ring(path, ring, arcs);
                }
            }

            var numeric = geometry.TryGetProperty("id", out var id) ? id.GetString() : null;
            shapes.Add(new CountryShape(numeric, geometry.GetProperty("properties").GetProperty("name").GetString() ?? "", path.ToString()));
        }

        return shapes;
    }

    /// <summary>A closed ring of arcs; a negative index (~i) is arc i reversed.</summary>
    private static void Ring(StringBuilder path, JsonElement ring, List<(double Lon, double Lat)[]> arcs)
    {
        var first = true;
        foreach (var index in ring.EnumerateArray().Select(static a => a.GetInt32()))
        {
            var arc = index >= 0 ? arcs[index] : [.. arcs[~index].Reverse()];
            foreach (var (lon, lat) in arc)
            {
                var (x, y) = Project(lat, lon);
                path.Append(first ? 'M' : 'L').Append(Number(x)).Append(' ').Append(Number(y));
                first = false;
            }
        }

        path.Append('Z');
    }

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
