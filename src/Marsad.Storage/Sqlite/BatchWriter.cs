using Marsad.Model;
using Marsad.Storage.Clustering;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Writes documents inside one transaction with prepared statements: the document row, its terms, its
/// MinHash bands and cluster, its entities and mentions, and its events merged with those already stored.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _exists;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertBody;
    private readonly SqliteCommand _insertTerms;
    private readonly SqliteCommand _findBand;
    private readonly SqliteCommand _insertBand;
    private readonly SqliteCommand _signature;
    private readonly SqliteCommand _clusterOf;
    private readonly SqliteCommand _setCluster;
    private readonly SqliteCommand _mergeCluster;
    private readonly SqliteCommand _insertEntity;
    private readonly SqliteCommand _insertMention;
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _eventKey;
    private readonly SqliteCommand _insertEventEntity;
    private readonly SqliteCommand _insertSource;
    private readonly SqliteCommand _countSources;

    public BatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _exists = Prepare("SELECT 1 FROM documents WHERE id = $id", "$id");
        _insertDocument = Prepare(
            """
            INSERT INTO documents (id, source, url, title, published, language, format, cluster, similar_to, similarity, ingested_at)
            VALUES ($id, $source, $url, $title, $published, $language, $format, coalesce($cluster, 0), $similar_to, $similarity, $ingested_at)
            RETURNING doc_key
            """,
            "$id", "$source", "$url", "$title", "$published", "$language", "$format", "$cluster", "$similar_to", "$similarity", "$ingested_at");
        _insertBody = Prepare(
            "INSERT INTO document_bodies (doc_key, text, analysis, signature) VALUES ($doc, $text, $analysis, $signature)",
            "$doc", "$text", "$analysis", "$signature");
        _insertTerms = Prepare("INSERT INTO document_terms (rowid, terms) VALUES ($doc, $terms)", "$doc", "$terms");
        _findBand = Prepare("SELECT doc_key FROM minhash_bands WHERE band = $band AND key = $key", "$band", "$key");
        _insertBand = Prepare("INSERT OR IGNORE INTO minhash_bands (band, key, doc_key) VALUES ($band, $key, $doc)", "$band", "$key", "$doc");
        _signature = Prepare("SELECT signature FROM document_bodies WHERE doc_key = $doc", "$doc");
        _clusterOf = Prepare("SELECT cluster FROM documents WHERE doc_key = $doc", "$doc");
        _setCluster = Prepare("UPDATE documents SET cluster = $cluster WHERE doc_key = $doc", "$cluster", "$doc");
        _mergeCluster = Prepare("UPDATE documents SET cluster = $to WHERE cluster = $from", "$to", "$from");
        _insertEntity = Prepare(
            "INSERT OR IGNORE INTO entities (id, type, name, name_ar, wikidata, country, sector, known) VALUES ($id, $type, $name, $name_ar, $wikidata, $country, $sector, $known)",
            "$id", "$type", "$name", "$name_ar", "$wikidata", "$country", "$sector", "$known");
        _insertMention = Prepare(
            "INSERT INTO mentions (doc_key, entity_id, start, end, text, form) VALUES ($doc, $entity, $start, $end, $text, $form)",
            "$doc", "$entity", "$start", "$end", "$text", "$form");
        _insertEvent = Prepare(
            $"""
            INSERT INTO events (merge_key, id, event, mode, context, cameo, actor, recipient, about, date, date_start, date_end, date_from, modality, {EventPlaceSql.Columns})
            VALUES ($merge_key, $id, $event, $mode, $context, $cameo, $actor, $recipient, $about, $date, $date_start, $date_end, $date_from, $modality,
                    $goldstein, $place_id, $place_name, $place_country, $place_lat, $place_lon, $place_geonames, $place_precision)
            ON CONFLICT (merge_key) {EventPlaceSql.KeepTheFinerPlace}
            """,
            "$merge_key", "$id", "$event", "$mode", "$context", "$cameo", "$actor", "$recipient", "$about", "$date", "$date_start", "$date_end", "$date_from", "$modality",
            "$goldstein", "$place_id", "$place_name", "$place_country", "$place_lat", "$place_lon", "$place_geonames", "$place_precision");
        _eventKey = Prepare("SELECT event_key FROM events WHERE merge_key = $merge_key", "$merge_key");
        _insertEventEntity = Prepare("INSERT OR IGNORE INTO event_entities (entity_id, role, event_key) VALUES ($entity, $role, $event)", "$entity", "$role", "$event");
        _insertSource = Prepare(
            "INSERT OR IGNORE INTO event_sources (event_key, doc_key, event_id, trigger_text, sentence_text, rule) VALUES ($event, $doc, $event_id, $trigger, $sentence, $rule)",
            "$event", "$doc", "$event_id", "$trigger", "$sentence", "$rule");
        _countSources = Prepare(
            "UPDATE events SET sources = (SELECT COUNT(DISTINCT doc_key) FROM event_sources WHERE event_key = $event) WHERE event_key = $event",
            "$event");
    }

    /// <summary>Adds one document; false when a document with its id is already stored.</summary>
    public bool Add(DocumentRecord record)
    {
        var analysis = record.Analysis;
        if (Run(_exists, analysis.Id).ExecuteScalar() is not null)
        {
            return false;
        }

        var bands = MinHash.BandKeys(record.Signature);
        var (similarTo, similarity, clusters) = NearDuplicates(record.Signature, bands);
        long? cluster = clusters.Count > 0 ? clusters.Min() : null;
        var docKey = (long)Run(
            _insertDocument,
            analysis.Id, analysis.Source, record.Url, analysis.Title, analysis.Published is { } p ? EventKeys.Iso(p) : null, analysis.Language,
            record.Format, cluster, similarTo, similarity, record.IngestedAt).ExecuteScalar()!;
        Run(_insertBody, docKey, analysis.Text, record.AnalysisJson, MinHash.ToBytes(record.Signature)).ExecuteNonQuery();
        if (cluster is null)
        {
            Run(_setCluster, docKey, docKey).ExecuteNonQuery();
        }
        else
        {
            foreach (var other in clusters.Where(c => c != cluster))
            {
                Run(_mergeCluster, cluster, other).ExecuteNonQuery();
            }
        }

        Run(_insertTerms, docKey, record.IndexText).ExecuteNonQuery();
        for (var b = 0; b < bands.Length; b++)
        {
            Run(_insertBand, b, bands[b], docKey).ExecuteNonQuery();
        }

        foreach (var entity in analysis.Entities)
        {
            Run(_insertEntity, entity.Id, EntityTypes.Name(entity.Type), entity.Name, entity.NameAr, entity.Wikidata, entity.Country, entity.Sector, entity.Known ? 1 : 0).ExecuteNonQuery();
            foreach (var mention in entity.Mentions)
            {
                Run(_insertMention, docKey, entity.Id, mention.Span.Start, mention.Span.End, mention.Text, mention.Form).ExecuteNonQuery();
            }
        }

        foreach (var e in analysis.Events)
        {
            AddEvent(analysis, docKey, e);
        }

        return true;
    }

    private void AddEvent(Analysis analysis, long docKey, EventRecord e)
    {
        var mergeKey = EventKeys.MergeKey(e, analysis.Id);
        var range = EventKeys.DateRange(e.Date);
        Run(
            _insertEvent,
            [
                mergeKey, e.Id, PloverTypes.Name(e.Event), e.Mode, string.Join('|', e.Context), e.Cameo, string.Join('|', e.Actor), string.Join('|', e.Recipient),
                string.Join('|', e.About), e.Date, range?.Start, range?.End, DateSources.Name(e.DateFrom), string.Join('|', e.Modality.Select(EventModalities.Name)), .. EventPlaceSql.Values(e),
            ]).ExecuteNonQuery();
        var eventKey = (long)Run(_eventKey, mergeKey).ExecuteScalar()!;
        foreach (var (role, ids) in new[] { ("actor", e.Actor), ("recipient", e.Recipient), ("about", e.About) })
        {
            foreach (var id in ids)
            {
                Run(_insertEventEntity, id, role, eventKey).ExecuteNonQuery();
            }
        }

        var sentence = e.Sentence >= 0 && e.Sentence < analysis.Sentences.Length ? analysis.Sentences[e.Sentence].Span.Slice(analysis.Text) : e.Trigger.Text;
        Run(_insertSource, eventKey, docKey, e.Id, e.Trigger.Text, sentence, e.Rule).ExecuteNonQuery();
        Run(_countSources, eventKey).ExecuteNonQuery();
    }

    /// <summary>The most similar stored document at or above the threshold, and the clusters of all such documents.</summary>
    private (long? SimilarTo, double? Similarity, HashSet<long> Clusters) NearDuplicates(uint[] signature, long[] bands)
    {
        var candidates = new HashSet<long>();
        for (var b = 0; b < bands.Length; b++)
        {
            using var reader = Run(_findBand, b, bands[b]).ExecuteReader();
            while (reader.Read())
            {
                candidates.Add(reader.GetInt64(0));
            }
        }

        long? best = null;
        double bestSimilarity = 0;
        var clusters = new HashSet<long>();
        foreach (var candidate in candidates.Order())
        {
            var stored = MinHash.FromBytes((byte[])Run(_signature, candidate).ExecuteScalar()!);
            var similarity = MinHash.Similarity(signature, stored);
            if (similarity < MinHash.Threshold)
            {
                continue;
            }

            clusters.Add((long)Run(_clusterOf, candidate).ExecuteScalar()!);
            if (similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (candidate, similarity);
            }
        }

        return (best, best is null ? null : bestSimilarity, clusters);
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _commands.Add(command);
        return command;
    }

    private static SqliteCommand Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }
}
