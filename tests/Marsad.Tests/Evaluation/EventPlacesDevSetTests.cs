using System.Globalization;
using Marsad.Cli;
using Marsad.Tests.Support;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// The event-places set of issue 21 (Fixtures/EventPlacesDev, written by the lead before the rules) scored by the
/// real <c>marsad eval places</c>; its README says the format and the score.
/// </summary>
public sealed class EventPlacesDevSetTests
{
    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "Fixtures", "EventPlacesDev", "places-dev.jsonl");

    [Fact]
    public void The_scorer_prints_both_shares_over_every_gold_event()
    {
        var run = CliRun.Of("eval", "places", File, "--errors", "50");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("22 paragraphs", run.Stdout, StringComparison.Ordinal);
        var placed = Share(run.Stdout, "with a place: ");
        var right = Share(run.Stdout, "right where the text names one: ");
        Assert.InRange(placed, 0.0, 1.0);

        // A floor at what the rules reach (docs/GEOGRAPHY.md): the target of 0.85 is not met, the misses
        // being events the coder does not find at all, so a change that loses places fails here.
        Assert.True(right >= 0.80, run.Stdout);
        Assert.True(Share(run.Stdout, "right among those the coder found: ") >= 0.94, run.Stdout);
    }

    [Fact]
    public void A_capital_named_like_its_country_is_right_under_the_country_s_name()
    {
        // The knowledge base gives تونس to the country alone; the text's تونس here is the city, which the rules place.
        var run = Places(
            """{"id": "t1", "published": "2025-03-02", "text": "تظاهر مئات الطلاب في العاصمة التونسية أمس للمطالبة بتحسين السكن الجامعي.", "events": [{"trigger": "تظاهر", "place_ar": "تونس", "country": "TUN"}]}""");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("right where the text names one: 1.000 (1/1)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("right among those the coder found: 1.000 (1/1)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_coded_under_another_word_of_its_clause_is_matched_by_its_sentence_and_type()
    {
        // The coder's trigger is the verb and its subject (شنّت طائرات), not the gold word غارات of the same clause.
        const string Raid = """{"id": "t1", "published": "2025-05-12", "text": "صيدا - شنّت طائرات حربية إسرائيلية فجر اليوم غارات عنيفة على بلدة في قضاء النبطية جنوبي لبنان، وفق الوكالة الوطنية للإعلام.", "events": [{"trigger": "غارات", "event": "ASSAULT", "place_ar": "النبطية", "country": "LBN"}]}""";
        var run = Places(Raid);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("matched by event", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("right where the text names one: 1.000 (1/1)", run.Stdout, StringComparison.Ordinal);

        // The old rule, kept for its figures: no coded trigger holds غارات, so the event is not found.
        var old = Places(Raid, "--match", "trigger-word");
        Assert.Equal(ExitCodes.Success, old.ExitCode);
        Assert.Contains("right where the text names one: 0.000 (0/1)", old.Stdout, StringComparison.Ordinal);
        Assert.Contains("got no event", old.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_of_another_type_in_the_sentence_is_not_the_gold_event()
    {
        // The sentence codes an assault and no protest: a protest asked there is not found, however near the assault.
        var run = Places(
            """{"id": "t2", "published": "2025-05-12", "text": "شنّت طائرات حربية إسرائيلية فجر اليوم غارات عنيفة على بلدة في قضاء النبطية جنوبي لبنان.", "events": [{"trigger": "غارات", "event": "PROTEST", "place_ar": "النبطية", "country": "LBN"}]}""");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("right among those the coder found: 0.000 (0/0)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("got no event", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_matching_is_a_usage_message()
    {
        var run = CliRun.Of("eval", "places", File, "--match", "nearest");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--match takes one of event, trigger-word", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_missing_file_is_a_message_and_a_non_zero_exit()
    {
        var run = CliRun.Of("eval", "places", Path.Combine(AppContext.BaseDirectory, "no-such-places.jsonl"));
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no such file", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    // The real command on a one-paragraph file of our own, listing its errors.
    private static CliRun Places(string paragraph, params string[] options)
    {
        using var folder = new TempFolder();
        var file = folder.File("places.jsonl", System.Text.Encoding.UTF8.GetBytes(paragraph + "\n"));
        return CliRun.Of(["eval", "places", file, "--errors", "5", .. options]);
    }

    private static double Share(string output, string label)
    {
        var line = output.Split('\n').Single(l => l.StartsWith(label, StringComparison.Ordinal));
        return double.Parse(line[label.Length..].Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
