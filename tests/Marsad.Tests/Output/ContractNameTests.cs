using Marsad.Model;

namespace Marsad.Tests.Output;

/// <summary>
/// The closed sets' contract names: every member round-trips through its one writer and one reader, and the
/// names are exactly the strings the output, the rule files and the store have always carried.
/// </summary>
public sealed class ContractNameTests
{
    [Fact]
    public void Every_plover_type_round_trips_through_its_name_and_the_names_are_the_contracts()
    {
        Assert.Equal(
            ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
            PloverTypes.All.Select(PloverTypes.Name));
        Assert.Equal(Enum.GetValues<PloverType>(), PloverTypes.All);
        foreach (var type in PloverTypes.All)
        {
            Assert.True(PloverTypes.TryParse(PloverTypes.Name(type), out var read));
            Assert.Equal(type, read);
        }
    }

    [Theory]
    [InlineData("assault")]
    [InlineData("Assault")]
    [InlineData("DEMAND")]
    [InlineData("")]
    [InlineData(null)]
    public void A_plover_type_is_read_only_by_its_exact_name(string? name) => Assert.False(PloverTypes.TryParse(name, out _));

    [Fact]
    public void Every_entity_type_round_trips_through_its_name_and_the_names_are_the_contracts()
    {
        Assert.Equal(["COUNTRY", "PERSON", "ORGANIZATION", "LOCATION", "AGREEMENT", "GROUP"], EntityTypes.All.Select(EntityTypes.Name));
        Assert.Equal(Enum.GetValues<EntityType>(), EntityTypes.All);
        foreach (var type in EntityTypes.All)
        {
            Assert.True(EntityTypes.TryParse(EntityTypes.Name(type), out var read));
            Assert.Equal(type, read);
        }
    }

    [Theory]
    [InlineData("country")]
    [InlineData("Country")]
    [InlineData("PERS")]
    [InlineData("")]
    [InlineData(null)]
    public void An_entity_type_is_read_only_by_its_exact_name(string? name) => Assert.False(EntityTypes.TryParse(name, out _));

    [Fact]
    public void Every_modality_value_round_trips_through_its_name_and_the_names_are_the_contracts_in_output_order()
    {
        // Output writes an event's values sorted as members: the declared order must be the names' ordinal order.
        Assert.Equal(["background", "future", "generic", "historical", "hypothetical", "negated", "reported"], EventModalities.All.Select(EventModalities.Name));
        Assert.Equal(EventModalities.All.Select(EventModalities.Name).Order(StringComparer.Ordinal), EventModalities.All.Select(EventModalities.Name));
        Assert.Equal(Enum.GetValues<EventModality>(), EventModalities.All);
        foreach (var modality in EventModalities.All)
        {
            Assert.True(EventModalities.TryParse(EventModalities.Name(modality), out var read));
            Assert.Equal(modality, read);
        }
    }

    [Theory]
    [InlineData("Future")]
    [InlineData("none")]
    [InlineData("")]
    [InlineData(null)]
    public void A_modality_value_is_read_only_by_its_exact_name(string? name) => Assert.False(EventModalities.TryParse(name, out _));

    [Fact]
    public void Every_timex_type_and_anchor_round_trips_through_its_name_and_the_names_are_the_contracts()
    {
        Assert.Equal(["DATE", "TIME", "DURATION", "SET"], TimexTypes.All.Select(TimexTypes.Name));
        Assert.Equal(Enum.GetValues<TimexType>(), TimexTypes.All);
        foreach (var type in TimexTypes.All)
        {
            Assert.True(TimexTypes.TryParse(TimexTypes.Name(type), out var read));
            Assert.Equal(type, read);
        }

        Assert.Equal(["text", "published", "unresolved"], Enum.GetValues<TimeAnchor>().Select(TimeAnchors.Name));
        foreach (var anchor in Enum.GetValues<TimeAnchor>())
        {
            Assert.True(TimeAnchors.TryParse(TimeAnchors.Name(anchor), out var read));
            Assert.Equal(anchor, read);
        }
    }

    [Theory]
    [InlineData("date")]
    [InlineData("Date")]
    [InlineData("text ")]
    [InlineData("")]
    [InlineData(null)]
    public void A_timex_type_or_anchor_is_read_only_by_its_exact_name(string? name)
    {
        Assert.False(TimexTypes.TryParse(name, out _));
        Assert.False(TimeAnchors.TryParse(name, out _));
    }
}
