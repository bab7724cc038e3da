using Npgsql;

namespace Marsad.Storage.Postgres;

/// <summary>
/// The scale-out store: the same contract as the SQLite store on a PostgreSQL server, which several ingest
/// workers write and several web servers read at once. Thread-safe: every call takes a pooled connection.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Opening applies the schema's missing migrations (<see cref="PostgresSchema"/>) in one transaction
///   under an advisory lock: a process killed mid-migration leaves the previous version intact.</item>
/// <item>A batch is one transaction, and batches from all processes write one at a time (an advisory lock),
///   so near-duplicate clusters and merged events come out as they would from one process; reading and
///   analysing, the expensive part, runs in parallel everywhere.</item>
/// <item>Search matches Marsad's own analysed terms kept as a tsvector with a GIN index, ranked by
///   <c>ts_rank_cd</c>; it finds the same documents as the SQLite store (whose BM25 may order them
///   differently).</item>
/// </list>
/// </remarks>
public sealed partial class PostgresStore : IStore
{
    private readonly NpgsqlDataSource _source;

    private PostgresStore(NpgsqlDataSource source, string location)
    {
        _source = source;
        Location = location;
    }

    public string Location { get; }

    /// <summary>Opens the store at a <c>postgres://</c> URL, creating or migrating its schema as needed.</summary>
    public static PostgresStore Open(string url)
    {
        var connectionString = PostgresLocation.ConnectionString(url);
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxAutoPrepare = 32,
            ApplicationName = "marsad",
            IncludeErrorDetail = true,
        };
        var source = NpgsqlDataSource.Create(builder.ConnectionString);
        var store = new PostgresStore(source, PostgresLocation.Redacted(url));
        try
        {
            store.Migrate();
            return store;
        }
        catch (NpgsqlException e)
        {
            source.Dispose();
            throw new StoreException($"cannot open the PostgreSQL store at {store.Location}: {e.Message}", e);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public void Dispose() => _source.Dispose();

    /// <summary>The schema version the database holds.</summary>
    public int SchemaVersion()
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Migrate()
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresSchema.MigrationLock})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        var applied = new HashSet<int>();
        using (var command = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var newest = PostgresSchema.Migrations.Max(static m => m.Version);
        if (applied.Count > 0 && applied.Max() > newest)
        {
            throw new StoreException($"{Location} was written by a newer Marsad (schema {applied.Max()}, this one knows up to {newest}).");
        }

        foreach (var (version, sql) in PostgresSchema.Migrations.Where(m => !applied.Contains(m.Version)).OrderBy(static m => m.Version))
        {
            Execute(connection, transaction, sql);
            using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES ($1)", connection, transaction);
            record.Parameters.AddWithValue(version);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public IReadOnlySet<string> Existing(IReadOnlyCollection<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT id FROM document_ids WHERE id = ANY($1)", connection);
        command.Parameters.AddWithValue(documentIds.Distinct(StringComparer.Ordinal).ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    public AddOutcome Add(IReadOnlyList<DocumentRecord> batch) => Add(batch, static (_, _) => { });

    /// <summary>
    /// Adds a batch like <see cref="Add(IReadOnlyList{DocumentRecord})"/> and runs <paramref name="alsoInTransaction"/>
    /// in the same transaction before it commits (a worker marks its queue items done there, so a source
    /// is done exactly when its documents are stored).
    /// </summary>
    internal AddOutcome Add(IReadOnlyList<DocumentRecord> batch, Action<NpgsqlTransaction, AddOutcome> alsoInTransaction)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresSchema.WriteLock})");
        var writer = new PostgresBatchWriter(connection, transaction);
        var added = 0;
        var duplicates = 0;
        foreach (var record in batch)
        {
            if (writer.Add(record))
            {
                added++;
            }
            else
            {
                duplicates++;
            }
        }

        var outcome = new AddOutcome(added, duplicates);
        alsoInTransaction(transaction, outcome);
        transaction.Commit();
        return outcome;
    }

    public StoreStats Stats()
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand(StoredRows.StatsSql, connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return StoredRows.Stats(reader);
    }

    public IEnumerable<string> AnalysisLines()
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT analysis FROM documents ORDER BY doc_key", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader.GetString(0);
        }
    }

    public IReadOnlyList<StoredDocument> Cluster(long clusterId) =>
        Documents($"SELECT {DocumentColumns} FROM documents d WHERE d.cluster = $1 ORDER BY d.doc_key", clusterId);

    public StoredDocument? Document(string documentId) =>
        Documents($"SELECT {DocumentColumns} FROM documents d WHERE d.id = $1", documentId).FirstOrDefault();

    public string? Text(string documentId)
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT text FROM documents WHERE id = $1", connection);
        command.Parameters.AddWithValue(documentId);
        return command.ExecuteScalar() as string;
    }

    public string? AnalysisJson(string documentId)
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT analysis FROM documents WHERE id = $1", connection);
        command.Parameters.AddWithValue(documentId);
        return command.ExecuteScalar() as string;
    }

    private const string DocumentColumns =
        "d.id, d.source, d.url, d.title, d.published, d.cluster, (SELECT s.id FROM document_ids s WHERE s.doc_key = d.similar_to), d.similarity, d.ingested_at, " +
        "(SELECT count(*) FROM documents c WHERE c.cluster = d.cluster)";

    private List<StoredDocument> Documents(string sql, object parameter)
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(parameter);
        var documents = new List<StoredDocument>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents.Add(StoredRows.Document(reader));
        }

        return documents;
    }

    internal static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    internal NpgsqlConnection OpenConnection() => _source.OpenConnection();
}
