using System.Collections.Frozen;
using System.Reflection;

namespace Marsad.Output;

/// <summary>
/// The other codes of a country known by its ISO 3166-1 alpha-3 code (the knowledge base's country ids):
/// its ISO numeric code, by which Natural Earth's shapes are named, and its FIPS 10-4 code, which GDELT's
/// geography columns use. Read from the embedded data/geo/countries.tsv, which names its sources.
/// </summary>
public static class CountryCodes
{
    private static readonly Lazy<FrozenDictionary<string, (string Numeric, string Fips, string Alpha2)>> Table = new(Load);

    /// <summary>The FIPS 10-4 code (SYR → SY, GBR → UK), or null.</summary>
    public static string? Fips(string? iso3) => Find(iso3) is { Fips.Length: > 0 } codes ? codes.Fips : null;

    /// <summary>The ISO 3166-1 numeric code as three digits (SYR → 760), or null.</summary>
    public static string? Numeric(string? iso3) => Find(iso3) is { Numeric.Length: > 0 } codes ? codes.Numeric : null;

    /// <summary>The ISO 3166-1 alpha-2 code (SYR → SY), as GeoNames' "country code" is, or null.</summary>
    public static string? Alpha2(string? iso3) => Find(iso3) is { Alpha2.Length: > 0 } codes ? codes.Alpha2 : null;

    private static (string Numeric, string Fips, string Alpha2)? Find(string? iso3) =>
        iso3 is not null && Table.Value.TryGetValue(iso3, out var codes) ? codes : null;

    private static FrozenDictionary<string, (string, string, string)> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Marsad.data.geo.countries.tsv")
            ?? throw new InvalidOperationException("The embedded table data/geo/countries.tsv is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var codes = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && line.Split('\t') is [var iso3, var numeric, var fips, var alpha2])
            {
                codes[iso3] = (numeric, fips, alpha2);
            }
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
