using System.Diagnostics;
using Marsad.Storage.Postgres;
using Marsad.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Marsad.Storage.Tests.Faults;

/// <summary>
/// A real <c>marsad ingest</c> child killed while it creates the store's schema, inside the migration's
/// transaction: nothing of the schema is left half made, and running the command again migrates and stores
/// exactly what one clean ingest stores.
/// </summary>
public sealed class MigrationKillTests : IDisposable
{
    private const int Articles = 24;
    private readonly TempFolder _folder = new();
    private readonly string _prefix = "migration_" + Guid.NewGuid().ToString("N")[..10];
    private readonly ITestOutputHelper _output;

    public MigrationKillTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_SQLite_store_whose_migration_is_killed_has_no_schema_is_sound_and_the_rerun_stores_exact_counts()
    {
        var corpus = _folder.File("corpus");
        CorpusGenerator.Write(corpus, Articles, TestData.Sentences);
        var expected = StoreFigures.DistinctArticles(corpus);

        // The schema transaction lasts milliseconds, so the child is frozen (SIGSTOP) again and again until it is
        // caught holding the store's write lock with no schema committed yet, and killed there.
        string? killed = null;
        for (var attempt = 0; attempt < 40 && killed is null; attempt++)
        {
            var db = _folder.File($"killed-{attempt}.db");
            if (KillInsideSqliteMigration(db, corpus))
            {
                killed = db;
                _output.WriteLine($"killed inside the schema transaction on try {attempt + 1}");
            }
        }

        Assert.True(killed is not null, "no child was caught inside its schema transaction in 40 tries");
        Assert.Equal("ok", SqliteChecks.ScalarText(killed, "PRAGMA integrity_check"));
        Assert.Equal(0, SqliteChecks.Scalar(killed, "PRAGMA user_version"));
        Assert.Equal(0, SqliteChecks.Scalar(killed, "SELECT COUNT(*) FROM sqlite_master"));

        var rerun = CliRun.Child(["ingest", corpus, "--db", killed, "--format", "json"]).AssertExit(0);
        Assert.Equal(expected, rerun.Json.GetProperty("added").GetInt64());
        var clean = _folder.File("clean.db");
        CliRun.Of("ingest", corpus, "--db", clean).AssertExit(0);
        Assert.Equal(Marsad.Storage.Sqlite.SqliteSchema.Version, SqliteChecks.Scalar(killed, "PRAGMA user_version"));
        Assert.Equal(StoreFigures.Stats(clean), StoreFigures.Stats(killed));
        SqliteChecks.AssertConsistent(killed, expected);
    }

    [Fact]
    public void A_PostgreSQL_store_whose_migration_is_killed_half_way_has_no_schema_and_the_rerun_stores_exact_counts()
    {
        var corpus = _folder.File("corpus");
        CorpusGenerator.Write(corpus, Articles, TestData.Sentences);
        var expected = StoreFigures.DistinctArticles(corpus);
        var db = PostgresServer.Database(_prefix + "_killed");
        var database = new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString(db)).Database!;

        // An open transaction that creates a table of the first migration, half way down its list: the child's
        // migration creates the tables before it, then waits on the catalog for this one, inside its transaction.
        using (var blocker = PostgresChecks.Open(db))
        using (var blocking = blocker.BeginTransaction())
        {
            PostgresChecks.Execute(blocker, "CREATE TABLE minhash_bands (held_by_the_test integer)", blocking);
            using var child = CliRun.Start(["ingest", corpus, "--db", db]);
            try
            {
                var waiting = WaitFor(() => PostgresChecks.Scalar(db, $"""
                    SELECT count(*) FROM pg_stat_activity a
                    WHERE a.datname = '{database}' AND a.application_name = 'marsad' AND a.wait_event_type = 'Lock'
                      AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'relation' AND l.mode = 'AccessExclusiveLock' AND l.granted)
                    """) == 1 || child.HasExited);
                Assert.True(waiting && !child.HasExited, "the child never reached the middle of its migration");
            }
            finally
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
            }

            blocking.Rollback();
        }

        // The server learns of the dead client when it next writes to it; until then its backend lingers.
        Assert.True(WaitFor(() => PostgresChecks.Scalar(db, $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' AND application_name = 'marsad'") == 0), "the killed child's session never ended");
        Assert.Equal(0, PostgresChecks.Scalar(db, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"));

        var rerun = CliRun.Child(["ingest", corpus, "--db", db, "--format", "json"]).AssertExit(0);
        Assert.Equal(expected, rerun.Json.GetProperty("added").GetInt64());
        var clean = PostgresServer.Database(_prefix + "_clean");
        CliRun.Of("ingest", corpus, "--db", clean).AssertExit(0);
        Assert.Equal(PostgresSchema.Migrations.Count, PostgresChecks.Scalar(db, "SELECT count(*) FROM schema_migrations"));
        Assert.Equal(expected, PostgresChecks.Scalar(db, "SELECT count(*) FROM documents"));
        Assert.Equal(StoreFigures.Stats(clean), StoreFigures.Stats(db));
    }

    /// <summary>Starts an ingest into a new file and kills it inside its schema transaction; false if it got past it first.</summary>
    private static bool KillInsideSqliteMigration(string db, string corpus)
    {
        using var child = CliRun.Start(["ingest", corpus, "--db", db]);
        try
        {
            var watch = Stopwatch.StartNew();
            while (!child.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (!File.Exists(db))
                {
                    Thread.Yield();
                    continue;
                }

                // Frozen, the child is looked at; thawed, it runs only until the next freeze, a few microseconds.
                ProcessSignals.Stop(child.Id);
                var state = Look(db);
                if (state == Migration.Open)
                {
                    child.Kill(entireProcessTree: true);
                    child.WaitForExit();
                    return true;
                }

                ProcessSignals.Continue(child.Id);
                if (state == Migration.Committed)
                {
                    return false;
                }
            }

            return false;
        }
        finally
        {
            if (!child.HasExited)
            {
                ProcessSignals.Continue(child.Id);
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
            }
        }
    }

    private enum Migration
    {
        NotStarted,
        Open,
        Committed,
    }

    /// <summary>
    /// Where the child's schema transaction stands: committed once the file has a schema version; open while no
    /// version is committed and another connection holds the write lock (only that transaction takes it before
    /// the schema exists); otherwise not started.
    /// </summary>
    private static Migration Look(string db)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 1 }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 0;";
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA user_version;";
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                return Migration.Committed;
            }

            try
            {
                command.CommandText = "BEGIN IMMEDIATE;";
                command.ExecuteNonQuery();
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 5)
            {
                return Migration.Open; // SQLITE_BUSY: the schema transaction holds the write lock
            }

            command.CommandText = "ROLLBACK;";
            command.ExecuteNonQuery();
            return Migration.NotStarted;
        }
        catch (SqliteException)
        {
            return Migration.NotStarted; // the child holds the file alone for a moment (turning WAL on)
        }
    }

    private static bool WaitFor(Func<bool> condition) => PostgresChecks.WaitFor(condition, TimeSpan.FromMinutes(2), 20);
}
