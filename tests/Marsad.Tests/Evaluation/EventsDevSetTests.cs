using System.Globalization;
using Marsad.Cli;
using Marsad.Tests.Support;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// The event dev set of issue 18 (Fixtures/EventsDev) is complete, in the seed gold format, consistent with its
/// own conventions (README.md there; the shared checks in <see cref="EventGoldSetTests"/>) and scoreable by the
/// real <c>marsad eval gold</c>.
/// </summary>
public sealed class EventsDevSetTests() : EventGoldSetTests("EventsDev", paragraphs: 40, leastRequired: 100)
{
    [Fact]
    public void Eval_gold_scores_every_paragraph_and_reports_its_events_outside_the_gold()
    {
        Assert.All(Golds, g =>
        {
            var run = CliRun.Of("eval", "gold", Path.Combine(Folder, g.Name + ".gold.json"), Path.Combine(Folder, g.Name + ".ar.txt"));
            Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.ExpectationsNotMet, $"{g.Name}: exit {run.ExitCode}: {run.Stderr}");
            Assert.Contains("events outside the gold lists", run.Stdout, StringComparison.Ordinal);
            var required = g.Gold.GetProperty("events").GetProperty("required").GetArrayLength();
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $" of {required + 1} met"), run.Stdout, StringComparison.Ordinal);
        });
    }
}
