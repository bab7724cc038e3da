using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, the actor of an attack (GSR): the one who condemns an attack did not carry it out. Sentences written
/// for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventCondemnedAttackTests
{
    [Fact]
    public void A_government_that_condemns_an_attack_after_its_verb_is_not_the_attacker()
    {
        var analysis = AnalyzeByRules("وأدانت الحكومة الأردنية الهجوم الذي استهدف حافلة للسياح في المدينة.");
        Assert.Contains(analysis.Events, e => e.Event == PloverType.Accuse);
        Assert.All(Of(analysis, PloverType.Assault), e => Assert.DoesNotContain(e.Actor, id => id.Contains("JOR", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_union_that_denounces_an_attack_behind_a_preposition_is_not_the_attacker()
    {
        var analysis = AnalyzeByRules("وندد الاتحاد الأوروبي بالهجوم على قافلة الإغاثة قرب الحدود.");
        Assert.All(Of(analysis, PloverType.Assault), e => Assert.Empty(e.Actor));
    }

    [Fact]
    public void A_government_named_before_its_condemnation_is_not_the_attacker()
    {
        var analysis = AnalyzeByRules("والحكومة القطرية استنكرت التفجير الذي وقع في السوق أمس.");
        Assert.All(Of(analysis, PloverType.Assault), e => Assert.DoesNotContain(e.Actor, id => id.Contains("QAT", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_army_that_shells_after_a_condemnation_in_another_clause_keeps_its_attack()
    {
        var analysis = AnalyzeByRules("وأدانت الحكومة الهجوم، ثم قصف الجيش مواقع المسلحين في الجبال.");
        Assert.Contains(Of(analysis, PloverType.Assault), e => !e.Actor.IsEmpty);
    }
}
