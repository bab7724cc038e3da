using Marsad.Storage.Sqlite;
using Marsad.Storage.Tests.Support;
using Xunit.Abstractions;

namespace Marsad.Storage.Tests.Faults;

/// <summary>
/// A full disk, made real with SQLite's page cap (<c>MARSAD_SQLITE_MAX_SIZE</c>, applied as <c>max_page_count</c>
/// on every connection of the store): a real <c>marsad ingest</c> child fills the store, stops with a message
/// that names the full disk, keeps every article it had stored, and finishes once the cap is raised.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private const int Articles = 120;
    private readonly TempFolder _folder = new();
    private readonly ITestOutputHelper _output;

    public DiskFullTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_ingest_that_fills_the_store_stops_with_a_message_keeps_what_it_stored_and_finishes_when_the_cap_is_raised()
    {
        var corpus = _folder.File("corpus");
        CorpusGenerator.Write(corpus, Articles, TestData.Sentences);
        var expected = StoreFigures.DistinctArticles(corpus);
        var db = _folder.File("capped.db");
        var capped = new Dictionary<string, string> { [SqliteSizeCap.Variable] = "1M" };

        var full = CliRun.Child(["ingest", corpus, "--db", db, "--batch", "8"], environment: capped);
        full.AssertNoStackTrace();
        Assert.NotEqual(0, full.ExitCode);
        Assert.Contains("the disk is full or the store reached its size cap (MARSAD_SQLITE_MAX_SIZE=1 MiB)", full.Stderr, StringComparison.Ordinal);
        var stored = SqliteChecks.Documents(db);
        Assert.InRange(stored, 1, expected - 1);
        Assert.Contains($"the {stored} documents stored before it are intact", full.Stderr, StringComparison.Ordinal);
        _output.WriteLine($"{expected} distinct articles; capped run: exit {full.ExitCode}, {stored} stored, {new FileInfo(db).Length} bytes\n{full.Stderr.Trim()}");
        Assert.True(new FileInfo(db).Length <= 1 << 20, "the store grew past its cap");
        SqliteChecks.AssertConsistent(db, stored);

        // Still at the cap: the store reads as before, and another run loses nothing and adds nothing.
        var stats = CliRun.Child(["stats", "--db", db, "--format", "json"], environment: capped).AssertExit(0);
        Assert.Contains($"\"documents\":{stored},", stats.Stdout.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var again = CliRun.Child(["ingest", corpus, "--db", db, "--batch", "8"], environment: capped);
        again.AssertNoStackTrace();
        Assert.NotEqual(0, again.ExitCode);
        Assert.Equal(stored, SqliteChecks.Documents(db));

        var resumed = CliRun.Child(["ingest", corpus, "--db", db, "--format", "json"], environment: new Dictionary<string, string> { [SqliteSizeCap.Variable] = "64M" }).AssertExit(0);
        Assert.Equal(expected - stored, resumed.Json.GetProperty("added").GetInt64());
        _output.WriteLine($"raised cap: {resumed.Stdout.Trim()}");
        Assert.Equal(stored, resumed.Json.GetProperty("duplicates").GetInt64() - (Articles - expected));

        var clean = _folder.File("clean.db");
        CliRun.Of("ingest", corpus, "--db", clean).AssertExit(0);
        Assert.Equal(expected, SqliteChecks.Documents(db));
        Assert.Equal(StoreFigures.Stats(clean), StoreFigures.Stats(db));
        SqliteChecks.AssertConsistent(db, expected);
    }

    [Theory]
    [InlineData("1048576", 1L << 20)]
    [InlineData("512K", 512L << 10)]
    [InlineData("20m", 20L << 20)]
    [InlineData("2G", 2L << 30)]
    [InlineData("", null)]
    public void The_size_cap_reads_bytes_or_a_size_with_its_unit(string value, long? bytes) =>
        Assert.Equal(bytes, SqliteSizeCap.Parse(value));

    [Theory]
    [InlineData("lots")]
    [InlineData("-5M")]
    [InlineData("0")]
    [InlineData("99999999999G")]
    public void A_size_cap_that_is_not_a_size_is_refused_with_a_message(string value)
    {
        var e = Assert.Throws<StoreException>(() => SqliteSizeCap.Parse(value));
        Assert.Contains(SqliteSizeCap.Variable, e.Message, StringComparison.Ordinal);
    }
}
