using System.Text.Json;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Cli;

/// <summary>
/// A real <c>marsad ingest</c> child process killed mid-ingest, then run again: the store ends with
/// exactly the counts of an uninterrupted ingest and nothing twice.
/// </summary>
public sealed class KillAndResumeTests : IDisposable
{
    private const int Articles = 240;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_ingest_killed_mid_way_and_run_again_ends_with_exact_counts_and_no_duplicates()
    {
        var corpus = _folder.File("corpus");
        CorpusGenerator.Write(corpus, Articles, TestData.Sentences);
        var expected = StoreFigures.DistinctArticles(corpus);
        var killedDb = _folder.File("killed.db");

        using (var child = CliRun.Start(["ingest", corpus, "--db", killedDb, "--batch", "8"]))
        {
            // Kill as soon as some batches are committed and while others are being written.
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (Documents(killedDb) < 24 && !child.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
            }

            Assert.False(child.HasExited, "the ingest ended before it could be killed");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        var storedAtKill = Documents(killedDb);
        Assert.InRange(storedAtKill, 1, expected - 1);

        var resumed = CliRun.Of("ingest", corpus, "--db", killedDb, "--format", "json").AssertExit(0).Json;
        var fullDb = _folder.File("full.db");
        CliRun.Of("ingest", corpus, "--db", fullDb).AssertExit(0);

        Assert.Equal(expected - storedAtKill, resumed.GetProperty("added").GetInt32());
        Assert.Equal(Documents(fullDb), Documents(killedDb));
        Assert.Equal(expected, Documents(killedDb));
        Assert.Equal(StoreFigures.Stats(fullDb), StoreFigures.Stats(killedDb));
        AssertConsistent(killedDb, expected);
    }

    private static long Documents(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            return Scalar(db, "SELECT COUNT(*) FROM documents");
        }
        catch (SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }

    /// <summary>Every row belongs to a stored document, and every document has all its rows.</summary>
    private static void AssertConsistent(string db, long documents)
    {
        Assert.Equal(documents, Scalar(db, "SELECT COUNT(DISTINCT id) FROM documents"));
        Assert.Equal(documents, Scalar(db, "SELECT COUNT(*) FROM document_terms"));
        Assert.Equal(documents, Scalar(db, "SELECT COUNT(*) FROM document_bodies JOIN documents USING (doc_key)"));
        Assert.Equal(documents * Clustering.MinHash.Bands, Scalar(db, "SELECT COUNT(*) FROM minhash_bands"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM mentions WHERE doc_key NOT IN (SELECT doc_key FROM documents)"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM event_sources WHERE doc_key NOT IN (SELECT doc_key FROM documents)"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM events e WHERE sources <> (SELECT COUNT(DISTINCT doc_key) FROM event_sources s WHERE s.event_key = e.event_key)"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM document_bodies b WHERE json_array_length(b.analysis, '$.events') <> (SELECT COUNT(*) FROM event_sources s WHERE s.doc_key = b.doc_key)"));
        Assert.Equal("ok", ScalarText(db, "PRAGMA integrity_check"));
    }

    private static long Scalar(string db, string sql) => Convert.ToInt64(ScalarObject(db, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static string ScalarText(string db, string sql) => (string)ScalarObject(db, sql)!;

    private static object? ScalarObject(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
