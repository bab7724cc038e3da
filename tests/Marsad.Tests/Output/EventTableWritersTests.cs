using System.Text.Json;
using Marsad.Model;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Tests.Support;

namespace Marsad.Tests.Output;

/// <summary>PLOVER JSON lines and CSV rows of the seed article's events.</summary>
public sealed class EventTableWritersTests
{
    private static readonly Analysis Seed = MarsadPipeline.CreateDefault().Analyze(new SourceDocument
    {
        Source = "seed.txt",
        Text = Marsad.Reading.ArticleReader.Default.Read("seed.txt", File.ReadAllBytes(TestFiles.SeedArticle), new Marsad.Reading.ReaderOptions()).Single().Document!.Text,
        Published = new DateOnly(2025, 11, 6),
    });

    /// <summary>A clock fixed at one instant: the coded date must come from it.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Plover_lines_carry_every_event_with_its_sides_sentence_and_the_injected_coded_date()
    {
        using var writer = new StringWriter();
        EventTableWriters.WritePlover(writer, Seed, new FixedClock(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero)), "marsad test");
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Seed.Events.Length, lines.Length);
        var relations = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("date").GetString() == "1992");
        Assert.Equal("SUPPORT", relations.GetProperty("event").GetString());
        Assert.Equal("KAZ", relations.GetProperty("actor")[0].GetProperty("country").GetString());
        Assert.Equal("ISR", relations.GetProperty("recipient")[0].GetProperty("id").GetString());
        Assert.Contains("في عام 1992", relations.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("2030-01-02", relations.GetProperty("coded_date").GetString());
        Assert.Equal("seed.txt", relations.GetProperty("link").GetString());
    }

    [Fact]
    public void Csv_rows_quote_what_needs_it_and_follow_the_header()
    {
        using var writer = new StringWriter();
        EventTableWriters.WriteCsv(writer, Seed);
        var rows = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Seed.Events.Length, rows.Length);
        var visit = rows.Single(r => r.Contains(",CONSULT,", StringComparison.Ordinal));
        Assert.StartsWith(Seed.Events.Single(e => e.Event == PloverType.Consult).Id + ",2025-11-06,text,person/kassym-jomart-tokayev,", visit, StringComparison.Ordinal);
        Assert.Contains(",042,04,1,", visit, StringComparison.Ordinal);
        Assert.Equal(28, EventTableWriters.CsvHeader.Split(',').Length);
    }

    [Fact]
    public void A_field_with_a_comma_or_quote_is_quoted()
    {
        var run = CliRun.WithInput(System.Text.Encoding.UTF8.GetBytes("وزار الرئيس التركي رجب طيب أردوغان موسكو, وقال \"نعم\"."), "analyze", "-", "--format", "csv", "--published", "2025-11-06");
        var row = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.Contains(",\"وزار الرئيس التركي رجب طيب أردوغان موسكو, وقال \"\"نعم\"\".\",", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PloverType.Agree, 1)]
    [InlineData(PloverType.Aid, 2)]
    [InlineData(PloverType.Accuse, 3)]
    [InlineData(PloverType.Assault, 4)]
    public void Quad_class_follows_gdelt(PloverType plover, int quad) => Assert.Equal(quad, EventTableWriters.QuadClass(plover));

    [Fact]
    public void The_cli_writes_a_csv_header_once_for_many_inputs()
    {
        var run = CliRun.Of("analyze", TestFiles.SeedArticle, TestFiles.SeedArticle, "--published", "2025-11-06", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Stdout.Split('\n'), l => l == EventTableWriters.CsvHeader);
    }

    [Fact]
    public void A_sentence_that_starts_like_a_spreadsheet_formula_is_neutralised_in_the_csv()
    {
        // A bulleted line: opened in a spreadsheet, a bare leading - would be read as a formula.
        var run = CliRun.WithInput(System.Text.Encoding.UTF8.GetBytes("- قصفت الطائرات الإسرائيلية مدينة غزة أمس.\n"), "analyze", "-", "--published", "2025-11-06", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var row = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.Contains(",'- قصفت الطائرات الإسرائيلية مدينة غزة أمس.,", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",- قصفت", row, StringComparison.Ordinal);
    }

    [Fact]
    public void An_analysis_row_has_the_columns_of_the_header_and_no_sources_columns()
    {
        var rows = EventRow.Of(Seed).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Null(r.Sources));
        using var writer = new StringWriter();
        EventTableWriters.WriteCsv(writer, Seed);
        Assert.All(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.DoesNotContain(",sources", line, StringComparison.Ordinal));
        Assert.EndsWith(",sources,source_links", EventTableWriters.CsvHeaderWithSources, StringComparison.Ordinal);
    }
}
