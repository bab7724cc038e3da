using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, the dates: a claim told today of an attack the text told before names that attack again, so the attack
/// keeps the day it was told with and is not dated by publication (<c>ClaimedActDates</c>). Sentences written for
/// these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventClaimedDateTests
{
    private const string Lead = "انفجرت عبوة ناسفة، مساء الثلاثاء، قرب حاجز للشرطة في مدينة الموصل من دون أن توقع إصابات. ";

    [Fact]
    public void An_attack_named_by_a_claim_takes_the_day_the_text_told_it_with()
    {
        var analysis = Analyze(Lead + "وأعلن تنظيم داعش في بيان تبنيه قصف مواقع الجيش العراقي في كركوك.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault), e => e.Sentence == 1);
        Assert.Equal(("2025-11-04", DateSource.Text), (attack.Date, attack.DateFrom));
    }

    [Fact]
    public void An_attack_after_a_responsibility_for_it_takes_the_day_the_text_told_it_with()
    {
        var analysis = Analyze(Lead + "وأعلن تنظيم داعش مسؤوليته عن قصف مواقع الجيش العراقي في كركوك.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault), e => e.Sentence == 1);
        Assert.Equal("2025-11-04", attack.Date);
    }

    [Fact]
    public void An_attack_not_named_by_a_claim_keeps_the_day_of_publication()
    {
        var analysis = Analyze(Lead + "وقصف تنظيم داعش مواقع الجيش العراقي في كركوك.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault), e => e.Sentence == 1);
        Assert.Equal(("2025-11-06", DateSource.Published), (attack.Date, attack.DateFrom));
    }

    [Fact]
    public void A_claimed_attack_with_nothing_told_before_keeps_the_day_of_publication()
    {
        var analysis = Analyze("أعلن تنظيم داعش في بيان تبنيه قصف مواقع الجيش العراقي في كركوك.");
        Assert.All(Of(analysis, PloverType.Assault), e => Assert.Equal("2025-11-06", e.Date));
    }
}
