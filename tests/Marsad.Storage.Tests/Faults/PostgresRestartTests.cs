using Marsad.Storage.Postgres;
using Marsad.Storage.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace Marsad.Storage.Tests.Faults;

/// <summary>
/// PostgreSQL restarted (<c>pg_ctl restart -m fast</c>) while a real <c>marsad ingest</c> or <c>marsad worker</c>
/// child is half way through writing a batch: the child stops with a message and no stack trace, the interrupted batch is rolled back
/// whole, the batches before it stay, and running again ends with exactly what one clean run stores.
/// The server is one of the test's own, since a restart cuts every connection to it.
/// </summary>
public sealed class PostgresRestartTests : IDisposable
{
    private const int Articles = 96;
    private readonly TempFolder _folder = new();
    private readonly ThrowawayPostgres _server = PostgresServer.StartDedicated();
    private readonly ITestOutputHelper _output;

    public PostgresRestartTests(ITestOutputHelper output) => _output = output;

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_ingest_whose_server_restarts_mid_batch_stops_with_a_message_and_the_rerun_stores_exact_counts()
    {
        var corpus = _folder.File("corpus");
        CorpusGenerator.Write(corpus, Articles, TestData.Sentences);
        var expected = StoreFigures.DistinctArticles(corpus);
        var db = _server.Database("restarted");

        var (xid, storedAtRestart, exit, message) = await RunUntilItsServerRestarts(["ingest", corpus, "--db", db, "--batch", "8"], db, "ingest", corpus, Articles / 2);
        _output.WriteLine($"{expected} distinct articles; restarted inside transaction {xid} with {storedAtRestart} documents committed; exit {exit}: {message}");
        AssertWhole(db, storedAtRestart);

        var rerun = CliRun.Child(["ingest", corpus, "--db", db, "--format", "json"]).AssertExit(0);
        Assert.Equal(expected - storedAtRestart, rerun.Json.GetProperty("added").GetInt64());
        var clean = _server.Database("clean");
        CliRun.Of("ingest", corpus, "--db", clean).AssertExit(0);
        Assert.Equal(expected, PostgresChecks.Scalar(db, "SELECT count(*) FROM documents"));
        AssertWhole(db, expected);
        Assert.Equal(StoreFigures.Stats(clean), StoreFigures.Stats(db));
    }

    [Fact]
    public async Task A_worker_whose_server_restarts_mid_source_stops_with_a_message_and_the_next_worker_finishes_with_exact_counts()
    {
        var corpus = _folder.File("corpus");
        CorpusGenerator.Write(corpus, Articles / 2, TestData.Sentences);
        var expected = StoreFigures.DistinctArticles(corpus);
        var db = _server.Database("worked");
        CliRun.Of("enqueue", corpus, "--db", db).AssertExit(0);
        string[] worker = ["worker", "--db", db, "--exit-when-idle", "--lease", "3", "--poll", "1"];

        var (xid, storedAtRestart, exit, message) = await RunUntilItsServerRestarts(worker, db, "worker", corpus, Articles / 4);

        // A source is done exactly when its articles are stored: the interrupted one is still queued.
        Assert.Equal(storedAtRestart, PostgresChecks.Scalar(db, "SELECT coalesce(sum(added), 0) FROM ingest_queue WHERE state = 'done'"));
        Assert.True(PostgresChecks.Scalar(db, "SELECT count(*) FROM ingest_queue WHERE state = 'queued'") > 0, "every source was done before the restart");
        AssertWhole(db, storedAtRestart);
        _output.WriteLine($"{expected} distinct articles; worker restarted inside transaction {xid} with {storedAtRestart} documents committed; exit {exit}: {message}");

        CliRun.Child(worker).AssertExit(0);
        var clean = _server.Database("worked_clean");
        CliRun.Of("ingest", corpus, "--db", clean).AssertExit(0);
        Assert.Equal(0, PostgresChecks.Scalar(db, "SELECT count(*) FROM ingest_queue WHERE state <> 'done'"));
        Assert.Equal(expected, PostgresChecks.Scalar(db, "SELECT count(*) FROM documents"));
        AssertWhole(db, expected);
        Assert.Equal(StoreFigures.Stats(clean), StoreFigures.Stats(db));
    }

