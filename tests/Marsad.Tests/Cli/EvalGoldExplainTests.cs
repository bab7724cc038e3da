using System.Text;
using Marsad.Cli;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary>
/// <c>marsad eval gold --explain</c> end to end on a paragraph and a gold file of our own: each required event not
/// met names the coded event nearest to it and the fields that differ, or says its sentence codes no event or
/// holds no trigger of its type, and the misses are counted by kind.
/// </summary>
public sealed class EvalGoldExplainTests : IDisposable
{
    // Our own paragraph: a shelling, a protest placed nowhere (so no country of its own for a recipient), a sentence with no event and a meeting the text says was not held.
    private const string Paragraph =
        "القاهرة – قصفت مدفعية تركية، الاثنين، قرى في ريف حلب الشمالي. وتظاهر مئات الطلاب التونسيين احتجاجا على غلاء الأسعار. "
        + "وتقع مدينة فاس في شمال المغرب. وأعلن مصدر أن الاجتماع لم يعقد.";

    // Each required event but the second is deliberately wrong in one way.
    private const string Gold = """
        {
          "document": "explain.ar.txt",
          "published": "2025-03-12",
          "events": {
            "required": [
              {"name": "the shelling on a date it did not happen", "event": ["ASSAULT"], "actor": ["TUR"], "date": "1999-01-01"},
              {"name": "the shelling", "event": ["ASSAULT"], "actor": ["TUR"]},
              {"name": "a sanction by Tunisia", "event": ["SANCTION"], "actor": ["TUN"]},
              {"name": "a mobilisation by Morocco", "event": ["MOBILIZE"], "actor": ["MAR"]},
              {"name": "the meeting not held", "event": ["CONSULT"], "actor": ["EGY"]},
              {"name": "the students protest against Egypt", "event": ["PROTEST"], "actor": ["TUN"], "recipient": ["EGY"]}
            ]
          }
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliRun Run(params string[] options) => CliRun.Of(
        ["eval", "gold", _folder.File("explain.gold.json", Encoding.UTF8.GetBytes(Gold)), _folder.File("explain.ar.txt", Encoding.UTF8.GetBytes(Paragraph)), .. options]);

    private static string Why(CliRun run, string name)
    {
        var lines = run.Stdout.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("NOT MET " + name + " —", StringComparison.Ordinal));
        Assert.True(at >= 0 && lines[at + 1].TrimStart().StartsWith("why: ", StringComparison.Ordinal), $"no explanation for «{name}» in:\n{run.Stdout}");
        return lines[at + 1];
    }

    [Fact]
    public void A_wrong_field_is_named_with_what_was_coded_and_what_the_gold_wants()
    {
        var run = Run("--explain");
        Assert.Equal(ExitCodes.ExpectationsNotMet, run.ExitCode);
        var date = Why(run, "the shelling on a date it did not happen");
        Assert.Contains("sentence 0: nearest ASSAULT «قصفت»", date, StringComparison.Ordinal);
        Assert.Contains("(want 1999-01-01)", date, StringComparison.Ordinal);
        Assert.Contains("type PROTEST (want SANCTION)", Why(run, "a sanction by Tunisia"), StringComparison.Ordinal);
        Assert.Contains("recipient none (want EGY)", Why(run, "the students protest against Egypt"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_met_event_has_no_explanation()
    {
        var lines = Run("--explain").Stdout.Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("met     the shelling —", StringComparison.Ordinal));
        Assert.True(at >= 0);
        Assert.DoesNotContain("why:", lines[at + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_without_an_event_says_whether_a_trigger_of_the_type_was_there()
    {
        var run = Run("--explain");
        Assert.Contains("sentence 2: no trigger of its type in its sentence", Why(run, "a mobilisation by Morocco"), StringComparison.Ordinal);
        Assert.Contains("no event coded in its sentence (its CONSULT trigger «الاجتماع» was dropped)", Why(run, "the meeting not held"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_misses_are_counted_by_kind()
    {
        var summary = Run("--explain").Stdout.Split('\n').Single(l => l.StartsWith("near misses: ", StringComparison.Ordinal));
        Assert.StartsWith("near misses: 5 — ", summary, StringComparison.Ordinal);
        foreach (var kind in new[] { "wrong type 1 (1 alone)", "recipient missing 1 (1 alone)", "date wrong 1 (1 alone)", "no event in sentence 1 (1 alone)", "no trigger in sentence 1 (1 alone)", "actor wrong 0 (0 alone)" })
        {
            Assert.Contains(kind, summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_explain_the_report_is_as_before()
    {
        var run = Run();
        Assert.DoesNotContain("why:", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("near misses", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("NOT MET a sanction by Tunisia — not found", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_refused_with_a_usage_message()
    {
        var run = Run("--explian");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--explain", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
