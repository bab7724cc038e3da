using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Marsad.Cli;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Tests.Support;

namespace Marsad.Tests.Golden;

/// <summary>
/// The seed article's gold file (copied from ../shared/data/seed) held by <c>marsad eval gold</c>: the real
/// command meets every expectation of every section, and the same report fails, naming the expectation,
/// on analyses made wrong on purpose from the real one, so a pass means something.
/// </summary>
public sealed class SeedArticleGoldTests
{
    private static readonly string GoldPath = TestFiles.Golden("kazakhstan-abraham-accords.gold.json");

    private static readonly Lazy<JsonElement> Gold = new(() => JsonDocument.Parse(File.ReadAllText(GoldPath)).RootElement.Clone());

    /// <summary>The analysis <c>eval gold</c> scores: the sample read with the gold's published date.</summary>
    private static readonly Lazy<Analysis> Real = new(() =>
    {
        var published = DateOnly.ParseExact(Gold.Value.GetProperty("published").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var document = ArticleReader.Default.Read(TestFiles.SeedArticle, File.ReadAllBytes(TestFiles.SeedArticle), new ReaderOptions { Published = published }).Single().Document!;
        return MarsadPipeline.CreateDefault().Analyze(document);
    });

    [Fact]
    public void Eval_gold_meets_every_expectation_of_every_section_and_exits_0()
    {
        var run = CliRun.Of("eval", "gold", GoldPath, TestFiles.SeedArticle);

        Assert.Equal("", run.Stderr);
        Assert.DoesNotContain("NOT MET", run.Stdout, StringComparison.Ordinal);
        var gold = Gold.Value;
        var events = gold.GetProperty("events");
        // One line per expectation of the gold file; events add one for "nothing outside the gold's lists".
        (string Section, int Count)[] sections =
        [
            ("clean_text", Count(gold.GetProperty("clean_text"), "must_drop") + Count(gold.GetProperty("clean_text"), "must_keep")),
            ("entities", Count(gold.GetProperty("entities"), "required") + Count(gold.GetProperty("entities"), "forbidden")),
            ("times", gold.GetProperty("times").GetArrayLength()),
            ("quantities", gold.GetProperty("quantities").GetArrayLength()),
            ("events", Count(events, "required") + 1),
        ];
        foreach (var (section, count) in sections)
        {
            Assert.Contains($"{section}: {count} of {count} met\n", run.Stdout, StringComparison.Ordinal);
        }

        var total = sections.Sum(s => s.Count);
        Assert.Contains($"{total} of {total} expectations met", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(total, run.Stdout.Split('\n').Count(line => line.StartsWith("  met ", StringComparison.Ordinal)));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_missing_entity_is_not_met_and_the_report_exits_4()
    {
        var real = Real.Value;
        var wrong = real with { Entities = [.. real.Entities.Where(e => e.Id != "IRN")] };

        AssertOnlyUnmet(wrong, "COUNTRY IRN — not found");
    }

    [Fact]
    public void An_event_dated_on_the_published_day_instead_of_its_own_year_is_not_met_and_the_report_exits_4()
    {
        var real = Real.Value;
        var relations = real.Events.Single(e => e.Date == "1992");
        var wrong = real with { Events = real.Events.Replace(relations, relations with { Date = "2025-11-06" }) };

        AssertOnlyUnmet(wrong, "Kazakhstan and Israel established diplomatic relations — not found");
    }

    [Fact]
    public void A_visit_with_its_actor_and_recipient_swapped_is_not_met_and_the_report_exits_4()
    {
        var real = Real.Value;
        var visit = real.Events.Single(e => e.Event == PloverType.Consult);
        var wrong = real with { Events = real.Events.Replace(visit, visit with { Actor = visit.Recipient, Recipient = visit.Actor }) };

        AssertOnlyUnmet(wrong, "Tokayev visits the White House — not found");
    }

    [Fact]
    public void A_spurious_event_is_not_met_and_the_report_exits_4()
    {
        var real = Real.Value;
        var template = real.Events[0];
        var attack = template with { Id = template.Id + "-spurious", Event = PloverType.Assault, Mode = null, Cameo = "190", Actor = ["KAZ"], Recipient = ["ISR"], About = ImmutableArray<string>.Empty };
        var wrong = real with { Events = real.Events.Add(attack) };

        AssertOnlyUnmet(wrong, "events outside the gold lists — 1 spurious");
    }

    /// <summary>The report of <c>eval gold</c> on <paramref name="analysis"/> exits 4 with exactly one expectation NOT MET.</summary>
    private static void AssertOnlyUnmet(Analysis analysis, string expectation)
    {
        using var stdout = new MemoryStream();
        var exit = GoldEvalCommand.Report(Gold.Value, analysis, stdout);
        var report = Encoding.UTF8.GetString(stdout.ToArray());

        var unmet = report.Split('\n').Where(line => line.StartsWith("  NOT MET ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["  NOT MET " + expectation], unmet);
        Assert.Equal(4, exit);
    }

    private static int Count(JsonElement section, string name) => section.GetProperty(name).GetArrayLength();
}
