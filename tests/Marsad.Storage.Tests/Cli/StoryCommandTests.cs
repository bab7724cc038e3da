using System.Text.Json;
using Marsad.Storage.Tests.Stories;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Cli;

/// <summary><c>marsad stories</c> through the real command on a SQLite store holding a small breaking story.</summary>
public sealed class StoryCommandTests : IDisposable
{
    private const string Now = "2026-12-06T18:00:00Z";
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public StoryCommandTests()
    {
        _db = _folder.File("marsad.db");
        using var store = Sqlite.SqliteStore.Open(_db);
        store.Add(StoryArticles.GazaRecords(TestData.Pipeline, DateTimeOffset.Parse(Now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Marsad(params string[] args) => CliRun.Of(["stories", .. args, "--db", _db]);

    [Fact]
    public void Breaking_lists_the_growing_story_with_its_growth_sources_entities_events_and_articles()
    {
        var run = Marsad("--breaking", "--now", Now).AssertExit(0);

        Assert.StartsWith("breaking stories 2026-12-06T12:00:00Z to 2026-12-06T18:00:00Z: 1 breaking of 2", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" 1. BREAKING ratio 3.2: 4 articles from 3 sources, expected 0.25 (1 in the 24 h before)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("sources: c.example 2, a.example 1, b.example 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("(ISR) in 4", run.Stdout, StringComparison.Ordinal);
        // The raid is Israel's army's on Palestine; the UN's call to stop the raids (ودعت …) is a request, not a second attack.
        Assert.Contains("    event: ASSAULT institution/army/ISR -> PSE 2026-12-06, reported by 4 of these articles (4 in all)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("    event: REQUEST org/united-nations -> ISR 2026-12-06, reported by 4 of these articles (4 in all)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2026-12-06T18:00:00Z  c.example  ", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("d.example", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_one_story_a_line_and_a_narrow_window_leaves_nothing_breaking()
    {
        var lines = Marsad("--now", Now, "--format", "json").AssertExit(0).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.True(first.RootElement.GetProperty("breaking").GetBoolean());
        Assert.Equal(3.2, first.RootElement.GetProperty("growth").GetProperty("ratio").GetDouble());
        Assert.Equal(4, first.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal("c.example", first.RootElement.GetProperty("outlets")[0].GetProperty("name").GetString());

        Assert.Equal("", Marsad("--breaking", "--now", Now, "--since", "10m", "--format", "json").AssertExit(0).Stdout);
        Assert.Contains("0 breaking of 2", Marsad("--now", Now, "--min-sources", "4").AssertExit(0).Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "yesterday", "--since takes a time such as 2026-12-06T18:00:00Z")]
    [InlineData("--since", "2026-12-07", "the window must start before now")]
    [InlineData("--since", "40d", "--since takes a span of more than 0 and at most 31 days")]
    [InlineData("--min-ratio", "-1", "--min-ratio takes a number more than 0")]
    [InlineData("--now", "6h", "--now takes a time such as 2026-12-06T18:00:00Z or 2026-12-06;")]
    [InlineData("--format", "csv", "--format for stories takes table or json")]
    public void A_bad_option_is_a_usage_error_saying_what_it_takes(string option, string value, string message)
    {
        var run = Marsad("--now", Now, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_store_is_a_message_not_a_stack_trace()
    {
        var run = CliRun.Of("stories", "--db", _folder.File("none.db"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no store at", run.Stderr, StringComparison.Ordinal);
    }
}
