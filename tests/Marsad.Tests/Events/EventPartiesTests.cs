using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline, after the scan: who made a call (kind 7), the two parties of a meeting
/// or a deal (kinds 7 and 9), whose weapon and whose target (kinds 1 and 4), a force's leader, and a protest's
/// organiser. Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventPartiesTests
{
    [Fact]
    public void A_call_received_from_someone_is_the_callers()
    {
        var analysis = Analyze("تلقى وزير الخارجية المصري بدر عبد العاطي، الأحد، اتصالا هاتفيا من وزير الخارجية التركي هاكان فيدان.");
        var call = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(["TUR"], call.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["EGY"], call.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_call_the_receiver_took_after_the_call_noun_is_the_callers()
    {
        var analysis = Analyze("وجاء ذلك في اتصال هاتفي تلقاه الرئيس اللبناني جوزيف عون من الرئيس الفرنسي إيمانويل ماكرون.");
        var call = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(["person/emmanuel-macron"], call.Actor.ToArray());
        Assert.Equal(["person/joseph-aoun"], call.Recipient.ToArray());
    }

    [Fact]
    public void A_call_one_side_made_keeps_its_maker()
    {
        var analysis = Analyze("أجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون أمس.");
        var call = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(["person/abdel-fattah-el-sisi"], call.Actor.ToArray());
    }

    [Fact]
    public void Two_subjects_joined_before_the_talks_are_both_parties()
    {
        var analysis = Analyze("عقد المبعوث الأمريكي ستيف ويتكوف ووزير الخارجية الإيراني عباس عراقجي جولة من المحادثات في مسقط أمس.");
        var talks = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(["USA"], talks.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["IRN"], talks.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void Two_subjects_that_reach_a_ceasefire_are_both_its_parties()
    {
        var analysis = Analyze("توصلت الحكومة السودانية وقوات الدعم السريع إلى اتفاق لوقف إطلاق النار.");
        var ceasefire = Assert.Single(Of(analysis, PloverType.Retreat));
        Assert.Equal(["institution/government/SDN"], ceasefire.Actor.ToArray());
        Assert.Equal(["group/rapid-support-forces"], ceasefire.Recipient.ToArray());
    }

    [Fact]
    public void Two_subjects_after_the_verb_are_the_first_acting_and_the_second_receiving()
    {
        var analysis = Analyze("بحث الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني في القاهرة أمس الأوضاع في غزة.");
        var talks = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(["EGY"], talks.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["JOR"], talks.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void The_two_sides_are_those_of_the_meeting_told_before_not_the_last_two_countries_named()
    {
        var analysis = Analyze("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة أمس رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني. "
            + "وبحث الجانبان العلاقات الثنائية والأوضاع في السودان وليبيا. واتفق الجانبان على تشكيل لجنة مشتركة.");
        var agreement = Assert.Single(Of(analysis, PloverType.Agree));
        Assert.Equal(["EGY"], agreement.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["QAT"], agreement.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_weapon_tied_to_its_owner_is_the_owners_attack()
    {
        var analysis = Analyze("استهدفت مسيرات تابعة لقوات الدعم السريع مستودعا للوقود في مدينة كسلا فجر اليوم.");
        var strike = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal(["group/rapid-support-forces"], strike.Actor.ToArray());
        Assert.DoesNotContain("group/rapid-support-forces", strike.Recipient);
    }

    [Fact]
    public void A_target_tied_to_its_owner_strikes_the_owner()
    {
        var analysis = Analyze("استهدف هجوم سيارة تابعة للجيش السوري في ريف حمص أمس.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Contains("institution/army/SYR", attack.Recipient);
    }

    [Fact]
    public void The_possessor_of_a_house_struck_is_the_recipient()
    {
        var analysis = Analyze("قصفت الطائرات الإسرائيلية منزل القيادي في حركة حماس محمد الضيف في خان يونس.");
        var strike = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal("group/hamas", strike.Recipient[0]);
    }

    [Fact]
    public void A_house_with_no_possessor_named_strikes_only_its_place()
    {
        var analysis = Analyze("قصفت الطائرات منزلا في خان يونس أمس.");
        var strike = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal(["PSE"], strike.Recipient.ToArray());
    }

    [Fact]
    public void A_coalition_named_with_its_leader_acts_with_the_leader()
    {
        var analysis = Analyze("شنت طائرات التحالف الدولي بقيادة الولايات المتحدة غارات على مواقع في شمال سوريا أمس.");
        var raids = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Contains("USA", raids.Actor);
        Assert.Contains(analysis.Entities, e => e.Id == "USA" && e.Type == EntityType.Country);
    }

    [Fact]
    public void The_organiser_of_a_protest_holds_it_beside_the_crowd()
    {
        var analysis = Analyze("ونظمت الحكومة العراقية أمس في بغداد مسيرة حاشدة شارك فيها آلاف المتظاهرين.");
        Assert.All(Of(analysis, PloverType.Protest), protest => Assert.Equal("institution/government/IRQ", protest.Actor[0]));
    }

    [Fact]
    public void A_protest_its_organiser_is_named_after_is_the_organisers()
    {
        var analysis = Analyze("وتجمع المتظاهرون أمس في مظاهرة نظمتها حركة حماس في مدينة الخليل.");
        var protest = Assert.Single(Of(analysis, PloverType.Protest));
        Assert.Equal("group/hamas", protest.Actor[0]);
        Assert.DoesNotContain("group/hamas", protest.Recipient);
    }
}
