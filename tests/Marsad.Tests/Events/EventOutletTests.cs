using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: a news outlet a statement was given to is the medium, never the actor or
/// recipient of the events the sentence reports (<c>Outlets</c>). Sentences written for these tests; published
/// on Thursday 2025-11-06.
/// </summary>
public sealed class EventOutletTests
{
    [Fact]
    public void An_agency_after_its_medium_noun_is_not_the_actor_of_the_reported_talks()
    {
        var analysis = Analyze("وأكد الرئيس الفرنسي لوكالة رويترز أنه بحث مع الرئيس الأمريكي الأزمة الأوكرانية.");
        Assert.All(analysis.Events, e => Assert.DoesNotContain("org/reuters", e.Actor.Concat(e.Recipient)));
    }

    [Fact]
    public void A_quoted_newspaper_after_its_medium_noun_is_no_side_of_the_call()
    {
        var analysis = Analyze("قال وزير الخارجية الأردني لصحيفة «النهار» إنه أجرى اتصالا هاتفيا مع نظيره المصري يوم الأربعاء.");
        Assert.All(analysis.Events, e => Assert.All(e.Actor.Concat(e.Recipient), side =>
            Assert.NotEqual(EntityType.Organization, analysis.Entities.Single(x => x.Id == side).Type)));
    }

    [Fact]
    public void A_channel_behind_la_after_a_verb_of_saying_is_not_the_attacker()
    {
        var analysis = Analyze("وقال مسؤول محلي للجزيرة إن قصفا مدفعيا استهدف قرية في ريف حلب فجر اليوم.");
        Assert.All(analysis.Events, e => Assert.DoesNotContain("org/al-jazeera", e.Actor));
    }

    [Fact]
    public void A_channel_named_elsewhere_in_the_sentence_as_a_side_stays_one()
    {
        // Not given a statement: the authorities closed the channel's office, so it is what the act is aimed at.
        var analysis = Analyze("أغلقت السلطات المصرية مكتب الجزيرة في القاهرة يوم الأربعاء.");
        var closure = Assert.Single(Of(analysis, PloverType.Coerce));
        var target = Assert.Single(closure.Recipient);
        Assert.Equal(EntityType.Organization, analysis.Entities.Single(x => x.Id == target).Type);
    }
}
