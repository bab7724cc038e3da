namespace Marsad.Storage.Postgres;

public sealed partial class PostgresStore
{
    // The stored documents asked for, by key: their ids travel as one text[] parameter, however many.
    private const string Picked = """
        picked AS (SELECT d.doc_key FROM document_ids i JOIN documents d ON d.month = i.month AND d.doc_key = i.doc_key WHERE i.id = ANY($1))
        """;

    public FacetCounts Facets(IReadOnlyCollection<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return new FacetCounts([], [], []);
        }

        object[] ids = [documentIds.ToArray()];
        using var connection = _source.OpenConnection();
        var entities = Rows(
            connection,
            $"""
            WITH {Picked}
            SELECT m.entity_id, COALESCE(n.name, m.entity_id), n.name_ar, COUNT(DISTINCT m.doc_key), COUNT(*)
            FROM mentions m JOIN picked p ON p.doc_key = m.doc_key LEFT JOIN entities n ON n.id = m.entity_id
            GROUP BY m.entity_id, n.name, n.name_ar
            """,
            ids,
            static r => new EntityFacet(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt64(3), r.GetInt64(4)));
        var types = Rows(
            connection,
            $"""
            WITH {Picked}
            SELECT e.event, COUNT(DISTINCT s.doc_key)
            FROM event_sources s JOIN picked p ON p.doc_key = s.doc_key JOIN events e ON e.event_key = s.event_key
            GROUP BY e.event
            """,
            ids,
            static r => new EventTypeFacet(r.GetString(0), r.GetInt64(1)));
        var events = Rows(
            connection,
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
}
