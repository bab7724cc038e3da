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

        // A floor at what the rules reach (docs/GEOGRAPHY.md): the target of 0.85 is not met, most of the
        // misses being events the coder does not find at all, so a change that loses places fails here.
        Assert.True(right >= 0.70, run.Stdout);
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
