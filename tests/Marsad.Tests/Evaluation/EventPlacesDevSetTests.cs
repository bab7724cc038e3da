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
        using var folder = new TempFolder();
        var file = folder.File("capital.jsonl", System.Text.Encoding.UTF8.GetBytes(
            """{"id": "t1", "published": "2025-03-02", "text": "تظاهر مئات الطلاب في العاصمة التونسية أمس للمطالبة بتحسين السكن الجامعي.", "events": [{"trigger": "تظاهر", "place_ar": "تونس", "country": "TUN"}]}""" + "\n"));
        var run = CliRun.Of("eval", "places", file);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("right where the text names one: 1.000 (1/1)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("right among those the coder found: 1.000 (1/1)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_message_and_a_non_zero_exit()
    {
        var run = CliRun.Of("eval", "places", Path.Combine(AppContext.BaseDirectory, "no-such-places.jsonl"));
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no such file", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    private static double Share(string output, string label)
    {
        var line = output.Split('\n').Single(l => l.StartsWith(label, StringComparison.Ordinal));
        return double.Parse(line[label.Length..].Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
