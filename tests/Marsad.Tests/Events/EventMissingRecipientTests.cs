using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, the missing recipient, through the real pipeline: the object the verb-first order puts between a
/// trigger's words (<c>GapObjects</c>), a country name read as an ordinary word behind an envoy's preposition
/// (<c>GovernedCountries</c>), and the attack a condemnation with no object of its own points at
/// (<c>CondemnedAttacks</c>). Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventMissingRecipientTests
{
    [Fact]
    public void The_object_after_the_subject_inside_a_warning_is_its_recipient()
    {
        var analysis = Analyze("حذرت قطر إسرائيل من عواقب التصعيد في جنوب لبنان.");
        var warning = Assert.Single(Of(analysis, PloverType.Threaten));
        Assert.Equal(["QAT"], warning.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["ISR"], warning.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_partner_joined_to_the_subject_inside_a_warning_is_no_recipient()
    {
        var analysis = Analyze("حذرت قطر ومصر من عواقب التصعيد في المنطقة.");
        Assert.All(Of(analysis, PloverType.Threaten), w => Assert.DoesNotContain("EGY", w.Recipient.Select(id => Country(analysis, id))));
    }

    [Fact]
    public void A_condemnation_with_no_object_of_its_own_points_at_the_attack_told_before_it()
    {
        var analysis = Analyze("شنت طائرات إسرائيلية، الاثنين، غارة على مبنى في الضاحية الجنوبية لبيروت. "
            + "وندد رئيس الحكومة اللبنانية نواف سلام بما وصفه بالعمل الإجرامي.");
        var condemnation = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(["ISR"], condemnation.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_condemnation_with_no_attack_before_it_keeps_no_recipient()
    {
        var analysis = Analyze("ندد رئيس الحكومة اللبنانية نواف سلام بما وصفه بالعمل الإجرامي.");
        var condemnation = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Empty(condemnation.Recipient);
    }

    [Fact]
    public void A_side_criticising_after_its_own_attack_is_not_pointed_at_itself()
    {
        var analysis = Analyze("قصف الجيش الإسرائيلي مواقع في جنوب لبنان يوم الأحد. وانتقد وزير الدفاع الإسرائيلي بطء المفاوضات.");
        Assert.All(Of(analysis, PloverType.Accuse), c => Assert.DoesNotContain("ISR", c.Recipient.Select(id => Country(analysis, id))));
    }

    [Fact]
    public void A_country_name_that_is_also_an_ordinary_word_behind_an_envoys_preposition_is_the_recipient()
    {
        var analysis = Analyze("استدعت الكويت سفيرها لدى مالي للتشاور.");
        var recall = Assert.Single(Of(analysis, PloverType.Sanction));
        Assert.Equal(["MLI"], recall.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void The_same_word_as_an_adjective_names_no_country()
    {
        var analysis = Analyze("أعلنت الكويت تقديم دعم مالي جديد إلى السودان.");
        Assert.All(analysis.Events, e => Assert.DoesNotContain("MLI", e.Recipient.Select(id => Country(analysis, id))));
    }
}
