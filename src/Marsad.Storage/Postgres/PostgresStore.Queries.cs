using System.Text;
using Marsad.Storage.Search;
using Npgsql;

namespace Marsad.Storage.Postgres;

public sealed partial class PostgresStore
{
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = SearchAnalyzer.QueryTerms(query.Text);
        if (terms.Count == 0 || query.Limit <= 0)
        {
            return [];
        }

        var hits = Ranked(query, TsVectorLiteral.AllOf(terms), terms, query.Limit);
        var groups = query.Exact || hits.Count >= query.Limit ? [] : SearchAnalyzer.DerivedGroups(terms);
        return groups.Count == 0
            ? hits
            : SearchHits.WithDerived(hits, Ranked(query, TsVectorLiteral.AllOfAny(groups), [.. groups.SelectMany(static g => g)], query.Limit + hits.Count), query.Limit);
    }

    private List<SearchHit> Ranked(SearchQuery query, string tsquery, IReadOnlyList<string> terms, int limit)
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand($"""
            SELECT {DocumentColumns}, d.text, ts_rank_cd(d.terms, q.query) AS score
            FROM documents d, (SELECT CAST($1 AS tsquery) AS query) q
            WHERE d.terms @@ q.query
              AND ($2::text IS NULL OR d.published >= $2)
              AND ($3::text IS NULL OR d.published <= $3)
              AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM mentions m WHERE m.doc_key = d.doc_key AND m.entity_id = $4))
              AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM event_sources s JOIN events e ON e.event_key = s.event_key WHERE s.doc_key = d.doc_key AND e.event = $5))
            ORDER BY score DESC, d.doc_key
            LIMIT $6
            """, connection);
        command.Parameters.AddWithValue(tsquery);
        AddText(command, query.From is { } f ? EventKeys.Iso(f) : null);
        AddText(command, query.To is { } t ? EventKeys.Iso(t) : null);
        AddText(command, query.Entity);
        AddText(command, query.EventType);
        command.Parameters.AddWithValue(limit);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(StoredRows.Document(reader), reader.GetFloat(11), Snippets.Build(reader.GetString(10), terms)));
        }

        return hits;
    }

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand { Connection = connection };
        var sql = new StringBuilder($"SELECT {StoredRows.EventColumns} FROM events e WHERE true");
        string Parameter(object value)
        {
            command.Parameters.AddWithValue(value);
            return "$" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // A country's id also matches the entities of that country, unless the query asks for the id alone.
        string Has(string role, string id)
        {
            var p = Parameter(id);
            return query.Exact
                ? $"EXISTS (SELECT 1 FROM event_entities x WHERE x.event_key = e.event_key AND x.role = '{role}' AND x.entity_id = {p})"
                : $"EXISTS (SELECT 1 FROM event_entities x WHERE x.event_key = e.event_key AND x.role = '{role}' AND (x.entity_id = {p} "
                  + $"OR x.entity_id IN (SELECT n.id FROM entities n WHERE n.country = {p})))";
        }

        if (query.Actor is not null)
        {
            sql.Append(" AND ").Append(Has("actor", query.Actor));
        }

        if (query.Recipient is not null)
        {
            sql.Append(" AND ").Append(Has("recipient", query.Recipient));
        }

        if (query.Dyad is { } dyad)
        {
            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" AND (({Has("actor", dyad.A)} AND {Has("recipient", dyad.B)}) OR ({Has("actor", dyad.B)} AND {Has("recipient", dyad.A)}))");
        }

        if (query.EventType is not null)
        {
            sql.Append(" AND e.event = ").Append(Parameter(query.EventType));
        }

        if (query.From is { } from)
        {
            sql.Append(" AND e.date_end >= ").Append(Parameter(EventKeys.Iso(from)));
        }

        if (query.To is { } to)
        {
            sql.Append(" AND e.date_start <= ").Append(Parameter(EventKeys.Iso(to)));
        }

        if (query.Country is not null)
        {
            sql.Append(" AND e.place_country = ").Append(Parameter(query.Country));
        }

        if (query.Near is { } near)
        {
            var distance = GreatCircle.Sql(Parameter(near.Lat), Parameter(near.Lon), "e.place_lat", "e.place_lon");
            sql.Append(" AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL AND ").Append(distance).Append(" <= ").Append(Parameter(near.Km));
        }

        sql.Append(" ORDER BY e.date_start IS NULL, e.date_start, e.event_key");
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT ").Append(Parameter(limit));
        }

        command.CommandText = sql.ToString();
        var rows = new List<(long Key, StoredEvent Event)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(StoredRows.Event(reader, Unnamed));
            }
        }

        // Entity names are read after the event rows: one connection runs one command at a time.
        return [.. rows.Select(row => row.Event with
        {
            Actor = [.. row.Event.Actor.Select(a => EntityRefOf(connection, a.Id))],
            Recipient = [.. row.Event.Recipient.Select(r => EntityRefOf(connection, r.Id))],
            Sources = SourcesOf(connection, row.Key),
        })];
    }

    private static List<EventSource> SourcesOf(NpgsqlConnection connection, long eventKey)
    {
        using var command = new NpgsqlCommand("""
            SELECT d.id, d.source, d.url, d.title, d.published, s.event_id, s.trigger_text, s.sentence_text, s.rule
            FROM event_sources s JOIN documents d ON d.doc_key = s.doc_key
            WHERE s.event_key = $1
            ORDER BY d.published IS NULL, d.published, d.doc_key, s.event_id
            """, connection);
        command.Parameters.AddWithValue(eventKey);
        var sources = new List<EventSource>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            sources.Add(StoredRows.Source(reader));
        }

        return sources;
    }

    private static EntityRef EntityRefOf(NpgsqlConnection connection, string id)
    {
        using var command = new NpgsqlCommand("SELECT name, name_ar, country, sector FROM entities WHERE id = $1", connection);
        command.Parameters.AddWithValue(id);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? StoredRows.Entity(id, reader)
            : new EntityRef(id, null, null, null, null);
    }

    public EntityProfile? Entity(string entityId, int top)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        using var connection = _source.OpenConnection();
        using (var command = new NpgsqlCommand("SELECT type FROM entities WHERE id = $1", connection))
        {
            command.Parameters.AddWithValue(entityId);
            if (command.ExecuteScalar() is not string type)
            {
                return null;
            }

            var (documents, mentions) = Rows(connection, "SELECT count(DISTINCT doc_key), count(*) FROM mentions WHERE entity_id = $1", [entityId],
                r => (r.GetInt64(0), r.GetInt64(1))).Single();
            var overTime = Rows(connection, """
                SELECT period, count(*), count(DISTINCT doc_key)
                FROM (SELECT coalesce(substr(d.published, 1, 7), 'undated') AS period, m.doc_key
                      FROM mentions m JOIN documents d ON d.doc_key = m.doc_key
                      WHERE m.entity_id = $1) mentioned
                GROUP BY period ORDER BY period = 'undated', period
                """, [entityId], r => (r.GetString(0), r.GetInt64(1), r.GetInt64(2)));
            var byType = Rows(connection, """
                SELECT e.event, count(*) FILTER (WHERE x.role = 'actor'), count(*) FILTER (WHERE x.role = 'recipient')
                FROM event_entities x JOIN events e ON e.event_key = x.event_key
                WHERE x.entity_id = $1 AND x.role IN ('actor', 'recipient')
                GROUP BY e.event ORDER BY count(*) DESC, e.event
                """, [entityId], r => (r.GetString(0), r.GetInt64(1), r.GetInt64(2)));
            var coMentioned = Rows(connection, """
                SELECT o.entity_id, count(DISTINCT o.doc_key) AS documents
                FROM (SELECT DISTINCT doc_key FROM mentions WHERE entity_id = $1) mine
                JOIN mentions o ON o.doc_key = mine.doc_key
                WHERE o.entity_id <> $1
                GROUP BY o.entity_id ORDER BY documents DESC, count(*) DESC, o.entity_id
                LIMIT $2
                """, [entityId, top], r => (Id: r.GetString(0), Documents: r.GetInt64(1)));
            return new EntityProfile(
                EntityRefOf(connection, entityId), type, documents, mentions, overTime, byType,
                [.. coMentioned.Select(c => (EntityRefOf(connection, c.Id), c.Documents))]);
        }
    }

    private static EntityRef Unnamed(string id) => new(id, null, null, null, null);

    private static List<T> Rows<T>(NpgsqlConnection connection, string sql, object[] parameters, Func<NpgsqlDataReader, T> read)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static void AddText(NpgsqlCommand command, string? value) =>
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
}
