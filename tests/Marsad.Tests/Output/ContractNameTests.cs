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
        RoundTrips(
            ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
            PloverTypes.All, PloverTypes.Name, PloverTypes.TryParse);
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
        RoundTrips(["COUNTRY", "PERSON", "ORGANIZATION", "LOCATION", "AGREEMENT", "GROUP"], EntityTypes.All, EntityTypes.Name, EntityTypes.TryParse);
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
        RoundTrips(
            ["background", "future", "generic", "historical", "hypothetical", "negated", "reported"],
            EventModalities.All, EventModalities.Name, EventModalities.TryParse);
        Assert.Equal(EventModalities.All.Select(EventModalities.Name).Order(StringComparer.Ordinal), EventModalities.All.Select(EventModalities.Name));
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
        RoundTrips(["DATE", "TIME", "DURATION", "SET"], TimexTypes.All, TimexTypes.Name, TimexTypes.TryParse);
        RoundTrips(["text", "published", "unresolved"], [.. Enum.GetValues<TimeAnchor>()], TimeAnchors.Name, TimeAnchors.TryParse);
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

    [Fact]
    public void Every_date_source_round_trips_through_its_name_and_the_names_are_the_contracts()
    {
        RoundTrips(["text", "published", "unknown"], DateSources.All, DateSources.Name, DateSources.TryParse);
    }

    [Theory]
    [InlineData("Text")]
    [InlineData("publication")]
    [InlineData("unresolved")]
    [InlineData("")]
    [InlineData(null)]
    public void A_date_source_is_read_only_by_its_exact_name(string? name) => Assert.False(DateSources.TryParse(name, out _));

    private delegate bool Reader<T>(string? name, out T value);

    /// <summary>The members are the enum's, in its order, their names are <paramref name="names"/>, and each name reads back as its member.</summary>
    private static void RoundTrips<T>(string[] names, IEnumerable<T> all, Func<T, string> name, Reader<T> read)
        where T : struct, Enum
    {
        Assert.Equal(Enum.GetValues<T>(), all);
        Assert.Equal(names, all.Select(name));
        foreach (var member in all)
        {
            Assert.True(read(name(member), out var back));
            Assert.Equal(member, back);
        }
    }
}
