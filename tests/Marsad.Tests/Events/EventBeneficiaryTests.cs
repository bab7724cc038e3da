using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, actor and recipient swapped: the side behind لـ after a support or aid noun is the one supported, and the
/// actor is the subject of the clause the noun sits in (<c>Beneficiaries</c>). Sentences written for these tests;
/// published on Thursday 2025-11-06.
/// </summary>
public sealed class EventBeneficiaryTests
{
    [Fact]
    public void The_side_behind_lam_after_an_aid_noun_is_its_recipient_and_the_clause_subject_its_actor()
    {
        var analysis = Analyze("أعلنت قطر، يوم الأحد، تقديم دعم مالي جديد للحكومة الصومالية بقيمة 50 مليون دولار.");
        var aid = Assert.Single(Of(analysis, PloverType.Aid));
        Assert.Equal(["QAT"], aid.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["SOM"], aid.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void The_owner_behind_a_lam_noun_after_support_is_supported_not_the_supporter()
    {
        var analysis = Analyze("اختتم القادة العرب قمتهم في بغداد يوم السبت، وجددوا دعمهم لوحدة الصومال.");
        Assert.All(Of(analysis, PloverType.Support), support => Assert.DoesNotContain("SOM", support.Actor.Select(id => Country(analysis, id))));
    }
}
