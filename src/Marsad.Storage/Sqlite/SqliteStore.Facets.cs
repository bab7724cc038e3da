using System.Text.Json;
using Microsoft.Data.Sqlite;

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
        return new FacetCounts(
            FacetRows(FacetSql.Entities(Picked), ids, FacetSql.Entity),
            FacetRows(FacetSql.EventTypes(Picked), ids, FacetSql.EventType),
            FacetRows(FacetSql.Events(Picked), ids, FacetSql.Event));
    }

    private List<T> FacetRows<T>(string sql, string ids, Func<SqliteDataReader, T> read)
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
