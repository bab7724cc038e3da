using System.Globalization;
using Marsad.Model;
using Marsad.Storage.Clustering;
using Npgsql;

namespace Marsad.Storage.Postgres;

/// <summary>
/// Writes documents inside one transaction that holds the write lock: the id claim, the document row in
/// its month's partition with its terms, its MinHash bands and cluster, its entities and mentions, and its
/// events merged with those already stored. The same steps as the SQLite store's writer, in PostgreSQL.
/// </summary>
internal sealed class PostgresBatchWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    // Undated rows live in the partition of 0001-01. Not on its first day: Npgsql sends DateOnly.MinValue
    // as -infinity, which no partition holds.
    private static readonly DateOnly Undated = new(1, 1, 2);
    private readonly HashSet<string> _partitions = new(StringComparer.Ordinal);

    /// <summary>Adds one document; false when a document with its id is already stored.</summary>
    public bool Add(DocumentRecord record)
    {
        var analysis = record.Analysis;
        var month = MonthOf(analysis.Published);
        var docKey = Scalar(
            "INSERT INTO document_ids (id, doc_key, month) VALUES ($1, nextval('doc_keys'), $2) ON CONFLICT (id) DO NOTHING RETURNING doc_key",
            analysis.Id, month);
        if (docKey is not long key)
        {
            return false;
        }

        var bands = MinHash.BandKeys(record.Signature);
        var (similarTo, similarity, clusters) = NearDuplicates(record.Signature, bands);
        var cluster = clusters.Count > 0 ? clusters.Min() : key;
        foreach (var other in clusters.Where(c => c != cluster))
        {
            Execute("UPDATE documents SET cluster = $1 WHERE cluster = $2", cluster, other);
        }

        EnsurePartition("documents", month);
        Execute(
            """
            INSERT INTO documents (doc_key, month, id, source, url, title, published, language, format, text, analysis, signature, cluster, similar_to, similarity, ingested_at, terms)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, CAST($17 AS tsvector))
            """,
            key, month, analysis.Id, analysis.Source, record.Url, analysis.Title, analysis.Published is { } p ? EventKeys.Iso(p) : null,
            analysis.Language, record.Format, analysis.Text, record.AnalysisJson, MinHash.ToBytes(record.Signature), cluster, similarTo, similarity,
            record.IngestedAt, TsVectorLiteral.Vector(record.IndexText));
        for (var b = 0; b < bands.Length; b++)
        {
            Execute("INSERT INTO minhash_bands (band, key, doc_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", b, bands[b], key);
        }

        foreach (var entity in analysis.Entities)
        {
            Execute(
                "INSERT INTO entities (id, type, name, name_ar, wikidata, country, sector, known) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING",
                entity.Id, EntityTypes.Name(entity.Type), entity.Name, entity.NameAr, entity.Wikidata, entity.Country, entity.Sector, entity.Known);
            foreach (var mention in entity.Mentions)
            {
                Execute(
                    "INSERT INTO mentions (doc_key, entity_id, start_at, end_at, text, form) VALUES ($1, $2, $3, $4, $5, $6)",
                    key, entity.Id, mention.Span.Start, mention.Span.End, mention.Text, mention.Form);
            }
        }

        var reported = new HashSet<long>();
        foreach (var e in analysis.Events)
        {
            AddEvent(analysis, key, e, reported);
        }

        return true;
    }

    private void AddEvent(Analysis analysis, long docKey, EventRecord e, HashSet<long> reported)
    {
        var mergeKey = EventKeys.MergeKey(e, analysis.Id);
        var range = EventKeys.DateRange(e.Date);
        var month = range is { } r ? MonthOf(DateOnly.ParseExact(r.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture)) : Undated;
        EnsurePartition("events", month);
        var eventKey = (long)Scalar(
            $"""
            WITH inserted AS (
                INSERT INTO events (event_key, month, merge_key, id, event, mode, context, cameo, actor, recipient, about, date, date_start, date_end, date_from, modality, {EventPlaceSql.Columns})
                VALUES (nextval('event_keys'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
                ON CONFLICT (month, merge_key) {EventPlaceSql.KeepTheFinerPlace}
                RETURNING event_key)
            SELECT event_key FROM inserted
            UNION ALL SELECT event_key FROM events WHERE month = $1 AND merge_key = $2
            LIMIT 1
            """,
            [
                month, mergeKey, e.Id, PloverTypes.Name(e.Event), e.Mode, string.Join('|', e.Context), e.Cameo, string.Join('|', e.Actor), string.Join('|', e.Recipient),
                string.Join('|', e.About), e.Date, range?.Start, range?.End, DateSources.Name(e.DateFrom), string.Join('|', e.Modality.Select(EventModalities.Name)), .. EventPlaceSql.Values(e),
            ])!;
        foreach (var (role, ids) in new[] { ("actor", e.Actor), ("recipient", e.Recipient), ("about", e.About) })
        {
            foreach (var id in ids)
            {
                Execute("INSERT INTO event_entities (entity_id, role, event_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", id, role, eventKey);
            }
        }

        var sentence = e.Sentence >= 0 && e.Sentence < analysis.Sentences.Length ? analysis.Sentences[e.Sentence].Span.Slice(analysis.Text) : e.Trigger.Text;
        Execute(
            "INSERT INTO event_sources (event_key, doc_key, event_id, trigger_text, sentence_text, rule) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            eventKey, docKey, e.Id, e.Trigger.Text, sentence, e.Rule);

        // The count of distinct documents: this document is new, so it adds one the first time it reports the event.
        if (reported.Add(eventKey))
        {
            Execute("UPDATE events SET sources = sources + 1 WHERE event_key = $1 AND month = $2", eventKey, month);
        }
    }

    /// <summary>The most similar stored document at or above the threshold, and the clusters of all such documents.</summary>
    private (long? SimilarTo, double? Similarity, HashSet<long> Clusters) NearDuplicates(uint[] signature, long[] bands)
    {
        var candidates = new SortedSet<long>();
        using (var command = new NpgsqlCommand(
            "SELECT DISTINCT doc_key FROM minhash_bands b JOIN unnest($1::integer[], $2::bigint[]) AS q(band, key) ON b.band = q.band AND b.key = q.key",
            connection, transaction))
        {
            command.Parameters.AddWithValue(Enumerable.Range(0, bands.Length).ToArray());
            command.Parameters.AddWithValue(bands);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                candidates.Add(reader.GetInt64(0));
            }
        }

        long? best = null;
        double bestSimilarity = 0;
        var clusters = new HashSet<long>();
        if (candidates.Count == 0)
        {
            return (null, null, clusters);
        }

        using (var command = new NpgsqlCommand("SELECT doc_key, signature, cluster FROM documents WHERE doc_key = ANY($1) ORDER BY doc_key", connection, transaction))
        {
            command.Parameters.AddWithValue(candidates.ToArray());
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var similarity = MinHash.Similarity(signature, MinHash.FromBytes((byte[])reader.GetValue(1)));
                if (similarity < MinHash.Threshold)
                {
                    continue;
                }

                clusters.Add(reader.GetInt64(2));
                if (similarity > bestSimilarity)
                {
                    (best, bestSimilarity) = (reader.GetInt64(0), similarity);
                }
            }
        }

        return (best, best is null ? null : bestSimilarity, clusters);
    }

    /// <summary>Creates the month's partition of a partitioned table the first time a row needs it.</summary>
    private void EnsurePartition(string table, DateOnly month)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{table}_y{month.Year:D4}m{month.Month:D2}");
        if (!_partitions.Add(name))
        {
            return;
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        var from = EventKeys.Iso(first);
        var to = EventKeys.Iso(first.AddMonths(1));
        PostgresStore.Execute(connection, transaction, $"CREATE TABLE IF NOT EXISTS {name} PARTITION OF {table} FOR VALUES FROM ('{from}') TO ('{to}')");
    }

    private static DateOnly MonthOf(DateOnly? date) => date is { } d ? new DateOnly(d.Year, d.Month, 1) : Undated;

    private object? Scalar(string sql, params object?[] values)
    {
        using var command = Command(sql, values);
        return command.ExecuteScalar();
    }

    private void Execute(string sql, params object?[] values)
    {
        using var command = Command(sql, values);
        command.ExecuteNonQuery();
    }

    private NpgsqlCommand Command(string sql, object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
