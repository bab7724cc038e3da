using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline, after the scan: an attacker named by its class, not by name, carries
/// that class's sector (<c>AgentNouns</c>), and a victim described by a nationality gives the recipient's
/// country (<c>Victims</c>). Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventAgentTests
{
    [Fact]
    public void Rebels_before_the_verb_of_a_reported_clause_are_the_attackers()
    {
        var analysis = Analyze("وأفادت مصادر محلية بأن متمردين هاجموا قافلة عسكرية في الإقليم.");
        Assert.Equal(["REB"], Sectors(analysis, PloverType.Assault));
    }

    [Fact]
    public void Soldiers_behind_a_partitive_are_the_army()
    {
        var analysis = Analyze("وقال شهود إن عددا من الجنود أطلقوا النار على سيارة مدنية عند الحاجز.");
        Assert.Equal(["MIL"], Sectors(analysis, PloverType.Assault));
    }

    [Fact]
    public void An_agent_after_the_resumptive_verb_of_an_attack_noun_is_the_attacker()
    {
        var analysis = Analyze("وتبادل الطرفان الاتهامات بعد هجوم شنه متمردون على موقع حدودي.");
        Assert.Contains("REB", Sectors(analysis, PloverType.Assault));
    }

    [Fact]
    public void A_definite_agent_noun_names_the_force_the_text_introduced()
    {
        var analysis = Analyze("حاصرت قوات الدعم السريع مدينة الأبيض منذ أسابيع. وقال سكان إن القوات اقتحمت السوق الرئيسي وأطلقت النار على التجار.");
        Assert.Contains(Of(analysis, PloverType.Assault), e => e.Actor.Contains("group/rapid-support-forces"));
        Assert.DoesNotContain(Of(analysis, PloverType.Assault), e => e.Actor.Contains("institution/army"));
    }

    [Fact]
    public void Counted_soldiers_before_a_suffered_deed_are_its_victims_not_its_doers()
    {
        var analysis = Analyze("وقال المسؤول إن ثلاثة جنود قتلوا في انفجار عبوة ناسفة على الطريق. وأضاف أن الجنود قتلوا جراء القصف.");
        Assert.DoesNotContain("MIL", Sectors(analysis, PloverType.Assault));
    }

    [Fact]
    public void A_victim_with_an_accusative_nationality_gives_the_recipient()
    {
        var analysis = Analyze("واعتقلت الشرطة التركية صحفيا فرنسيا في إسطنبول أمس.");
        var arrest = Assert.Single(Of(analysis, PloverType.Coerce));
        Assert.Equal(["FRA"], arrest.Recipient.ToArray());
    }

    [Fact]
    public void Victims_with_a_plural_nationality_give_the_recipient()
    {
        var analysis = Analyze("واعتقلت قوات الأمن التونسية ناشطين جزائريين قرب الحدود أمس.");
        var arrest = Assert.Single(Of(analysis, PloverType.Coerce));
        Assert.Equal(["DZA"], arrest.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void Soldiers_of_the_actors_own_country_are_no_victims()
    {
        var analysis = Analyze("أطلق جنود إسرائيليون النار على سيارة قرب مدخل البلدة أمس.");
        Assert.DoesNotContain(Of(analysis, PloverType.Assault).SelectMany(e => e.Recipient), id => Country(analysis, id) == "ISR");
    }

    private static List<string?> Sectors(Marsad.Model.Analysis analysis, PloverType type) =>
        [.. Of(analysis, type).SelectMany(e => e.Actor).Select(id => analysis.Entities.Single(x => x.Id == id).Sector)];
}
