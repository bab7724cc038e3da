using System.Data.Common;
using Marsad.Model;

namespace Marsad.Storage;

/// <summary>
/// The row shapes every backend's queries return, read the same way from any ADO.NET reader, so the
/// SQLite and PostgreSQL stores differ only in their SQL.
/// </summary>
internal static class StoredRows
{
    /// <summary>The counts <see cref="IStore.Stats"/> reports, as one row; the SQL is the same in both dialects.</summary>
    public const string StatsSql = """
        SELECT (SELECT COUNT(*) FROM documents),
               (SELECT COUNT(DISTINCT cluster) FROM documents),
               (SELECT COUNT(*) FROM documents d WHERE EXISTS (SELECT 1 FROM documents o WHERE o.cluster = d.cluster AND o.doc_key <> d.doc_key)),
               (SELECT COUNT(DISTINCT entity_id) FROM mentions),
               (SELECT COUNT(*) FROM mentions),
               (SELECT COUNT(*) FROM events),
               (SELECT COUNT(*) FROM event_sources),
               (SELECT COUNT(*) FROM events WHERE sources > 1),
               (SELECT MIN(published) FROM documents),
               (SELECT MAX(published) FROM documents)
        """;

    public static StoreStats Stats(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
        r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), NullableString(r, 8), NullableString(r, 9));

    /// <summary>
    /// A document's metadata from ten columns starting at <paramref name="o"/>: id, source, url, title,
    /// published, cluster, the id it is most similar to, the similarity, ingest time, cluster size.
    /// </summary>
    public static StoredDocument Document(DbDataReader r, int o = 0) => new(
        r.GetString(o),
        r.GetString(o + 1),
        NullableString(r, o + 2),
        NullableString(r, o + 3),
        NullableString(r, o + 4),
        r.GetInt64(o + 5),
        NullableString(r, o + 6),
        r.IsDBNull(o + 7) ? null : r.GetDouble(o + 7),
        r.GetString(o + 8),
        r.GetInt64(o + 9));

    /// <summary>The columns <see cref="Event"/> reads, from the table aliased <c>e</c>; the same in both dialects.</summary>
    public const string EventColumns =
        "e.event_key, e.id, e.event, e.mode, e.context, e.cameo, e.actor, e.recipient, e.about, e.date, e.date_from, e.modality, "
        + "e.goldstein, e.place_id, e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_geonames, e.place_precision";

    /// <summary>
    /// A merged event from <see cref="EventColumns"/>; its sides named by <paramref name="side"/>, its
    /// sources filled in later.
    /// </summary>
    public static (long Key, StoredEvent Event) Event(DbDataReader r, Func<string, EntityRef> side) => (r.GetInt64(0), new StoredEvent(
        r.GetString(1),
        EventType(r.GetString(1), r.GetString(2)),
        NullableString(r, 3),
        EventKeys.Split(r.GetString(4)),
        NullableString(r, 5),
        [.. EventKeys.Split(r.GetString(6)).Select(side)],
        [.. EventKeys.Split(r.GetString(7)).Select(side)],
        EventKeys.Split(r.GetString(8)),
        NullableString(r, 9),
        DateSourceOf(r.GetString(1), r.GetString(10)),
        EventKeys.Split(r.GetString(11)),
        [])
    {
        Goldstein = r.IsDBNull(12) ? null : r.GetDouble(12),
        Place = Place(r, 13),
    });

    /// <summary>An event type column, read as the contract's name; any other text is a store this version did not write.</summary>
    private static PloverType EventType(string id, string name) => PloverTypes.TryParse(name, out var type)
        ? type
        : throw new InvalidDataException($"stored event {id} has type '{name}', which is not a PLOVER event type");

    /// <summary>An event's date source column, read as the contract's name; any other text is a store this version did not write.</summary>
    private static DateSource DateSourceOf(string id, string name) => DateSources.TryParse(name, out var source)
        ? source
        : throw new InvalidDataException($"stored event {id} has date_from '{name}', which is not text, published or unknown");

    /// <summary>
    /// An event's place from seven columns starting at <paramref name="o"/>: id, name, country, lat, lon,
    /// GeoNames id, precision; null when there is no id.
    /// </summary>
    private static EventPlace? Place(DbDataReader r, int o) => r.IsDBNull(o)
        ? null
        : new EventPlace(
            r.GetString(o),
            r.GetString(o + 1),
            NullableString(r, o + 2),
            r.IsDBNull(o + 3) ? null : r.GetDouble(o + 3),
            r.IsDBNull(o + 4) ? null : r.GetDouble(o + 4),
            r.IsDBNull(o + 5) ? null : r.GetInt64(o + 5),
            PlacePrecisions.TryParse(r.GetString(o + 6), out var precision) ? precision : PlacePrecision.Country);

    /// <summary>One report of an event: document id, source, url, title, published, event id, trigger, sentence, rule.</summary>
    public static EventSource Source(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4),
        r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8));

    /// <summary>An entity's names from the columns name, name_ar, country, sector.</summary>
    public static EntityRef Entity(string id, DbDataReader r) =>
        new(id, NullableString(r, 0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3));

    public static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
