using System.Text.Json;

namespace Marsad.Storage.Sqlite;

public sealed partial class SqliteStore
{
    // The documents asked for, by key: their ids travel as one JSON array parameter, however many.
    private const string Picked = "picked AS (SELECT d.doc_key FROM documents d WHERE d.id IN (SELECT value FROM json_each($ids)))";

    public FacetCounts Facets(IReadOnlyCollection<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return new FacetCounts([], [], []);
        }

        var ids = JsonSerializer.Serialize(documentIds);
        var entities = FacetRows(
            $"""
            WITH {Picked}
            SELECT m.entity_id, COALESCE(n.name, m.entity_id), n.name_ar, COUNT(DISTINCT m.doc_key), COUNT(*)
            FROM mentions m JOIN picked p ON p.doc_key = m.doc_key LEFT JOIN entities n ON n.id = m.entity_id
            GROUP BY m.entity_id
            """,
            ids,
            static r => new EntityFacet(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt64(3), r.GetInt64(4)));
        var types = FacetRows(
            $"""
            WITH {Picked}
            SELECT e.event, COUNT(DISTINCT s.doc_key)
            FROM event_sources s JOIN picked p ON p.doc_key = s.doc_key JOIN events e ON e.event_key = s.event_key
            GROUP BY e.event
            """,
            ids,
            static r => new EventTypeFacet(r.GetString(0), r.GetInt64(1)));
        var events = FacetRows(
            $"""
            WITH {Picked}
            SELECT e.date, e.event
            FROM event_sources s JOIN picked p ON p.doc_key = s.doc_key JOIN events e ON e.event_key = s.event_key
            ORDER BY s.doc_key, s.event_id
            """,
            ids,
            static r => (r.IsDBNull(0) ? null : r.GetString(0), r.GetString(1)));
        return new FacetCounts(entities, types, events);
    }

    private List<T> FacetRows<T>(string sql, string ids, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> read)
    {
        using var command = Command(sql);
        command.Parameters.AddWithValue("$ids", ids);
        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
