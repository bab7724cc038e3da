using System.Data.Common;
using System.Text.Json;
using Marsad.Storage.Postgres;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Monitoring;

/// <summary>
/// The watched sources' state in the store (tables <c>watch_sources</c> and <c>watch_items</c>), the same SQL on
/// both backends but for claiming. On PostgreSQL several watchers share the sources: a claim takes due
/// sources with <c>FOR UPDATE SKIP LOCKED</c> under a lease that recording the poll releases, so no two
/// watchers poll one source at once. A SQLite store has one watcher at a time, which claims without a lease.
/// Thread-safe (calls are serialised).
/// </summary>
public sealed class WatchState : IDisposable
{
    private const string Columns =
        "id, url, every_seconds, next_due, etag, last_modified, last_polled, last_success, last_error, last_error_at, last_status, failures, polls, items_seen, articles";

    private readonly Lock _gate = new();
    private readonly SqliteConnection? _sqlite;
    private readonly PostgresStore? _postgres;

    private WatchState(SqliteConnection? sqlite, PostgresStore? postgres)
    {
        _sqlite = sqlite;
        _postgres = postgres;
    }

    /// <summary>The state kept in <paramref name="store"/> (opened, so its schema is there).</summary>
    public static WatchState Of(IStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        switch (store)
        {
            case PostgresStore postgres:
                return new WatchState(null, postgres);
            case SqliteStore:
                var builder = new SqliteConnectionStringBuilder { DataSource = store.Location, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 };
                var connection = new SqliteConnection(builder.ToString());
                connection.Open();
                return new WatchState(connection, null);
            default:
                throw new ArgumentException($"no watch state for a {store.GetType().Name}", nameof(store));
        }
    }

    public void Dispose() => _sqlite?.Dispose();

    /// <summary>
    /// Adds the sources not yet known, due at once, and sets every listed source's interval. Sources the
    /// store knows but the list does not name are kept (with their history) and not polled.
    /// </summary>
    public void Register(IReadOnlyList<string> urls, TimeSpan every, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(urls);
        Run(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = Command(connection, transaction, """
                INSERT INTO watch_sources (url, every_seconds, next_due) VALUES (@url, @every, @due)
                ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds
                """);
            var url = Parameter(command, "@url", "");
            Parameter(command, "@every", (int)every.TotalSeconds);
            Parameter(command, "@due", WatchTimes.Write(now));
            foreach (var each in urls)
            {
                url.Value = each;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            return 0;
        });
    }

    /// <summary>
    /// Up to <paramref name="limit"/> of the listed sources that were due by <paramref name="dueBy"/>, soonest first.
    /// On PostgreSQL they are leased to <paramref name="owner"/> until <paramref name="now"/> + <paramref name="lease"/>;
    /// a source another watcher holds is skipped, and one whose holder died is claimed once its lease has passed.
    /// </summary>
    public IReadOnlyList<WatchSource> Claim(IReadOnlyList<string> urls, string owner, DateTimeOffset dueBy, DateTimeOffset now, TimeSpan lease, int limit) => Run<IReadOnlyList<WatchSource>>(connection =>
    {
        var sql = _postgres is null
            ? $"SELECT {Columns} FROM watch_sources WHERE {UrlIn("url")} AND next_due <= @due_by ORDER BY next_due, id LIMIT @limit"
            : $"""
                UPDATE watch_sources SET lease_owner = @owner, lease_until = @until
                WHERE id IN (
                    SELECT id FROM watch_sources
                    WHERE {UrlIn("url")} AND next_due <= @due_by AND (lease_until IS NULL OR lease_until < @now)
                    ORDER BY next_due, id LIMIT @limit
                    FOR UPDATE SKIP LOCKED)
                RETURNING {Columns}
                """;
        using var command = Command(connection, null, sql);
        UrlsParameter(command, urls);
        Parameter(command, "@due_by", WatchTimes.Write(dueBy));
        Parameter(command, "@now", WatchTimes.Write(now));
        Parameter(command, "@limit", limit);
        Parameter(command, "@owner", owner);
        Parameter(command, "@until", WatchTimes.Write(now + lease));
        return [.. Read(command).OrderBy(static s => s.NextDue).ThenBy(static s => s.Id)];
    });

    /// <summary>When the soonest of the listed sources is due, or null if none is known.</summary>
    public DateTimeOffset? NextDue(IReadOnlyList<string> urls) => Run(connection =>
    {
        using var command = Command(connection, null, $"SELECT min(next_due) FROM watch_sources WHERE {UrlIn("url")}");
        UrlsParameter(command, urls);
        return command.ExecuteScalar() is string due ? WatchTimes.Read(due) : (DateTimeOffset?)null;
    });

