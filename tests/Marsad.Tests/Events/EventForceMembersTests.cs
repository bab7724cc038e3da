using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, the actor's sector (GSR): the men of a force act for it (عناصر من الجيش، رجال الشرطة), and an armed
/// group the text does not name (مليشيات مسلحة) is an actor as unnamed gunmen are. Sentences written for these
/// tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventForceMembersTests
{
    [Fact]
    public void Men_of_a_force_the_text_gives_no_country_that_kill_are_that_force()
    {
        var analysis = AnalyzeByRules("وقتل عناصر من الجيش ثلاثة مدنيين في قرية قرب الحدود.");
        var killing = Assert.Single(Of(analysis, PloverType.Assault));
        var actor = Assert.Single(analysis.Entities, e => e.Id == Assert.Single(killing.Actor));
        Assert.Equal((null, "MIL"), (actor.Country, actor.Sector));
    }

    [Fact]
    public void Men_of_a_national_force_that_kill_are_its_actor_not_its_victims()
    {
        var analysis = AnalyzeByRules("وقتل عناصر من الجيش السوداني ثلاثة مدنيين في قرية قرب الحدود.");
        var killing = Assert.Single(Of(analysis, PloverType.Assault));
        var actor = Assert.Single(analysis.Entities, e => e.Id == Assert.Single(killing.Actor));
        Assert.Equal(("SDN", "MIL"), (actor.Country, actor.Sector));
        Assert.DoesNotContain(actor.Id, killing.Recipient);
    }

    [Fact]
    public void Men_of_a_force_killed_in_a_blast_are_no_actor()
    {
        var analysis = AnalyzeByRules("وقتل عناصر من الشرطة في انفجار عبوة ناسفة قرب المصرف.");
        Assert.DoesNotContain(Of(analysis, PloverType.Assault).SelectMany(e => e.Actor),
            id => analysis.Entities.Single(x => x.Id == id).Sector == "COP");
    }

    [Fact]
    public void A_militia_named_by_its_party_in_a_construct_is_that_party()
    {
        var analysis = AnalyzeByRules("وقصفت ميليشيات حزب الله مواقع للجيش قرب الحدود.");
        var shelling = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal("group/hezbollah", Assert.Single(shelling.Actor));
    }
}
