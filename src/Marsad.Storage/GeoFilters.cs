using System.Globalization;

namespace Marsad.Storage;

/// <summary>
/// The text forms of the place filters, read the same by <c>marsad events</c> and the REST API: a country
/// as its ISO 3166-1 alpha-3 code (the knowledge base's country ids, as an event place's <c>country</c>),
/// and a circle as <c>LAT,LON,KM</c> in degrees and kilometres. Each answers a message that says what was
/// wrong, never an exception.
/// </summary>
public static class GeoFilters
{
    /// <summary>Half the Earth's circumference on the mean sphere: no two points are further apart.</summary>
    public static readonly double MaxKm = Math.Round(Math.PI * GreatCircle.EarthRadiusKm);

    public static bool TryCountry(string value, out string country, out string error)
    {
        ArgumentNullException.ThrowIfNull(value);
        country = value.Trim().ToUpperInvariant();
        error = "";
        if (country.Length == 3 && country.All(char.IsAsciiLetterUpper))
        {
            return true;
        }

        error = $"takes a country as its ISO 3166-1 alpha-3 code (SYR, PSE, KAZ), not '{value}'.";
        return false;
    }

    public static bool TryNear(string value, out Near near, out string error)
    {
        ArgumentNullException.ThrowIfNull(value);
        near = new Near(0, 0, 0);
        error = "";
        var parts = value.Split(',');
        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            // Not NaN nor infinity, which the parser reads whatever the styles and every comparison would let through.
            if (!double.TryParse(parts[i].Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out numbers[i])
                || !double.IsFinite(numbers[i]))
            {
                numbers = [];
                break;
            }
        }

        if (numbers.Length != 3)
        {
            error = $"takes LAT,LON,KM (degrees and kilometres, such as 33.51,36.29,50), not '{value}'.";
            return false;
        }

        var (lat, lon, km) = (numbers[0], numbers[1], numbers[2]);
        error = lat is < -90 or > 90 ? $"takes a latitude from -90 to 90, not {parts[0].Trim()}."
            : lon is < -180 or > 180 ? $"takes a longitude from -180 to 180, not {parts[1].Trim()}."
            : km <= 0 || km > MaxKm ? string.Create(CultureInfo.InvariantCulture, $"takes a distance above 0 and at most {MaxKm} km, not {parts[2].Trim()}.")
            : "";
        near = new Near(lat, lon, km);
        return error.Length == 0;
    }
}