    /// <summary>
    /// Waits until some batches are committed (the child cannot get past the held article), then holds the
    /// <c>entities</c> table and lets the article through, so a batch from there on stops inside its transaction
    /// after writing a document (a batch writes each document, then its entities), and restarts the server
    /// there. Returns that transaction's id and the documents committed before it.
    /// </summary>
    private (string Xid, long Stored) RestartInsideABatch(string db, HeldArticle held, Func<bool> childExited)
    {
        Assert.True(WaitFor(() => Documents(db) >= 16 || childExited()), "no batch was committed");
        Assert.False(childExited(), "the ingest ended before the restart");
        var database = new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString(db)).Database!;
        using var blocker = PostgresChecks.Open(db);
        using var holding = blocker.BeginTransaction();
        PostgresChecks.Execute(blocker, "LOCK TABLE entities IN EXCLUSIVE MODE", holding);
        held.Release();

        string? xid = null;
        Assert.True(
            WaitFor(() => (xid = PostgresChecks.Text(db, $"""
                SELECT a.backend_xid::text FROM pg_stat_activity a
                WHERE a.datname = '{database}' AND a.application_name = 'marsad' AND a.wait_event_type = 'Lock' AND a.backend_xid IS NOT NULL
                  AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.relation = 'documents'::regclass AND l.mode = 'RowExclusiveLock' AND l.granted)
                """)) is not null || childExited()),
            "no batch stopped half way");
        Assert.False(childExited(), "the ingest ended before the restart");
        var stored = PostgresChecks.Scalar(db, "SELECT count(*) FROM documents");
        _server.Restart();
        return (xid!, stored);
    }

    /// <summary>Every stored document has all its rows and no row belongs to a document that is not stored.</summary>
    private static void AssertWhole(string db, long documents)
    {
        Assert.Equal(documents, PostgresChecks.Scalar(db, "SELECT count(DISTINCT id) FROM documents"));
        Assert.Equal(documents, PostgresChecks.Scalar(db, "SELECT count(*) FROM document_ids"));
        Assert.Equal(documents * Clustering.MinHash.Bands, PostgresChecks.Scalar(db, "SELECT count(*) FROM minhash_bands"));
        Assert.Equal(0, PostgresChecks.Scalar(db, "SELECT count(*) FROM mentions WHERE doc_key NOT IN (SELECT doc_key FROM documents)"));
        Assert.Equal(0, PostgresChecks.Scalar(db, "SELECT count(*) FROM event_sources WHERE doc_key NOT IN (SELECT doc_key FROM documents)"));
        Assert.Equal(0, PostgresChecks.Scalar(db, "SELECT count(*) FROM events e WHERE sources <> (SELECT count(DISTINCT doc_key) FROM event_sources s WHERE s.event_key = e.event_key)"));
        Assert.Equal(0, PostgresChecks.Scalar(db, "SELECT count(*) FROM documents d WHERE json_array_length(d.analysis::json -> 'events') <> (SELECT count(*) FROM event_sources s WHERE s.doc_key = d.doc_key)"));
    }

    private static long Documents(string db)
    {
        try
        {
            return PostgresChecks.Scalar(db, "SELECT count(*) FROM documents");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // the child has not migrated yet
        }
    }

    /// <summary>
    /// Runs a <c>marsad</c> child over <paramref name="corpus"/> with its article <paramref name="hold"/> held
    /// back, restarts the server while the child holds a batch in its transaction,
    /// and checks what must hold after: the child stops with a clear message and no stack trace, the
    /// interrupted transaction is aborted, and the documents stored are exactly those committed before.
    /// </summary>
    private async Task<(string Xid, long Stored, int Exit, string Message)> RunUntilItsServerRestarts(string[] args, string db, string command, string corpus, int hold)
    {
        using var held = HeldArticle.Hold(corpus, hold);
        using var child = CliRun.Start(args);
        var stderr = child.StandardError.ReadToEndAsync();
        _ = child.StandardOutput.ReadToEndAsync();
        var (xid, storedAtRestart) = RestartInsideABatch(db, held, () => child.HasExited);

        Assert.True(child.WaitForExit(TimeSpan.FromMinutes(2)), $"the {command} did not stop after losing its server");
        Assert.NotEqual(0, child.ExitCode);
        var message = await stderr;
        Assert.Contains("marsad: PostgreSQL error:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.Equal("aborted", PostgresChecks.Text(db, $"SELECT pg_xact_status('{xid}'::xid8)"));
        Assert.Equal(storedAtRestart, PostgresChecks.Scalar(db, "SELECT count(*) FROM documents"));
        return (xid, storedAtRestart, child.ExitCode, message.Trim());
    }

    private static bool WaitFor(Func<bool> condition) => PostgresChecks.WaitFor(condition, TimeSpan.FromMinutes(3), 5);
}
