using Marsad.Load;
using Marsad.Storage.Sqlite;
using Marsad.Web.Tests.Support;
using Xunit.Abstractions;

namespace Marsad.Web.Tests;

/// <summary>
/// A short, bounded run of the load tool (bench/Marsad.Load) against a real <c>marsad serve</c> child process over
/// a real SQLite file: 8 clients searching and reading for 12 s while one more ingests through the API. It asserts
/// correctness under concurrency, never speed: no server error, no request without an answer, every ingested
/// article stored, and the store grown by exactly the articles added. The figures are printed, not judged; the
/// longer run and its figures are in docs/RELIABILITY.md ("Load").
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const string Key = "load-test-key";

    [Fact]
    public async Task Concurrent_reads_while_an_ingest_writes_have_no_server_error_and_every_ingested_article_is_stored()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-load-test-").FullName;
        var database = Path.Combine(folder, "store.db");
        try
        {
            LoadReport report;
            // The rate limit raised (every client here is one address); the request timeout too, since CI runs other
            // test assemblies beside this one and a 503 for a slow answer would be a judgement of speed, not correctness.
            await using (var serve = await ServeProcess.StartAsync(database, Key, "--rate-limit", "100000", "--timeout", "120"))
            {
                report = await LoadRun.RunAsync(
                    new LoadOptions { Url = serve.Address, Key = Key, Clients = 8, Duration = TimeSpan.FromSeconds(12), SeedArticles = 10, CorpusSeed = 20251106 },
                    TextWriter.Null);
                var printed = new StringWriter();
                report.Print(printed);
                output.WriteLine(printed.ToString());

                Assert.True(report.Reads.Any(), "no read was made");
                Assert.True(report.Ingests.Any(), "no article was ingested during the run");
                Assert.True(report.TransportFailures.Count == 0, "requests without an answer:\n" + string.Join('\n', report.TransportFailures.Take(10)) + "\n" + serve.Output);
                Assert.True(report.ServerErrors == 0, printed + serve.Output);

                // Every read names something the store holds and the rate limit was raised: every answer is a success.
                Assert.All(report.Statuses.Keys, static status => Assert.InRange(status, 200, 299));
                Assert.Empty(report.Missing);
                Assert.Equal(0, report.DocumentsBefore);
                Assert.Equal(report.DocumentsBefore + report.Added, report.DocumentsAfter);
                Assert.Equal(report.Ingested.Count, report.Added + report.Duplicates);
            }

            // The file itself, read after the server has stopped: exactly the articles the server said it added.
            using var store = SqliteStore.Open(database);
            Assert.Equal(report.DocumentsAfter, store.Stats().Documents);
            Assert.All(report.Ingested, id => Assert.NotNull(store.Document(id)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
