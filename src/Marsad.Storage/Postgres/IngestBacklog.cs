using Marsad.Storage.Monitoring;
using Npgsql;

namespace Marsad.Storage.Postgres;

/// <summary>A source a worker holds under lease.</summary>
public sealed record QueueItem(long Id, string Source, int Attempt);

/// <summary>How many sources wait, are held, are done and failed.</summary>
public sealed record QueueCounts(long Queued, long Leased, long Done, long Failed);

/// <summary>
/// The ingest queue in PostgreSQL: sources (file paths or URLs) that workers on any machine claim with
/// <c>FOR UPDATE SKIP LOCKED</c> and hold under a lease. A worker that dies stops renewing its lease; when
/// the lease runs out, another worker claims the source again; a worker on the same machine frees a dead
/// worker's leases at once (<see cref="ReleaseDead"/>). A source is marked done in the same
/// transaction that stores its documents, so it is done exactly when its documents are stored.
/// </summary>
public sealed class IngestBacklog(PostgresStore store)
{
    /// <summary>A source that has broken this many workers is marked failed rather than claimed again.</summary>
    public const int MaxAttempts = 5;

    /// <summary>Adds sources not yet queued; returns how many were new.</summary>
    public int Enqueue(IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using var connection = store.OpenConnection();
        using var command = new NpgsqlCommand(
            "INSERT INTO ingest_queue (source) SELECT unnest($1::text[]) ON CONFLICT (source) DO NOTHING", connection);
        command.Parameters.AddWithValue(sources.Distinct(StringComparer.Ordinal).ToArray());
        return command.ExecuteNonQuery();
    }

    /// <summary>Claims up to <paramref name="count"/> ready sources for <paramref name="owner"/>, oldest first.</summary>
    public IReadOnlyList<QueueItem> Claim(string owner, int count, TimeSpan lease)
    {
        using var connection = store.OpenConnection();
        using (var giveUp = new NpgsqlCommand(
            $"UPDATE ingest_queue SET state = 'failed', error = 'gave up after {MaxAttempts} attempts', lease_owner = NULL, lease_until = NULL " +
            $"WHERE state = 'queued' AND attempts >= {MaxAttempts} AND (lease_until IS NULL OR lease_until < now())", connection))
        {
            giveUp.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand("""
            UPDATE ingest_queue q SET lease_owner = $1, lease_until = now() + $2, attempts = q.attempts + 1
            WHERE q.id IN (
                SELECT id FROM ingest_queue
                WHERE state = 'queued' AND (lease_until IS NULL OR lease_until < now())
                ORDER BY id LIMIT $3
                FOR UPDATE SKIP LOCKED)
            RETURNING q.id, q.source, q.attempts
            """, connection);
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(lease);
        command.Parameters.AddWithValue(count);
        var items = new List<QueueItem>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            items.Add(new QueueItem(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return [.. items.OrderBy(static i => i.Id)];
    }

    /// <summary>
    /// Ends the running leases whose holders <paramref name="holders"/> can see have died (a worker of this machine
    /// killed, then started again), so their sources are claimed now rather than when the lease runs out; returns how
    /// many sources were freed. A holder on another machine keeps its lease. The dead worker's claim still counts as
    /// an attempt, so a source that kills every worker that reads it is still given up after <see cref="MaxAttempts"/>.
    /// </summary>
    public int ReleaseDead(LeaseHolders holders)
    {
        ArgumentNullException.ThrowIfNull(holders);
        using var connection = store.OpenConnection();
        var dead = new List<string>();
        using (var find = new NpgsqlCommand(
            "SELECT DISTINCT lease_owner FROM ingest_queue WHERE state = 'queued' AND lease_until >= now() AND starts_with(lease_owner, $1)", connection))
        {
            find.Parameters.AddWithValue(holders.Prefix);
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

        if (dead.Count == 0)
        {
            return 0;
        }

        // Only the dead holders' own leases: a source a live worker claimed meanwhile stays with it.
        using var release = new NpgsqlCommand(
            "UPDATE ingest_queue SET lease_owner = NULL, lease_until = NULL WHERE state = 'queued' AND lease_owner = ANY($1)", connection);
        release.Parameters.AddWithValue(dead.ToArray());
        return release.ExecuteNonQuery();
    }

    /// <summary>Extends the leases <paramref name="owner"/> holds on <paramref name="ids"/>.</summary>
    public void Renew(string owner, IReadOnlyCollection<long> ids, TimeSpan lease)
    {
        using var connection = store.OpenConnection();
        using var command = new NpgsqlCommand(
            "UPDATE ingest_queue SET lease_until = now() + $1 WHERE id = ANY($2) AND lease_owner = $3 AND state = 'queued'", connection);
        command.Parameters.AddWithValue(lease);
        command.Parameters.AddWithValue(ids.ToArray());
        command.Parameters.AddWithValue(owner);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Marks a source done inside the transaction that stored its documents. Throws
    /// <see cref="LeaseLostException"/> (rolling the documents back with it) when the lease has passed to
    /// another worker meanwhile.
    /// </summary>
    internal static void Complete(NpgsqlTransaction transaction, QueueItem item, string owner, int articles, AddOutcome outcome)
    {
        using var command = new NpgsqlCommand("""
            UPDATE ingest_queue
            SET state = 'done', done_at = now(), articles = $1, added = $2, duplicates = $3, lease_owner = NULL, lease_until = NULL, error = NULL
            WHERE id = $4 AND lease_owner = $5 AND state = 'queued'
            """, transaction.Connection, transaction);
        command.Parameters.AddWithValue(articles);
        command.Parameters.AddWithValue(outcome.Added);
        command.Parameters.AddWithValue(outcome.Duplicates);
        command.Parameters.AddWithValue(item.Id);
        command.Parameters.AddWithValue(owner);
        if (command.ExecuteNonQuery() != 1)
        {
            throw new LeaseLostException($"{item.Source}: the lease passed to another worker before this one finished");
        }
    }

    /// <summary>Marks a source that cannot be read as failed, with the reason.</summary>
    public void Fail(QueueItem item, string owner, string reason)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var connection = store.OpenConnection();
        using var command = new NpgsqlCommand(
            "UPDATE ingest_queue SET state = 'failed', error = $1, done_at = now(), lease_owner = NULL, lease_until = NULL WHERE id = $2 AND lease_owner = $3",
            connection);
        command.Parameters.AddWithValue(reason);
        command.Parameters.AddWithValue(item.Id);
        command.Parameters.AddWithValue(owner);
        command.ExecuteNonQuery();
    }

    public QueueCounts Counts()
    {
        using var connection = store.OpenConnection();
        using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE state = 'queued' AND (lease_until IS NULL OR lease_until < now())),
                   count(*) FILTER (WHERE state = 'queued' AND lease_until >= now()),
                   count(*) FILTER (WHERE state = 'done'),
                   count(*) FILTER (WHERE state = 'failed')
            FROM ingest_queue
            """, connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new QueueCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>The sources that failed, with their reasons, oldest first.</summary>
    public IReadOnlyList<(string Source, string Reason)> Failures()
    {
        using var connection = store.OpenConnection();
        using var command = new NpgsqlCommand("SELECT source, coalesce(error, '') FROM ingest_queue WHERE state = 'failed' ORDER BY id", connection);
        var failures = new List<(string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            failures.Add((reader.GetString(0), reader.GetString(1)));
        }

        return failures;
    }
}

/// <summary>A worker's lease ran out and another worker holds the source now; this worker's write is undone.</summary>
internal sealed class LeaseLostException(string message) : Exception(message);
