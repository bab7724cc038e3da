using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Output;

/// <summary>
/// GDELT 2.0's action-location columns and Goldstein scale of an event, from its place (docs/GEOGRAPHY.md,
/// "Store, API and exports"). As GDELT's codebook gives them: <c>ActionGeo_Type</c> 1 a country, 2 a US
/// state, 3 a US city or landmark, 4 a city or landmark elsewhere, 5 a first-level region elsewhere, 0 no
/// place; country and region codes in FIPS 10-4 (the region's code after its country's, as GeoNames gives
/// admin1 codes, which are FIPS codes for most countries); a country's feature id is its FIPS code. Our
/// feature ids are GeoNames ids where GDELT's are GNS ids: the same places, another gazetteer's numbers.
/// </summary>
public static class ActionGeo
{
    // Each knowledge base's first-level regions by GeoNames code ("SY.09" → Aleppo Governorate), made at the first ask.
    private static readonly ConditionalWeakTable<KnowledgeBase, FrozenDictionary<string, string>> RegionNames = [];

    public const string CsvColumns =
        "ActionGeo_Type,ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_ADM1Code,ActionGeo_Lat,ActionGeo_Long,ActionGeo_FeatureID,GoldsteinScale";

    /// <summary>The FIPS 10-4 code of a country given by its ISO 3166-1 alpha-3 code, or null.</summary>
    public static string? FipsCode(string? iso3) => CountryCodes.Fips(iso3);

    /// <summary>GDELT's location type of a place: 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state.</summary>
    public static int Type(EventPlace? place) => place?.Precision switch
    {
        null => 0,
        PlacePrecision.Country => 1,
        PlacePrecision.Admin1 => place.Country == "USA" ? 2 : 5,
        _ => place.Country == "USA" ? 3 : 4,
    };

    /// <summary>
    /// The columns of <see cref="CsvColumns"/> for an event's place and score. <paramref name="admin1"/> is the
    /// place's GeoNames region code ("SY.13"); <paramref name="knowledgeBase"/> names the country.
    /// </summary>
    public static string?[] Fields(EventPlace? place, string? admin1, double? goldstein, KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var score = goldstein?.ToString("R", CultureInfo.InvariantCulture);
        if (place is null)
        {
            return ["0", null, null, null, null, null, null, score];
        }

        var fips = FipsCode(place.Country);
        var countryName = place.Country is not null && knowledgeBase.ById.TryGetValue(place.Country, out var country) ? country.Name : place.Country;
        // GDELT's full name: the place, its first-level region, its country ("Aleppo, Aleppo Governorate, Syria"),
        // the region left out when it is the place itself or unknown.
        var regionName = admin1 is not null && place.Precision == PlacePrecision.Place ? RegionName(admin1, knowledgeBase) : null;
        var fullName = place.Precision == PlacePrecision.Country || countryName is null ? countryName ?? place.Name
            : regionName is null ? place.Name + ", " + countryName
            : place.Name + ", " + regionName + ", " + countryName;
        var region = admin1 is { } code && code.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? code[(dot + 1)..] : null;
        var adm1 = place.Precision == PlacePrecision.Country || region is null ? fips : fips + region;
        var feature = place.Precision == PlacePrecision.Country ? fips : place.GeoNames?.ToString(CultureInfo.InvariantCulture);
        return
        [
            Type(place).ToString(CultureInfo.InvariantCulture), fullName, fips, adm1,
            place.Lat?.ToString("R", CultureInfo.InvariantCulture), place.Lon?.ToString("R", CultureInfo.InvariantCulture), feature, score,
        ];
    }

    /// <summary>The English name of a first-level region of the knowledge base given by its GeoNames code ("SY.09"), or null.</summary>
    public static string? RegionName(string admin1, KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        return RegionNames.GetValue(knowledgeBase, static kb =>
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in kb.Entries)
            {
                // A region entry carries its code and no GeoNames id of its own (a town has its id and its region's code).
                if (entry.Type == EntityType.Location && entry.Kind is "province" or "region" && entry.Admin1 is { } code && entry.GeoNames is null)
                {
                    names.TryAdd(code, entry.Name);
                }
            }

            return names.ToFrozenDictionary(StringComparer.Ordinal);
        }).GetValueOrDefault(admin1);
    }

    /// <summary>The GeoNames region code of a place in the knowledge base ("SY.13"), or null.</summary>
    public static string? Admin1Of(EventPlace? place, KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        return place is not null && knowledgeBase.ById.TryGetValue(place.Id, out var entry) ? entry.Admin1 : null;
    }
}
