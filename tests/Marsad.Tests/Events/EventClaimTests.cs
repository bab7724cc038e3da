using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: a side that claims an attack told before it did it, so it is the attack's
/// actor, and a condemnation of the attack is addressed to it (<c>Claims</c>, then <c>Repointing</c>). Sentences
/// written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventClaimTests
{
    [Fact]
    public void A_group_that_claims_the_attack_in_the_next_sentence_is_its_actor()
    {
        var analysis = Analyze("مقديشو – قتل أربعة جنود على الأقل في هجوم بعبوة ناسفة استهدف دورية للجيش في إقليم شبيلي السفلى أمس الأربعاء. وتبنت حركة الشباب الهجوم في بيان على موقع تابع لها.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault), e => e.Sentence == 0);
        Assert.Equal(["group/al-shabaab"], attack.Actor.ToArray());
    }

    [Fact]
    public void A_group_that_declares_its_responsibility_for_the_bombing_is_its_actor()
    {
        var analysis = Analyze("مايدوغوري – قتل تسعة مدنيين في تفجير استهدف سوقا شعبية شمال شرقي نيجيريا أمس. وأعلنت جماعة بوكو حرام مسؤوليتها عن التفجير.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault), e => e.Sentence == 0);
        Assert.Equal(["group/boko-haram"], attack.Actor.ToArray());
    }

    [Fact]
    public void A_condemnation_of_a_claimed_attack_is_addressed_to_the_claimant()
    {
        var analysis = Analyze("بيدوا – قتل ستة من عناصر الشرطة في هجوم انتحاري بحزام ناسف على مركز للشرطة في مدينة بيدوا أمس. وتبنت حركة الشباب الهجوم في بيان. وأدانت وزارة الخارجية المصرية الهجوم الإرهابي.");
        var condemnation = Assert.Single(Of(analysis, PloverType.Accuse), e => e.Sentence == 2);
        Assert.Equal(["group/al-shabaab"], condemnation.Recipient.ToArray());
    }

    [Fact]
    public void A_side_that_adopts_a_plan_claims_no_attack()
    {
        const string Attack = "مقديشو – قتل أربعة جنود على الأقل في هجوم بعبوة ناسفة استهدف دورية للجيش في إقليم شبيلي السفلى أمس الأربعاء.";
        var alone = Assert.Single(Of(Analyze(Attack), PloverType.Assault));
        var analysis = Analyze(Attack + " وتبنت الحكومة الصومالية خطة أمنية جديدة.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault), e => e.Sentence == 0);
        Assert.Equal(alone.Actor.ToArray(), attack.Actor.ToArray());
    }
}
