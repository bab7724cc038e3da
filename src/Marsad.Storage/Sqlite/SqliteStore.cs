using System.Globalization;
using Marsad.Model;
using Marsad.Storage.Clustering;
using Marsad.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with an FTS5 index of Marsad's own search terms.
/// One instance is one connection; use it from one thread at a time. Several processes may read the
/// file while one writes.
/// </summary>
public sealed partial class SqliteStore : IStore
{
    private readonly SqliteConnection _connection;
    private readonly Lazy<SqliteConnection> _lookup;

    private readonly long? _maxBytes;

    private SqliteStore(SqliteConnection connection, string path, long? maxBytes)
    {
        _connection = connection;
        Location = path;
        _maxBytes = maxBytes;

        // Existing() has a connection of its own so it can run while Add() writes on another thread (WAL).
        _lookup = new Lazy<SqliteConnection>(() =>
        {
            var lookup = new SqliteConnection(connection.ConnectionString);
            lookup.Open();
            ApplySizeCap(lookup);
            return lookup;
        });
    }

    public string Location { get; }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>, capped at the size <see cref="SqliteSizeCap"/> reads from the environment.</summary>
    public static SqliteStore Open(string path) => Open(path, SqliteSizeCap.FromEnvironment());

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>; with <paramref name="maxBytes"/> it never grows past that size.</summary>
    public static SqliteStore Open(string path, long? maxBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();

            // SQLite has no trigonometry of its own in every build; --near asks this one, the same as PostgreSQL's.
            connection.CreateFunction<double, double, double, double, double>("marsad_km", GreatCircle.Km, isDeterministic: true);
            var store = new SqliteStore(connection, full, maxBytes);
            store.Execute("PRAGMA journal_mode = WAL;");
            store.Execute("PRAGMA synchronous = NORMAL;");
            store.Execute("PRAGMA busy_timeout = 30000;");
            store.Execute("PRAGMA temp_store = MEMORY;");
            store.ApplySizeCap(connection);
            store.WhenFull(0, store.EnsureSchema);
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_lookup.IsValueCreated)
        {
            _lookup.Value.Dispose();
        }

        _connection.Dispose();
    }

    private void EnsureSchema()
    {
        var version = Convert.ToInt32(Scalar("PRAGMA user_version;"), CultureInfo.InvariantCulture);
        if (version == SqliteSchema.Version)
        {
            return;
        }

        if (version > SqliteSchema.Version)
        {
            throw new StoreException($"{Location} was written by a newer Marsad (schema {version}, this one reads {SqliteSchema.Version}).");
        }

        using var transaction = _connection.BeginTransaction();
        Execute(SqliteSchema.Create, transaction);
        Execute(SqliteSchema.DatesToTheDay, transaction);
        // By the columns, not the version number alone: a store whose version was set back by hand keeps them.
        if (Convert.ToInt64(Scalar("SELECT COUNT(*) FROM pragma_table_info('events') WHERE name = 'place_id'", transaction), CultureInfo.InvariantCulture) == 0)
        {
            Execute(SqliteSchema.Places, transaction);
        }

        Execute(SqliteSchema.Monitoring, transaction);
        Execute(SqliteSchema.PendingHits, transaction);
        Execute(SqliteSchema.IngestedAt, transaction);
        Execute($"PRAGMA user_version = {SqliteSchema.Version};", transaction);
        transaction.Commit();
    }

    public IReadOnlySet<string> Existing(IReadOnlyCollection<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var command = _lookup.Value.CreateCommand();
        command.CommandText = "SELECT 1 FROM documents WHERE id = $id";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var documentId in documentIds.Distinct(StringComparer.Ordinal))
        {
            id.Value = documentId;
            if (command.ExecuteScalar() is not null)
            {
                found.Add(documentId);
            }
        }

        return found;
    }

    public AddOutcome Add(IReadOnlyList<DocumentRecord> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return WhenFull(batch.Count, () => AddBatch(batch));
    }

    private AddOutcome AddBatch(IReadOnlyList<DocumentRecord> batch)
    {
        using var transaction = _connection.BeginTransaction();
        using var writer = new BatchWriter(_connection, transaction);
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

        transaction.Commit();
        return new AddOutcome(added, duplicates);
    }

    public StoreStats Stats()
    {
        using var command = Command(StoredRows.StatsSql);
        using var reader = command.ExecuteReader();
        reader.Read();
        return StoredRows.Stats(reader);
    }

    public IEnumerable<string> AnalysisLines()
    {
        using var command = Command("SELECT analysis FROM document_bodies ORDER BY doc_key");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader.GetString(0);
        }
    }

    public IReadOnlyList<StoredDocument> Cluster(long clusterId)
    {
        using var command = Command($"SELECT {DocumentColumns} FROM documents d WHERE d.cluster = $cluster ORDER BY d.doc_key");
        command.Parameters.AddWithValue("$cluster", clusterId);
        return ReadDocuments(command);
    }

    public StoredDocument? Document(string documentId)
    {
        using var command = Command($"SELECT {DocumentColumns} FROM documents d WHERE d.id = $id");
        command.Parameters.AddWithValue("$id", documentId);
        return ReadDocuments(command).FirstOrDefault();
    }

    public string? Text(string documentId)
    {
        using var command = Command("SELECT b.text FROM documents d JOIN document_bodies b ON b.doc_key = d.doc_key WHERE d.id = $id");
        command.Parameters.AddWithValue("$id", documentId);
        return command.ExecuteScalar() as string;
    }

    public string? AnalysisJson(string documentId)
    {
        using var command = Command("SELECT b.analysis FROM documents d JOIN document_bodies b ON b.doc_key = d.doc_key WHERE d.id = $id");
        command.Parameters.AddWithValue("$id", documentId);
        return command.ExecuteScalar() as string;
    }

    private const string DocumentColumns =
        "d.id, d.source, d.url, d.title, d.published, d.cluster, (SELECT s.id FROM documents s WHERE s.doc_key = d.similar_to), d.similarity, d.ingested_at, " +
        "(SELECT COUNT(*) FROM documents c WHERE c.cluster = d.cluster)";

    private static List<StoredDocument> ReadDocuments(SqliteCommand command)
    {
        var documents = new List<StoredDocument>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents.Add(StoredRows.Document(reader));
        }

        return documents;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        return command.ExecuteScalar();
    }
}
