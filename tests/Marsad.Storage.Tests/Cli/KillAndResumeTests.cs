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

        long storedAtKill;
        using (HeldArticle.Hold(corpus, Articles / 2))
        using (var child = CliRun.Start(["ingest", corpus, "--db", killedDb, "--batch", "8"]))
        {
            // The child cannot read past the held article, half way down the folder: kill it once some batches
            // are committed, while later ones may still be being written and the held one is still being read.
            var committed = PostgresChecks.WaitFor(() => Documents(killedDb) >= 24 || child.HasExited, TimeSpan.FromMinutes(5), 10);
            Assert.True(committed && !child.HasExited, "the ingest stopped before committing three batches");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            storedAtKill = Documents(killedDb);
        }

        Assert.InRange(storedAtKill, 24, expected - 1);

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
