using System.Data.Common;

namespace Marsad.Storage.Monitoring;

/// <summary>
/// The watched sources' state in the store (tables <c>watch_sources</c> and <c>watch_items</c>), the same SQL on
/// both backends but for claiming. On PostgreSQL several watchers share the sources: a claim takes due
/// sources with <c>FOR UPDATE SKIP LOCKED</c> under a lease that recording the poll releases, so no two
/// watchers poll one source at once. A SQLite store has one watcher at a time, which claims without a lease.
/// Thread-safe (<see cref="MonitorDb"/> serialises calls).
/// </summary>
public sealed class WatchState : IDisposable
{
    private const string Columns =
        "id, url, every_seconds, next_due, etag, last_modified, last_polled, last_success, last_error, last_error_at, last_status, failures, polls, items_seen, articles";

    private readonly MonitorDb _db;

    private WatchState(MonitorDb db)
    {
        _db = db;
    }

    /// <summary>The state kept in <paramref name="store"/> (opened, so its schema is there).</summary>
    public static WatchState Of(IStore store) => new(MonitorDb.Of(store));

    public void Dispose() => _db.Dispose();

    /// <summary>
    /// Adds the sources not yet known, due at once, and sets every listed source's interval. Sources the
    /// store knows but the list does not name are kept (with their history) and not polled.
    /// </summary>
    public void Register(IReadOnlyList<string> urls, TimeSpan every, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(urls);
        _db.Run(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = MonitorDb.Command(connection, transaction, """
                INSERT INTO watch_sources (url, every_seconds, next_due) VALUES (@url, @every, @due)
                ON CONFLICT (url) DO UPDATE SET every_seconds = excluded.every_seconds
                """);
            var url = MonitorDb.Parameter(command, "@url", "");
            MonitorDb.Parameter(command, "@every", (int)every.TotalSeconds);
            MonitorDb.Parameter(command, "@due", WatchTimes.Write(now));
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
    public IReadOnlyList<WatchSource> Claim(IReadOnlyList<string> urls, string owner, DateTimeOffset dueBy, DateTimeOffset now, TimeSpan lease, int limit) => _db.Run<IReadOnlyList<WatchSource>>(connection =>
    {
        var sql = !_db.IsPostgres
            ? $"SELECT {Columns} FROM watch_sources WHERE {_db.In("url")} AND next_due <= @due_by ORDER BY next_due, id LIMIT @limit"
            : $"""
                UPDATE watch_sources SET lease_owner = @owner, lease_until = @until
                WHERE id IN (
                    SELECT id FROM watch_sources
                    WHERE {_db.In("url")} AND next_due <= @due_by AND (lease_until IS NULL OR lease_until < @now)
                    ORDER BY next_due, id LIMIT @limit
                    FOR UPDATE SKIP LOCKED)
                RETURNING {Columns}
                """;
        using var command = MonitorDb.Command(connection, null, sql);
        _db.ListParameter(command, urls);
        MonitorDb.Parameter(command, "@due_by", WatchTimes.Write(dueBy));
        MonitorDb.Parameter(command, "@now", WatchTimes.Write(now));
        MonitorDb.Parameter(command, "@limit", limit);
        MonitorDb.Parameter(command, "@owner", owner);
        MonitorDb.Parameter(command, "@until", WatchTimes.Write(now + lease));
        return [.. Read(command).OrderBy(static s => s.NextDue).ThenBy(static s => s.Id)];
    });

    /// <summary>
    /// On PostgreSQL, ends the leases still running whose holders <paramref name="holders"/> can see have died (a
    /// watcher of this machine killed and started again), so their sources are claimed now rather than when the
    /// lease runs out; returns how many sources were freed. A holder elsewhere keeps its lease. SQLite keeps no leases.
    /// </summary>
    public int ReleaseDead(LeaseHolders holders, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(holders);
        if (!_db.IsPostgres)
        {
            return 0;
        }

        return _db.Run(connection =>
        {
            var dead = new List<string>();
            using (var find = MonitorDb.Command(connection, null,
                "SELECT DISTINCT lease_owner FROM watch_sources WHERE lease_until >= @now AND starts_with(lease_owner, @prefix)"))
            {
                MonitorDb.Parameter(find, "@now", WatchTimes.Write(now));
                MonitorDb.Parameter(find, "@prefix", holders.Prefix);
                using var reader = find.ExecuteReader();
                while (reader.Read())
                {
                    var holder = reader.GetString(0);
                    if (holders.IsDead(holder))
                    {
                        dead.Add(holder);
                    }
                }
            }

            var freed = 0;
            foreach (var holder in dead)
            {
                // Only the dead holder's own leases: if a live watcher claimed a source meanwhile, it keeps it.
                using var release = MonitorDb.Command(connection, null,
                    "UPDATE watch_sources SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = @owner");
                MonitorDb.Parameter(release, "@owner", holder);
                freed += release.ExecuteNonQuery();
            }

            return freed;
        });
    }

    /// <summary>When the soonest of the listed sources is due, or null if none is known.</summary>
    public DateTimeOffset? NextDue(IReadOnlyList<string> urls) => _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, $"SELECT min(next_due) FROM watch_sources WHERE {_db.In("url")}");
        _db.ListParameter(command, urls);
        return command.ExecuteScalar() is string due ? WatchTimes.Read(due) : (DateTimeOffset?)null;
    });

    /// <summary>The keys among <paramref name="keys"/> that the source has already handed over.</summary>
    public IReadOnlySet<string> Seen(long sourceId, IReadOnlyCollection<string> keys) => _db.Run(connection =>
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var command = MonitorDb.Command(connection, null, $"SELECT item_key FROM watch_items WHERE source_id = @id AND {_db.In("item_key")}");
        MonitorDb.Parameter(command, "@id", sourceId);
        _db.ListParameter(command, [.. keys]);
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
        _db.Run(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using (var update = MonitorDb.Command(connection, transaction, """
                UPDATE watch_sources SET next_due = @next_due, etag = @etag, last_modified = @last_modified, last_polled = @last_polled,
                    last_success = @last_success, last_error = @last_error, last_error_at = @last_error_at, last_status = @last_status,
                    failures = @failures, polls = @polls, items_seen = @items_seen, articles = @articles, lease_owner = NULL, lease_until = NULL
                WHERE id = @id
                """))
            {
                MonitorDb.Parameter(update, "@next_due", WatchTimes.Write(source.NextDue));
                MonitorDb.Parameter(update, "@etag", source.ETag);
                MonitorDb.Parameter(update, "@last_modified", source.LastModified);
                MonitorDb.Parameter(update, "@last_polled", WatchTimes.Write(source.LastPolled));
                MonitorDb.Parameter(update, "@last_success", WatchTimes.Write(source.LastSuccess));
                MonitorDb.Parameter(update, "@last_error", source.LastError);
                MonitorDb.Parameter(update, "@last_error_at", WatchTimes.Write(source.LastErrorAt));
                MonitorDb.Parameter(update, "@last_status", source.LastStatus);
                MonitorDb.Parameter(update, "@failures", source.Failures);
                MonitorDb.Parameter(update, "@polls", source.Polls);
                MonitorDb.Parameter(update, "@items_seen", source.ItemsSeen);
                MonitorDb.Parameter(update, "@articles", source.Articles);
                MonitorDb.Parameter(update, "@id", source.Id);
                update.ExecuteNonQuery();
            }

            using var insert = MonitorDb.Command(connection, transaction, """
                INSERT INTO watch_items (source_id, item_key, document_id, seen_at) VALUES (@id, @key, @document, @seen)
                ON CONFLICT (source_id, item_key) DO NOTHING
                """);
            MonitorDb.Parameter(insert, "@id", source.Id);
            MonitorDb.Parameter(insert, "@seen", WatchTimes.Write(now));
            var key = MonitorDb.Parameter(insert, "@key", "");
            var document = MonitorDb.Parameter(insert, "@document", null);
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
    public IReadOnlyList<WatchSource> All() => _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, $"SELECT {Columns} FROM watch_sources ORDER BY url");
        return Read(command);
    });

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
}
