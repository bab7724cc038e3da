using System.Text;
using Marsad.Cli;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary>
/// <c>marsad eval gold --explain</c> end to end on a paragraph and gold files of our own: each coded event outside
/// the gold's lists is named with why it is there (a duplicate of an event met, a copy of a required event missed,
/// an elaboration of an earlier event, …), and the outside events are counted by kind.
/// </summary>
public sealed class EvalGoldOutsideTests : IDisposable
{
    // Our own paragraph: a shelling on Monday, a students' protest, a second shelling later, an old shelling in the
    // pluperfect, and a summons of an ambassador with a protest note.
    private const string Paragraph =
        "بيروت – قصفت مدفعية تركية، الاثنين، قرى في ريف حلب الشمالي. وتظاهر مئات الطلاب في تونس احتجاجا على غلاء الأسعار. "
        + "وقصفت المدفعية التركية قرى أخرى في ريف حلب بعد ظهر اليوم نفسه. وكان الجيش التركي قد قصف المنطقة عام 2019. "
        + "واستدعت الخارجية السورية السفير التركي وسلمته مذكرة احتجاج.";

    // The shelling is met; the protest is asked of the wrong actor; the summons is asked as another type.
    private const string MostGold = """
        {
          "document": "outside.ar.txt",
          "published": "2025-03-12",
          "events": {
            "required": [
              {"name": "the shelling", "event": ["ASSAULT"], "actor": ["TUR"], "recipient": ["SYR"]},
              {"name": "a protest by Egypt", "event": ["PROTEST"], "actor": ["EGY"]},
              {"name": "the foreign ministry rejects", "event": ["REJECT"], "actor": ["institution/foreign-ministry/SYR"]}
            ]
          }
        }
        """;

    // Only the summons, asked as another type: the shellings and the protest are nobody's copies.
    private const string LeastGold = """
        {
          "document": "outside.ar.txt",
          "published": "2025-03-12",
          "events": {
            "required": [
              {"name": "the foreign ministry rejects", "event": ["REJECT"], "actor": ["institution/foreign-ministry/SYR"]}
            ]
          }
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliRun Run(string gold, params string[] options) => CliRun.Of(
        ["eval", "gold", _folder.File("outside.gold.json", Encoding.UTF8.GetBytes(gold)), _folder.File("outside.ar.txt", Encoding.UTF8.GetBytes(Paragraph)), .. options]);

    private static string Outside(CliRun run, string trigger) =>
        run.Stdout.Split('\n').Single(l => l.TrimStart().StartsWith("outside: ", StringComparison.Ordinal) && l.Contains("«" + trigger + "»", StringComparison.Ordinal));

    [Fact]
    public void An_event_of_a_met_type_with_its_sides_is_a_duplicate()
    {
        var run = Run(MostGold, "--explain");
        Assert.Equal(ExitCodes.ExpectationsNotMet, run.ExitCode);
        Assert.EndsWith(": duplicate", Outside(run, "وقصفت"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_in_the_sentence_of_a_missed_one_is_its_copy_of_the_same_or_another_type()
    {
        var run = Run(MostGold, "--explain");
        Assert.EndsWith(": field-wrong copy of a missed event", Outside(run, "وتظاهر"), StringComparison.Ordinal);
        Assert.EndsWith(": wrong-type copy of a missed event", Outside(run, "واستدعت الخارجية"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_event_with_an_earlier_ones_type_and_sides_is_an_elaboration_not_merged()
    {
        var run = Run(LeastGold, "--explain");
        Assert.EndsWith(": elaboration not merged", Outside(run, "وقصفت"), StringComparison.Ordinal);
        Assert.EndsWith(": other", Outside(run, "قصفت"), StringComparison.Ordinal);
        Assert.EndsWith(": other", Outside(run, "وتظاهر"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_outside_events_are_counted_by_kind()
    {
        var run = Run(LeastGold, "--explain");
        var summary = run.Stdout.Split('\n').Single(l => l.StartsWith("outside by kind: ", StringComparison.Ordinal));
        var spurious = run.Stdout.Split('\n').Single(l => l.Contains("events outside the gold lists —", StringComparison.Ordinal));
        var count = spurious[(spurious.LastIndexOf('—') + 2)..].Split(' ')[0];
        Assert.StartsWith($"outside by kind: {count} — ", summary, StringComparison.Ordinal);
        foreach (var kind in new[] { "duplicate 0", "elaboration not merged 1", "wrong-type copy of a missed event 2" })
        {
            Assert.Contains(kind, summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_explain_no_outside_event_is_listed()
    {
        var run = Run(MostGold);
        Assert.DoesNotContain("outside:", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("outside by kind", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("NOT MET events outside the gold lists — 4 spurious", run.Stdout, StringComparison.Ordinal);
    }
}
