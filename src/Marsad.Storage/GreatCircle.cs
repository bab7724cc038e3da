namespace Marsad.Storage;

/// <summary>
/// Distances on the Earth as a sphere of the mean radius (IUGG, 6371.0088 km), by the haversine formula,
/// which stays exact for short distances where the spherical law of cosines loses digits. The sphere is off
/// the ellipsoid by at most about 0.5 %, far finer than "events near a city" needs.
/// </summary>
public static class GreatCircle
{
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>The great-circle distance in kilometres between two points given in degrees.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// The same distance as SQL both PostgreSQL and this code agree on, over the columns or parameters named
    /// (PostgreSQL has radians, sin, cos, asin and sqrt built in).
    /// </summary>
    public static string Sql(string lat1, string lon1, string lat2, string lon2) =>
        $"(2 * {EarthRadiusKm.ToString(System.Globalization.CultureInfo.InvariantCulture)} * asin(least(1, sqrt(power(sin(radians({lat2} - {lat1}) / 2), 2) "
        + $"+ cos(radians({lat1})) * cos(radians({lat2})) * power(sin(radians({lon2} - {lon1}) / 2), 2)))))";

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
