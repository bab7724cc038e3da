namespace Marsad.Storage;

/// <summary>
/// The facet queries of <see cref="IStore.Facets"/>, the same on every backend but for how each picks the
/// documents asked for: a <c>picked(doc_key)</c> common table expression that each passes in.
/// </summary>
internal static class FacetSql
{
    /// <summary>id, name (else the id), name_ar, documents, mentions.</summary>
    public static string Entities(string picked) => $"""
        WITH {picked}
        SELECT m.entity_id, COALESCE(n.name, m.entity_id), n.name_ar, COUNT(DISTINCT m.doc_key), COUNT(*)
        FROM mentions m JOIN picked p ON p.doc_key = m.doc_key LEFT JOIN entities n ON n.id = m.entity_id
        GROUP BY m.entity_id, n.name, n.name_ar
        """;

    /// <summary>event type, documents.</summary>
    public static string EventTypes(string picked) => $"""
        WITH {picked}
        SELECT e.event, COUNT(DISTINCT s.doc_key)
        FROM event_sources s JOIN picked p ON p.doc_key = s.doc_key JOIN events e ON e.event_key = s.event_key
        GROUP BY e.event
        """;

    /// <summary>date, event type: one row per report.</summary>
    public static string Events(string picked) => $"""
        WITH {picked}
        SELECT e.date, e.event
        FROM event_sources s JOIN picked p ON p.doc_key = s.doc_key JOIN events e ON e.event_key = s.event_key
        ORDER BY s.doc_key, s.event_id
        """;

    public static EntityFacet Entity(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt64(3), r.GetInt64(4));

    public static EventTypeFacet EventType(System.Data.Common.DbDataReader r) => new(r.GetString(0), r.GetInt64(1));

    public static (string? Date, string Type) Event(System.Data.Common.DbDataReader r) => (r.IsDBNull(0) ? null : r.GetString(0), r.GetString(1));
}
