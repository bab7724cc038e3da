using System.Text.Json;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Storage.Tests.Support;

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

    private static long Documents(string db) => SqliteChecks.Documents(db);

    private static void AssertConsistent(string db, long documents) => SqliteChecks.AssertConsistent(db, documents);
}
