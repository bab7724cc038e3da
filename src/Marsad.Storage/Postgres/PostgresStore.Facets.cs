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
        return new FacetCounts(
            Rows(connection, FacetSql.Entities(Picked), ids, FacetSql.Entity),
            Rows(connection, FacetSql.EventTypes(Picked), ids, FacetSql.EventType),
            Rows(connection, FacetSql.Events(Picked), ids, FacetSql.Event));
    }
}
