using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: the nationality on an event's object, a common noun no entity names, says whose
/// the object is, and so who receives the event (<c>ObjectNationalities</c>); never the actor's own, never a protest's
/// crowd. Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventObjectNationalityTests
{
    [Fact]
    public void A_summoned_ambassadors_nationality_is_the_country_summoned()
    {
        var analysis = Analyze("عمان – واستدعت وزارة الخارجية الأردنية، الأحد، السفير الإيراني لدى عمّان.");
        var summons = Assert.Single(analysis.Events, e => e.Actor.Contains("institution/foreign-ministry/JOR"));
        Assert.Equal(["IRN"], summons.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_ministry_recalling_its_own_ambassador_is_not_its_own_recipient()
    {
        var analysis = Analyze("بغداد – واستدعت وزارة الخارجية العراقية السفير العراقي لدى أنقرة للتشاور.");
        var recall = Assert.Single(analysis.Events, e => e.Actor.Contains("institution/foreign-ministry/IRQ"));
        Assert.DoesNotContain(recall.Recipient, id => Country(analysis, id) == "IRQ");
    }

    [Fact]
    public void The_nationality_of_a_protests_crowd_is_not_what_it_protests_against()
    {
        var analysis = Analyze("الرباط – تظاهر آلاف المغاربة، مساء الأحد، في العاصمة الرباط تضامنا مع غزة.");
        Assert.All(Of(analysis, PloverType.Protest), protest => Assert.DoesNotContain(protest.Recipient, id => Country(analysis, id) == "MAR"));
    }
}
