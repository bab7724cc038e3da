using System.Text;
using System.Text.Json;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Cli;

/// <summary><c>marsad ingest</c> end to end, on real files and a real SQLite file.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Db => _folder.File("marsad.db");

    private string Corpus(int count)
    {
        var folder = _folder.File("corpus");
        CorpusGenerator.Write(folder, count, TestData.Sentences);
        return folder;
    }

    private static string StatsJson(string db) => CliRun.Of("stats", "--db", db, "--format", "json").AssertExit(0).Stdout;

    [Fact]
    public void Ingesting_the_same_folder_twice_gives_the_same_counts()
    {
        var corpus = Corpus(40);
        File.Copy(TestData.SeedArticle, Path.Combine(corpus, "seed.txt"));

        var first = CliRun.Of("ingest", corpus, "--db", Db, "--published", "2025-11-06", "--format", "json").AssertExit(0).Json;
        var afterFirst = StatsJson(Db);
        var second = CliRun.Of("ingest", corpus, "--db", Db, "--published", "2025-11-06", "--format", "json").AssertExit(0).Json;
        var afterSecond = StatsJson(Db);

        Assert.Equal(41, first.GetProperty("articles").GetInt32());
        var added = first.GetProperty("added").GetInt32();
        Assert.Equal(41, added + first.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(41, second.GetProperty("duplicates").GetInt32());
        Assert.Equal(afterFirst, afterSecond);
        using var stats = JsonDocument.Parse(afterSecond);
        Assert.Equal(added, stats.RootElement.GetProperty("documents").GetInt32());
        Assert.True(stats.RootElement.GetProperty("clustered_documents").GetInt32() > 0, "the generated near-duplicates cluster");
    }

    [Fact]
    public void The_summary_lists_each_failure_with_its_reason_and_stores_the_rest()
    {
        var jsonl = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reading", "articles.jsonl");
        var missing = _folder.File("missing.txt");

        var run = CliRun.Of("ingest", jsonl, missing, "--db", Db).AssertExit(3);

        Assert.Contains("added: 3", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("failed: 3", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("articles.jsonl#4: not JSON", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("articles.jsonl#5: no text, content or html field", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file or directory", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_goes_to_stderr_as_plain_lines_when_it_is_not_a_terminal()
    {
        var run = CliRun.Of("ingest", Corpus(12), "--db", Db).AssertExit(0);

        var progress = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(progress);
        Assert.All(progress, line => Assert.StartsWith("marsad ingest: ", line, StringComparison.Ordinal));
        Assert.Contains("12/12 inputs, 12 articles", progress[^1], StringComparison.Ordinal);
        Assert.Contains("articles/s", progress[^1], StringComparison.Ordinal);
        Assert.Contains("ETA", progress[^1], StringComparison.Ordinal);
        Assert.Contains("ingested 12 articles", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_article_fails_with_a_reason()
    {
        var empty = _folder.File("empty.txt");
        File.WriteAllBytes(empty, []);

        var run = CliRun.Of("ingest", empty, "--db", Db).AssertExit(3);

        Assert.Contains("empty.txt: no article text", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_is_given_by_option_else_MARSAD_DB_else_marsad_db_in_the_working_folder()
    {
        var seed = TestData.SeedArticle;
        var env = _folder.File("from-env.db");

        CliRun.Child(["ingest", seed], _folder.Path).AssertExit(0);
        CliRun.Child(["ingest", seed], _folder.Path, new Dictionary<string, string> { ["MARSAD_DB"] = env }).AssertExit(0);

        Assert.True(File.Exists(_folder.File("marsad.db")));
        Assert.True(File.Exists(env));
        Assert.Contains("\"documents\":1", CliRun.Of("stats", "--db", env, "--format", "json").Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest --batch 0 x")]
    [InlineData("ingest --published yesterday x")]
    [InlineData("ingest --bogus x")]
    [InlineData("ingest --format xml x")]
    public void A_bad_command_line_is_a_usage_error(string line)
    {
        CliRun.Of(line.Split(' ')).AssertExit(2);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_an_error_without_a_stack_trace()
    {
        var notStore = _folder.File("not-a-store.db");
        File.WriteAllText(notStore, new string('x', 4096), Encoding.ASCII);

        var run = CliRun.Of("stats", "--db", notStore);

        Assert.NotEqual(0, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.Contains("marsad:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_store_s_own_files_in_the_ingested_folder_are_not_read_as_articles()
    {
        var folder = _folder.File("news");
        Directory.CreateDirectory(folder);
        File.Copy(TestData.SeedArticle, Path.Combine(folder, "seed.txt"));
        var db = Path.Combine(folder, "marsad.db");
        CliRun.Of("ingest", folder, "--db", db).AssertExit(0);

        var again = CliRun.Of("ingest", folder, "--db", db, "--format", "json").AssertExit(0).Json;

        Assert.Equal(1, again.GetProperty("articles").GetInt32());
        Assert.Equal(0, again.GetProperty("failed").GetInt32());
    }

    [Fact]
    public void Json_lines_on_standard_input_are_ingested()
    {
        var lines = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reading", "articles.jsonl"));

        var run = CliRun.WithInput(lines, "ingest", "-", "--db", Db).AssertExit(3);

        Assert.Contains("added: 3", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("-#4: not JSON", run.Stdout, StringComparison.Ordinal);
    }
}
