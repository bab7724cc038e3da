using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, the missing recipient: a verb joined by a conjunction to the one before it, with no object of its own,
/// is aimed at the side the first one named (<c>SharedRecipients</c>). Sentences written for these tests;
/// published on Thursday 2025-11-06.
/// </summary>
public sealed class EventSharedRecipientTests
{
    [Fact]
    public void A_threat_joined_to_an_accusation_is_aimed_at_the_accused()
    {
        var analysis = Analyze("اتهمت وزارة الخارجية الإيرانية الولايات المتحدة بدعم الإرهاب، وتوعدت برد حازم.");
        var threat = Assert.Single(Of(analysis, PloverType.Threaten));
        Assert.Equal(["IRN"], threat.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["USA"], threat.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_verb_whose_first_letter_is_its_own_waw_is_joined_to_nothing()
    {
        // وافقت is the verb agreed, not و + a verb: nothing joins it to the condemnation before it.
        var analysis = Analyze("أدانت الحكومة الأردنية إسرائيل بشدة يوم الأحد، وافقت على خطة الإعمار العربية.");
        Assert.All(Of(analysis, PloverType.Agree), e => Assert.DoesNotContain("ISR", e.Recipient.Select(id => Country(analysis, id))));
    }

    [Fact]
    public void A_demand_joined_to_a_condemnation_is_aimed_at_the_condemned()
    {
        var analysis = Analyze("أدانت الحكومة الأردنية إسرائيل بشدة، وطالبت بوقف الاعتداءات.");
        var demand = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(["ISR"], demand.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_joined_verb_with_a_subject_of_its_own_shares_nothing()
    {
        var analysis = Analyze("أدانت الحكومة الأردنية إسرائيل بشدة، وطالبت مصر بالتدخل.");
        var demand = Assert.Single(Of(analysis, PloverType.Request));
        Assert.DoesNotContain("ISR", demand.Recipient.Select(id => Country(analysis, id)));
    }

    [Fact]
    public void The_subject_of_a_relative_clause_on_the_praised_object_is_its_recipient()
    {
        var analysis = Analyze("أشاد وزير الخارجية الأردني بالجهود التي تبذلها قطر لوقف الحرب.");
        var praise = Assert.Single(Of(analysis, PloverType.Support));
        Assert.Equal(["QAT"], praise.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void The_side_after_a_relative_verb_with_no_pronoun_is_its_object_and_no_recipient()
    {
        var analysis = Analyze("أشاد وزير الخارجية الأردني بالمبادرة التي تخص قطر والبحرين.");
        Assert.All(Of(analysis, PloverType.Support), p => Assert.DoesNotContain("QAT", p.Recipient.Select(id => Country(analysis, id))));
    }
}
