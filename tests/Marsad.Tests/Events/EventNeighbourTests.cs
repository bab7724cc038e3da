using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, the missing recipient: a country named by its relation to the actor (جارتها، الجارة) is the last country
/// the document named before it that is not the actor's own (<c>Neighbours</c>). Sentences written for these tests;
/// published on Thursday 2025-11-06.
/// </summary>
public sealed class EventNeighbourTests
{
    [Fact]
    public void A_neighbour_named_by_its_relation_is_the_country_named_before_it()
    {
        var analysis = Analyze("أغلقت الجزائر حدودها البرية مع المغرب منذ سنوات. واتهمت الرباط الأربعاء جارتها الشرقية بالتصعيد على الحدود.");
        var charge = Assert.Single(Of(analysis, PloverType.Accuse), e => e.Sentence == 1);
        Assert.Equal(["MAR"], charge.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["DZA"], charge.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_side_named_after_the_verb_is_its_object_not_the_neighbour()
    {
        var analysis = Analyze("أغلقت الجزائر حدودها البرية مع المغرب منذ سنوات. واتهمت الرباط فرنسا بدعم جارتها الشرقية.");
        var charge = Assert.Single(Of(analysis, PloverType.Accuse), e => e.Sentence == 1);
        Assert.DoesNotContain("DZA", charge.Recipient.Select(id => Country(analysis, id)));
    }
}