    /// <summary>The keys among <paramref name="keys"/> that the source has already handed over.</summary>
    public IReadOnlySet<string> Seen(long sourceId, IReadOnlyCollection<string> keys) => Run(connection =>
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var command = Command(connection, null, $"SELECT item_key FROM watch_items WHERE source_id = @id AND {UrlIn("item_key")}");
        Parameter(command, "@id", sourceId);
        UrlsParameter(command, [.. keys]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }

        return found;
    });

    /// <summary>
    /// Records a poll: the source's new state and the items it handed over (with the stored document's id,
    /// or null for an item that gave no article), in one transaction, releasing the lease. Called after the
    /// documents are committed, so a crash between the two refetches those items and stores nothing twice.
    /// </summary>
    public void Record(WatchSource source, IReadOnlyList<(string Key, string? DocumentId)> items, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(items);
        Run(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using (var update = Command(connection, transaction, """
                UPDATE watch_sources SET next_due = @next_due, etag = @etag, last_modified = @last_modified, last_polled = @last_polled,
                    last_success = @last_success, last_error = @last_error, last_error_at = @last_error_at, last_status = @last_status,
                    failures = @failures, polls = @polls, items_seen = @items_seen, articles = @articles, lease_owner = NULL, lease_until = NULL
                WHERE id = @id
                """))
            {
                Parameter(update, "@next_due", WatchTimes.Write(source.NextDue));
                Parameter(update, "@etag", source.ETag);
                Parameter(update, "@last_modified", source.LastModified);
                Parameter(update, "@last_polled", WatchTimes.Write(source.LastPolled));
                Parameter(update, "@last_success", WatchTimes.Write(source.LastSuccess));
                Parameter(update, "@last_error", source.LastError);
                Parameter(update, "@last_error_at", WatchTimes.Write(source.LastErrorAt));
                Parameter(update, "@last_status", source.LastStatus);
                Parameter(update, "@failures", source.Failures);
                Parameter(update, "@polls", source.Polls);
                Parameter(update, "@items_seen", source.ItemsSeen);
                Parameter(update, "@articles", source.Articles);
                Parameter(update, "@id", source.Id);
                update.ExecuteNonQuery();
            }

            using var insert = Command(connection, transaction, """
                INSERT INTO watch_items (source_id, item_key, document_id, seen_at) VALUES (@id, @key, @document, @seen)
                ON CONFLICT (source_id, item_key) DO NOTHING
                """);
            Parameter(insert, "@id", source.Id);
            Parameter(insert, "@seen", WatchTimes.Write(now));
            var key = Parameter(insert, "@key", "");
            var document = Parameter(insert, "@document", null);
            foreach (var item in items)
            {
                key.Value = item.Key;
                document.Value = (object?)item.DocumentId ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return 0;
        });
    }

    /// <summary>Every source the store knows, by URL.</summary>
    public IReadOnlyList<WatchSource> All() => Run(connection =>
    {
        using var command = Command(connection, null, $"SELECT {Columns} FROM watch_sources ORDER BY url");
        return Read(command);
    });

    private T Run<T>(Func<DbConnection, T> work)
    {
        lock (_gate)
        {
            if (_sqlite is not null)
            {
                return work(_sqlite);
            }

            using var connection = _postgres!.OpenConnection();
            return work(connection);
        }
    }

    /// <summary>A column among a list passed as one parameter: a JSON array in SQLite, a text[] in PostgreSQL.</summary>
    private string UrlIn(string column) =>
        _postgres is null ? $"{column} IN (SELECT value FROM json_each(@list))" : $"{column} = ANY(@list)";

    private void UrlsParameter(DbCommand command, IReadOnlyList<string> values) =>
        Parameter(command, "@list", _postgres is null ? JsonSerializer.Serialize(values) : values.ToArray());

    private static List<WatchSource> Read(DbCommand command)
    {
        var sources = new List<WatchSource>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            sources.Add(new WatchSource
            {
                Id = r.GetInt64(0),
                Url = r.GetString(1),
                EverySeconds = r.GetInt32(2),
                NextDue = WatchTimes.Read(r.GetString(3)),
                ETag = StoredRows.NullableString(r, 4),
                LastModified = StoredRows.NullableString(r, 5),
                LastPolled = WatchTimes.ReadNullable(StoredRows.NullableString(r, 6)),
                LastSuccess = WatchTimes.ReadNullable(StoredRows.NullableString(r, 7)),
                LastError = StoredRows.NullableString(r, 8),
                LastErrorAt = WatchTimes.ReadNullable(StoredRows.NullableString(r, 9)),
                LastStatus = r.IsDBNull(10) ? null : r.GetInt32(10),
                Failures = r.GetInt32(11),
                Polls = r.GetInt32(12),
                ItemsSeen = r.GetInt32(13),
                Articles = r.GetInt32(14),
            });
        }

        return sources;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
