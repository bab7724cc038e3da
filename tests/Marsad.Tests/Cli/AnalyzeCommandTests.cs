using System.Text;
using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary>
/// <c>marsad analyze</c> on good, bad and odd inputs: exit codes 0 / 2 / 3, messages that name the
/// input and the reason, no stack traces, and one bad input never costing the others.
/// </summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private const string Arabic = "أعلنت وزارة الخارجية يوم الخميس عن زيارة رسمية.";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Empty_file_gives_an_empty_analysis()
    {
        var path = _folder.File("empty.txt", []);
        var run = CliRun.Of("analyze", path);
        Assert.Equal(0, run.ExitCode);
        var analysis = run.Documents.Single();
        Assert.Equal("", analysis.GetProperty("text").GetString());
        Assert.Equal(0, analysis.GetProperty("sentences").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("language").ValueKind);
    }

    [Fact]
    public void Binary_file_is_refused_with_exit_3()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = _folder.File("image.bin", bytes);
        var run = CliRun.Of("analyze", path);
        Assert.Equal(3, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(path, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("binary", run.Stderr, StringComparison.OrdinalIgnoreCase);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Control_bytes_without_nul_are_refused_too()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(1 + (i % 8))).ToArray();
        var run = CliRun.Of("analyze", _folder.File("controls.dat", bytes));
        Assert.Equal(3, run.ExitCode);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Missing_path_is_refused_with_exit_3()
    {
        var missing = Path.Combine(_folder.Path, "no-such-article.txt");
        var run = CliRun.Of("analyze", missing);
        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"marsad: {missing}: no such file or directory", run.Stderr.TrimEnd());
    }

    [Fact]
    public void One_bad_input_does_not_stop_the_others_and_order_is_kept()
    {
        var first = _folder.File("a.txt", Encoding.UTF8.GetBytes("الأول. " + Arabic));
        var second = _folder.File("b.txt", Encoding.UTF8.GetBytes("الثاني. " + Arabic));
        var run = CliRun.Of("analyze", first, Path.Combine(_folder.Path, "missing.txt"), second);
        Assert.Equal(3, run.ExitCode);
        var sources = run.Documents.Select(d => d.GetProperty("source").GetString()!).ToArray();
        Assert.Equal([first, second], sources);
        Assert.StartsWith("الأول", run.Documents[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_is_analysed_file_by_file_in_path_order()
    {
        _folder.File("b.txt", Encoding.UTF8.GetBytes("ب. " + Arabic));
        _folder.File("a/1.txt", Encoding.UTF8.GetBytes("أ. " + Arabic));
        _folder.File(".hidden.txt", Encoding.UTF8.GetBytes("مخفي"));
        var run = CliRun.Of("analyze", _folder.Path);
        Assert.Equal(0, run.ExitCode);
        var sources = run.Documents.Select(d => Path.GetRelativePath(_folder.Path, d.GetProperty("source").GetString()!)).ToArray();
        Assert.Equal([Path.Combine("a", "1.txt"), "b.txt"], sources);
    }

    [Fact]
    public void Empty_directory_is_refused_with_a_clear_message()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder.Path, "empty")).FullName;
        var run = CliRun.Of("analyze", empty);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("holds no files", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        var run = CliRun.WithInput(Encoding.UTF8.GetBytes(Arabic), "analyze", "-", "--published", "2025-11-06");
        Assert.Equal(0, run.ExitCode);
        var analysis = run.Documents.Single();
        Assert.Equal("-", analysis.GetProperty("source").GetString());
        Assert.Equal(Arabic, analysis.GetProperty("text").GetString());
        Assert.Equal("2025-11-06", analysis.GetProperty("published").GetString());
    }

    [Fact]
    public void Published_option_applies_where_the_input_has_no_date()
    {
        var path = _folder.File("a.txt", Encoding.UTF8.GetBytes(Arabic));
        Assert.Equal(JsonValueKind.Null, CliRun.Of("analyze", path).Documents.Single().GetProperty("published").ValueKind);
        Assert.Equal("2024-02-29", CliRun.Of("analyze", "--published=2024-02-29", path).Documents.Single().GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("2024-02", "2024-02-01")]
    [InlineData("2024", "2024-01-01")]
    public void Published_takes_a_month_or_a_year_like_ingest(string given, string published)
    {
        var path = _folder.File("a.txt", Encoding.UTF8.GetBytes(Arabic));

        var run = CliRun.Of("analyze", "--published", given, path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(published, run.Documents.Single().GetProperty("published").GetString());
    }

    [Fact]
    public void Text_format_is_a_readable_report()
    {
        var run = CliRun.Of("analyze", TestFiles.SeedArticle, "--published", "2025-11-06", "--format", "text");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("published   2025-11-06", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[share-prompt] شاركها.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("ستعلن كازاخستان يوم الخميس", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "no command")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "analyze" }, "at least one input")]
    [InlineData(new[] { "analyze", "--colour", "x.txt" }, "unknown option '--colour'")]
    [InlineData(new[] { "analyze", "x.txt", "--published", "6/11/2025" }, "YYYY-MM-DD")]
    [InlineData(new[] { "analyze", "x.txt", "--published" }, "--published needs a value")]
    [InlineData(new[] { "analyze", "x.txt", "--format", "xml" }, "json, text, plover or csv")]
    public void Usage_errors_exit_2_with_a_message(string[] args, string message)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Help_and_version_succeed()
    {
        Assert.Contains("analyze", CliRun.Of("help").Stdout, StringComparison.Ordinal);
        Assert.Contains("--published", CliRun.Of("analyze", "--help").Stdout, StringComparison.Ordinal);
        Assert.StartsWith("marsad ", CliRun.Of("--version").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_analysed_in_parallel_come_out_in_input_order_exactly_as_one_at_a_time()
    {
        var lines = Enumerable.Range(0, 40).Select(i =>
            JsonSerializer.Serialize(new { id = $"a{i}", published = "2025-11-06", text = $"{Arabic} وقال الوزير إن الاجتماع رقم {i} سيعقد في القاهرة." }));
        var path = _folder.File("corpus.jsonl", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n{broken\n"));

        var serial = CliRun.Of("analyze", path, "--jobs", "1");
        var parallel = CliRun.Of("analyze", path, "--jobs", "4");

        Assert.Equal(3, serial.ExitCode);
        Assert.Equal(serial.ExitCode, parallel.ExitCode);
        Assert.Equal(serial.Stdout, parallel.Stdout);
        Assert.Equal(serial.Stderr, parallel.Stderr);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"{path}#{i + 1}"), parallel.Documents.Select(d => d.GetProperty("source").GetString()));
        Assert.Contains($"{path}#41", parallel.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    public void Jobs_must_be_a_positive_number(string jobs)
    {
        var run = CliRun.Of("analyze", _folder.File("a.txt", Encoding.UTF8.GetBytes(Arabic)), "--jobs", jobs);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs", run.Stderr, StringComparison.Ordinal);
    }
}
