using System.Text;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary>
/// <c>marsad eval events</c> end to end on gold sentences written for the test: how actor country is
/// scored (a missing actor is wrong, an international code in the country slot matches by sector), the
/// baselines beside it, extra events of the gold type, and what <c>--errors</c> lists.
/// </summary>
public sealed class EventEvalCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Line(string text, string type, string? country, string? sector = null) =>
        "{\"id\": \"" + Guid.NewGuid().ToString("N") + "\", \"date\": \"2024-03-01\", \"text\": \"" + text + "\", \"event\": \"" + type + "\", \"actor_country\": "
        + (country is null ? "null" : "\"" + country + "\"") + ", \"actor_sector\": " + (sector is null ? "null" : "\"" + sector + "\"") + "}";

    private string Gold(params string[] lines) => _folder.File("gold.jsonl", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    private static string[] Row(string stdout, string type) =>
        stdout.Split('\n').Single(l => l.StartsWith(type, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void An_attack_with_no_actor_counts_against_the_actor_country()
    {
        var path = Gold(
            Line("استشهد شاب برصاص قوات إسرائيلية قرب نابلس.", "ASSAULT", "ISR"),
            Line("قتل ثلاثة أشخاص في انفجار عبوة ناسفة على طريق المطار.", "ASSAULT", "IRQ"));
        var run = CliRun.Of("eval", "events", path, "--errors", "5");
        Assert.Equal(0, run.ExitCode);
        var row = Row(run.Stdout, "ASSAULT");
        Assert.Equal(["2", "2", "1.000", "0.500", "(1/2)"], row[1..6]);
        Assert.Contains("-- actor country not found: 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("gold IRQ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_list_a_found_sentence_whose_actor_sector_is_wrong()
    {
        // The Israeli forces are coded as the army (MIL); a gold that says police (COP) is listed as a sector miss.
        var path = Gold(Line("استشهد شاب برصاص قوات إسرائيلية قرب نابلس.", "ASSAULT", "ISR", "COP"));
        var run = CliRun.Of("eval", "events", path, "--errors", "5");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("-- actor sector not found: 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("gold COP", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_international_code_in_the_country_slot_matches_an_actor_of_that_kind()
    {
        var path = Gold(Line("وقال مسؤول إن مسلحين من حركة طالبان هاجموا مركزا للشرطة في قندهار.", "ASSAULT", "IMG"));
        var run = CliRun.Of("eval", "events", path);
        Assert.Equal(["1", "1", "1.000", "1.000", "(1/1)"], Row(run.Stdout, "ASSAULT")[1..6]);
    }

    [Fact]
    public void Each_actor_figure_has_its_trivial_baseline_on_the_same_sentences()
    {
        // Baghdad is named first, the American forces fire: the first-entity baseline says Iraq and misses.
        // Forces with a nationality are that country's army, so the coder's sectors are MIL as "always MIL" is.
        var path = Gold(
            Line("في بغداد، أطلقت قوات أمريكية النار على متظاهرين.", "ASSAULT", "USA", "MIL"),
            Line("استشهد شاب برصاص قوات إسرائيلية قرب نابلس.", "ASSAULT", "ISR", "MIL"));
        var run = CliRun.Of("eval", "events", path);
        Assert.Equal(["1.000", "(2/2)", "0.500", "(1/2)", "1.000", "(2/2)", "1.000", "(2/2,", "MIL)"], Row(run.Stdout, "ASSAULT")[4..13]);
    }

    [Fact]
    public void Attacks_beyond_the_first_of_a_sentence_are_counted_apart()
    {
        // Two attacks told in one sentence: the gold has one event a sentence, so one is extra.
        var path = Gold(Line("قصفت طائرات روسية قرية في إدلب وقتلت قوات سورية خمسة مدنيين في حماة.", "ASSAULT", "SYR"));
        var run = CliRun.Of("eval", "events", path);
        Assert.Equal(["1.000", "0.000"], Row(run.Stdout, "ASSAULT")[^2..]);
    }

    [Fact]
    public void The_two_parts_split_the_file_between_them()
    {
        var path = Gold([.. Enumerable.Range(0, 8).Select(_ => Line("تظاهر المئات في القاهرة.", "PROTEST", "EGY"))]);
        var a = CliRun.Of("eval", "events", path, "--part", "A");
        var b = CliRun.Of("eval", "events", path, "--part", "B");
        Assert.Equal((0, 0), (a.ExitCode, b.ExitCode));
        Assert.Contains("(part A: half of 8", a.Stdout, StringComparison.Ordinal);
        Assert.Equal(8, Sentences(a.Stdout) + Sentences(b.Stdout));
        // The same id always falls in the same half.
        Assert.Equal(Sentences(a.Stdout), Sentences(CliRun.Of("eval", "events", path, "--part", "A").Stdout));
    }

    [Fact]
    public void Part_takes_A_or_B()
    {
        var run = CliRun.Of("eval", "events", Gold(Line("تظاهر المئات في القاهرة.", "PROTEST", "EGY")), "--part", "C");
        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
    }

    private static int Sentences(string stdout) =>
        int.Parse(stdout.Split('\n')[0].Split(": ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Errors_takes_a_whole_number()
    {
        var run = CliRun.Of("eval", "events", Gold(Line("تظاهر المئات في القاهرة.", "PROTEST", "EGY")), "--errors", "many");
        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
    }
}
