using Marsad.Model;

namespace Marsad.Storage;

/// <summary>
/// How both backends keep an event's place and Goldstein score (SQLite schema 3, PostgreSQL migration 3):
/// the columns written, and the rule that merges the places of several reports of one event.
/// </summary>
internal static class EventPlaceSql
{
    /// <summary>The columns, in the order of <see cref="Values"/>.</summary>
    public const string Columns = "goldstein, place_id, place_name, place_country, place_lat, place_lon, place_geonames, place_precision";

    /// <summary>
    /// The conflict clause of the event insert: a later report's place replaces the stored one only when it
    /// is finer (a place over an admin1 region over a country) or when none was stored, so among equally
    /// precise places the first report stored keeps its own. Goldstein stays the first report's, like the
    /// CAMEO code it scores.
    /// </summary>
    public const string KeepTheFinerPlace = """
        DO UPDATE SET place_id = excluded.place_id, place_name = excluded.place_name, place_country = excluded.place_country,
            place_lat = excluded.place_lat, place_lon = excluded.place_lon, place_geonames = excluded.place_geonames,
            place_precision = excluded.place_precision
        WHERE excluded.place_id IS NOT NULL AND (events.place_id IS NULL
            OR (CASE excluded.place_precision WHEN 'place' THEN 0 WHEN 'admin1' THEN 1 ELSE 2 END)
             < (CASE events.place_precision WHEN 'place' THEN 0 WHEN 'admin1' THEN 1 ELSE 2 END))
        """;

    /// <summary>The values of <see cref="Columns"/> for one event.</summary>
    public static object?[] Values(EventRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Place;
        return [e.Goldstein, p?.Id, p?.Name, p?.Country, p?.Lat, p?.Lon, p?.GeoNames, p is null ? null : PlacePrecisions.Name(p.Precision)];
    }
}
