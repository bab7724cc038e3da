using System.Globalization;
using System.Text;
using Marsad.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = SearchAnalyzer.QueryTerms(query.Text);
        if (terms.Count == 0 || query.Limit <= 0)
        {
            return [];
        }

        var hits = Ranked(query, MatchExpression(terms), terms, query.Limit);
        var groups = query.Exact || hits.Count >= query.Limit ? [] : SearchAnalyzer.DerivedGroups(terms);
        return groups.Count == 0
            ? hits
            : SearchHits.WithDerived(hits, Ranked(query, MatchAll(groups), [.. groups.SelectMany(static g => g)], query.Limit + hits.Count), query.Limit);
    }

    private List<SearchHit> Ranked(SearchQuery query, string match, IReadOnlyList<string> terms, int limit)
    {
        // The best hits are chosen on keys and scores alone (the index only, when nothing filters on the
        // documents); only those few rows are then read whole.
        var filtered = query.From is not null || query.To is not null || query.Entity is not null || query.EventType is not null;
        var best = filtered
            ? """
                SELECT d.doc_key, bm25(document_terms) AS score
                FROM document_terms JOIN documents d ON d.doc_key = document_terms.rowid
                WHERE document_terms MATCH $match
                  AND ($from IS NULL OR d.published >= $from)
                  AND ($to IS NULL OR d.published <= $to)
                  AND ($entity IS NULL OR EXISTS (SELECT 1 FROM mentions m WHERE m.doc_key = d.doc_key AND m.entity_id = $entity))
                  AND ($type IS NULL OR EXISTS (SELECT 1 FROM event_sources s JOIN events e ON e.event_key = s.event_key WHERE s.doc_key = d.doc_key AND e.event = $type))
                ORDER BY score, d.doc_key
                LIMIT $limit
                """
            : """
                SELECT rowid AS doc_key, bm25(document_terms) AS score
                FROM document_terms
                WHERE document_terms MATCH $match
                ORDER BY score, rowid
                LIMIT $limit
                """;
        using var command = Command($"""
            WITH hits AS ({best})
            SELECT {DocumentColumns}, b.text, hits.score
            FROM hits JOIN documents d ON d.doc_key = hits.doc_key JOIN document_bodies b ON b.doc_key = hits.doc_key
            ORDER BY hits.score, d.doc_key
            """);
        command.Parameters.AddWithValue("$match", match);
        if (filtered)
        {
            command.Parameters.AddWithValue("$from", Nullable(query.From is { } f ? EventKeys.Iso(f) : null));
            command.Parameters.AddWithValue("$to", Nullable(query.To is { } t ? EventKeys.Iso(t) : null));
            command.Parameters.AddWithValue("$entity", Nullable(query.Entity));
            command.Parameters.AddWithValue("$type", Nullable(query.EventType));
        }

        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var document = StoredRows.Document(reader);
            var text = reader.GetString(10);

            // SQLite's bm25() is negative, smaller is better; the hit reports the usual positive score.
            hits.Add(new SearchHit(document, -reader.GetDouble(11), Snippets.Build(text, terms)));
        }

        return hits;
    }

    /// <summary>Every term quoted (a quote inside doubled), so no query is ever read as FTS5 syntax; terms are ANDed.</summary>
    internal static string MatchExpression(IEnumerable<string> terms) => string.Join(' ', terms.Select(Quoted));

    /// <summary>Every group matched (AND), any term of a group matching it (OR), each term quoted.</summary>
    internal static string MatchAll(IEnumerable<IReadOnlyList<string>> groups) =>
        string.Join(" AND ", groups.Select(static g => "(" + string.Join(" OR ", g.Select(Quoted)) + ")"));

    private static string Quoted(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder($"SELECT {StoredRows.EventColumns} FROM events e WHERE 1 = 1");
        using var command = Command("");
        // A country's id also matches the entities of that country, unless the query asks for the id alone.
        string Has(string role, string parameter) => query.Exact
            ? $"EXISTS (SELECT 1 FROM event_entities x WHERE x.event_key = e.event_key AND x.role = '{role}' AND x.entity_id = {parameter})"
            : $"EXISTS (SELECT 1 FROM event_entities x WHERE x.event_key = e.event_key AND x.role = '{role}' AND (x.entity_id = {parameter} "
              + $"OR x.entity_id IN (SELECT n.id FROM entities n WHERE n.country = {parameter})))";

        if (query.Actor is not null)
        {
            sql.Append(" AND ").Append(Has("actor", "$actor"));
            command.Parameters.AddWithValue("$actor", query.Actor);
        }

        if (query.Recipient is not null)
        {
            sql.Append(" AND ").Append(Has("recipient", "$recipient"));
            command.Parameters.AddWithValue("$recipient", query.Recipient);
        }

        if (query.Dyad is { } dyad)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (({Has("actor", "$a")} AND {Has("recipient", "$b")}) OR ({Has("actor", "$b")} AND {Has("recipient", "$a")}))");
            command.Parameters.AddWithValue("$a", dyad.A);
            command.Parameters.AddWithValue("$b", dyad.B);
        }

        if (query.EventType is not null)
        {
            sql.Append(" AND e.event = $type");
            command.Parameters.AddWithValue("$type", query.EventType);
        }

        if (query.From is { } from)
        {
            sql.Append(" AND e.date_end >= $from");
            command.Parameters.AddWithValue("$from", EventKeys.Iso(from));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND e.date_start <= $to");
            command.Parameters.AddWithValue("$to", EventKeys.Iso(to));
        }

        if (query.Country is not null)
        {
            sql.Append(" AND e.place_country = $country");
            command.Parameters.AddWithValue("$country", query.Country);
        }

        if (query.Near is { } near)
        {
            sql.Append(" AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL AND marsad_km($lat, $lon, e.place_lat, e.place_lon) <= $km");
            command.Parameters.AddWithValue("$lat", near.Lat);
            command.Parameters.AddWithValue("$lon", near.Lon);
            command.Parameters.AddWithValue("$km", near.Km);
        }

        sql.Append(" ORDER BY e.date_start IS NULL, e.date_start, e.event_key");
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT $limit");
            command.Parameters.AddWithValue("$limit", limit);
        }

        command.CommandText = sql.ToString();
        var rows = new List<(long Key, StoredEvent Event)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(StoredRows.Event(reader, EntityRefOf));
            }
        }

        return [.. rows.Select(row => row.Event with { Sources = SourcesOf(row.Key) })];
    }

    private List<EventSource> SourcesOf(long eventKey)
    {
        using var command = Command("""
            SELECT d.id, d.source, d.url, d.title, d.published, s.event_id, s.trigger_text, s.sentence_text, s.rule
            FROM event_sources s JOIN documents d ON d.doc_key = s.doc_key
            WHERE s.event_key = $event
            ORDER BY d.published IS NULL, d.published, d.doc_key, s.event_id
            """);
        command.Parameters.AddWithValue("$event", eventKey);
        var sources = new List<EventSource>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            sources.Add(StoredRows.Source(reader));
        }

        return sources;
    }

    private EntityRef EntityRefOf(string id)
    {
        using var command = Command("SELECT name, name_ar, country, sector FROM entities WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? StoredRows.Entity(id, reader)
            : new EntityRef(id, null, null, null, null);
    }

    public EntityProfile? Entity(string entityId, int top)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        string type;
        using (var command = Command("SELECT type FROM entities WHERE id = $id"))
        {
            command.Parameters.AddWithValue("$id", entityId);
            if (command.ExecuteScalar() is not string t)
            {
                return null;
            }

            type = t;
        }

        long documents;
        long mentions;
        using (var command = Command("SELECT COUNT(DISTINCT doc_key), COUNT(*) FROM mentions WHERE entity_id = $id"))
        {
            command.Parameters.AddWithValue("$id", entityId);
            using var reader = command.ExecuteReader();
            reader.Read();
            (documents, mentions) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        var overTime = new List<(string, long, long)>();
        using (var command = Command("""
            SELECT coalesce(substr(d.published, 1, 7), 'undated') AS period, COUNT(*), COUNT(DISTINCT m.doc_key)
            FROM mentions m JOIN documents d ON d.doc_key = m.doc_key
            WHERE m.entity_id = $id
            GROUP BY period ORDER BY period = 'undated', period
            """))
        {
            command.Parameters.AddWithValue("$id", entityId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                overTime.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
            }
        }

        var byType = new List<(string, long, long)>();
        using (var command = Command("""
            SELECT e.event, SUM(x.role = 'actor'), SUM(x.role = 'recipient')
            FROM event_entities x JOIN events e ON e.event_key = x.event_key
            WHERE x.entity_id = $id AND x.role IN ('actor', 'recipient')
            GROUP BY e.event ORDER BY COUNT(*) DESC, e.event
            """))
        {
            command.Parameters.AddWithValue("$id", entityId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                byType.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
            }
        }

        var coMentioned = new List<(string Id, long Documents)>();
        using (var command = Command("""
            SELECT o.entity_id, COUNT(DISTINCT o.doc_key) AS documents
            FROM (SELECT DISTINCT doc_key FROM mentions WHERE entity_id = $id) mine
            JOIN mentions o ON o.doc_key = mine.doc_key
            WHERE o.entity_id <> $id
            GROUP BY o.entity_id ORDER BY documents DESC, COUNT(*) DESC, o.entity_id
            LIMIT $top
            """))
        {
            command.Parameters.AddWithValue("$id", entityId);
            command.Parameters.AddWithValue("$top", top);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                coMentioned.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        return new EntityProfile(
            EntityRefOf(entityId), type, documents, mentions, overTime, byType,
            [.. coMentioned.Select(c => (EntityRefOf(c.Id), c.Documents))]);
    }

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;
}
