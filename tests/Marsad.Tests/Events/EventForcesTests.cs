using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline, after the scan: kind 1 (an attacker named only by a nationality on an
/// armed noun or on the attack itself is that country's forces, with their sector) and kind 2 (a named
/// spokesman acts for the body he speaks for). Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventForcesTests
{
    [Fact]
    public void A_nationality_on_the_attack_noun_names_that_countrys_army()
    {
        var analysis = Analyze("قتل ثلاثة مدنيين في ضربة جوية أمريكية شرق سوريا أمس.");
        var strike = Assert.Single(Of(analysis, PloverType.Assault), e => !e.Actor.IsEmpty);
        var actor = Assert.Single(analysis.Entities, e => e.Id == Assert.Single(strike.Actor));
        Assert.Equal(("USA", "MIL"), (actor.Country, actor.Sector));
    }

    [Fact]
    public void Security_men_with_a_nationality_are_that_countrys_security_forces()
    {
        var analysis = Analyze("وذكرت عائلته أن رجال أمن أردنيين اعتقلوا الناشط في منزله بمدينة الزرقاء أمس.");
        var arrest = Assert.Single(Of(analysis, PloverType.Coerce));
        var actor = Assert.Single(analysis.Entities, e => e.Id == Assert.Single(arrest.Actor));
        Assert.Equal(("JOR", "COP"), (actor.Country, actor.Sector));
    }

    [Fact]
    public void A_country_named_by_name_stays_the_country()
    {
        var analysis = Analyze("قصفت إسرائيل مواقع في جنوب لبنان فجر اليوم.");
        var shelling = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal(["ISR"], shelling.Actor.ToArray());
    }

    [Fact]
    public void A_victim_named_by_a_nationality_after_the_deed_is_no_army()
    {
        var analysis = Analyze("وقتل عراقي وأصيب آخر في انفجار عبوة ناسفة قرب سوق في بغداد أمس. واستنكر الوزير قتل الفلسطينيين في غزة.");
        Assert.DoesNotContain(Of(analysis, PloverType.Assault).SelectMany(e => e.Actor), id => id.StartsWith("institution/army/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nationality_on_a_definite_attack_noun_names_the_attacker_not_the_subject_that_condemns_it()
    {
        var analysis = Analyze("وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن طهران تدين الهجوم الإسرائيلي على سوريا.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal(["ISR"], attack.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal("MIL", analysis.Entities.Single(e => e.Id == attack.Actor[0]).Sector);
    }

    [Fact]
    public void A_named_spokesman_acts_for_the_body_he_speaks_for()
    {
        var analysis = Analyze("والتقى المتحدث باسم الخارجية القطرية ماجد الأنصاري السفير الأمريكي في الدوحة.");
        var meeting = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(["institution/foreign-ministry/QAT"], meeting.Actor.ToArray());
    }
}
