using Marsad.Events;
using Marsad.Model;

namespace Marsad.Tests.Events;

/// <summary>The event trigger patterns of data/rules/event-triggers.tsv, checked as data.</summary>
public sealed class EventTriggerTableTests
{
    private static readonly EventTriggerTable Table = EventTriggerTable.LoadEmbedded();

    [Fact]
    public void The_embedded_patterns_have_no_problems() =>
        Assert.True(Table.Problems.IsEmpty, string.Join("\n", Table.Problems.Take(20)));

    [Fact]
    public void Every_plover_type_has_at_least_ten_patterns_and_four_hundred_in_all()
    {
        Assert.True(Table.Triggers.Length >= 400, $"{Table.Triggers.Length} patterns");
        foreach (var type in PloverTypes.All)
        {
            Assert.True(Table.Triggers.Count(t => t.Event == type) >= 10, $"{type} has too few patterns");
        }
    }

    [Theory]
    [InlineData("زار", "CONSULT", "042")]
    [InlineData("احتلت", "COERCE", null)]
    [InlineData("أقامت", null, null)]
    public void The_seed_articles_triggers_are_there(string form, string? type, string? cameo)
    {
        var trigger = Table.Triggers.FirstOrDefault(t => t.Forms.Any(f => f.StartsWith(form, StringComparison.Ordinal)));
        Assert.NotNull(trigger);
        Assert.True(type is null || PloverTypes.Name(trigger.Event) == type, PloverTypes.Name(trigger.Event));
        Assert.True(cameo is null || trigger.Cameo == cameo, trigger.Cameo);
    }

    [Fact]
    public void A_bad_row_is_reported_by_number_and_the_rest_still_loads()
    {
        var table = EventTriggerTable.Parse(
        [
            ["ar.visit", "CONSULT", "visit", "diplomatic", "042", "زار|يزور", "object", "visit"],
            ["ar.bad", "DANCE", "-", "-", "042", "رقص", "-", "not PLOVER"],
            ["ar.short", "AGREE"],
            ["ar.visit", "CONSULT", "-", "-", "042", "زيارة", "-", "duplicate id"],
        ]);
        Assert.Single(table.Triggers);
        Assert.Equal(["row 2: ar.bad: DANCE is not a PLOVER event type", "row 3: 2 fields, expected 8 or 9", "row 4: id ar.visit is used twice"], table.Problems.ToArray());
    }
}
