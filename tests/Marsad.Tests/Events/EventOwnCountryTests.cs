using Marsad.Events.Arguments;
using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, kind 9: "his country" (بلاده) is the speaker's country (<see cref="OwnCountries"/>), not a country
/// named after the trigger. Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventOwnCountryTests
{
    [Fact]
    public void His_country_before_the_trigger_is_the_speakers_and_the_country_after_it_is_the_recipient()
    {
        var analysis = Analyze("وقال وزير الخارجية الفرنسي جان نويل بارو، في مؤتمر صحفي، إن بلاده تدعم استقرار لبنان.");
        var support = Assert.Single(Of(analysis, PloverType.Support));
        Assert.Equal(["FRA"], support.Actor.ToArray());
        Assert.Equal(["LBN"], support.Recipient.ToArray());
    }

    [Fact]
    public void The_own_country_words_are_read_through_their_proclitics_and_nothing_else_is()
    {
        Assert.True(OwnCountries.IsOwnCountry("وبلاده"));
        Assert.True(OwnCountries.IsOwnCountry("بلادها"));
        Assert.False(OwnCountries.IsOwnCountry("البلاد"));
        Assert.False(OwnCountries.IsOwnCountry("بلاد"));
    }
}
