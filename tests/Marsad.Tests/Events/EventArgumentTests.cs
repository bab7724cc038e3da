using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// The argument rules of issue 18 through the real pipeline: who acted (the nationality on an instrument),
/// to whom (a target placed in a country, a response pointing back at what it responds to), when (the
/// event's own clause, to the day) and whether it is history (more than 30 days old, or the pluperfect).
/// Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventArgumentTests
{
    [Theory]
    [InlineData("قصفت مدفعية روسية بلدات في ريف إدلب صباح الاثنين.", "RUS")]
    [InlineData("شنت مقاتلات أمريكية غارات على مواقع في محافظة الحديدة.", "USA")]
    [InlineData("أطلقت زوارق إيرانية النار على ناقلة نفط في مضيق هرمز.", "IRN")]
    public void A_nationality_on_the_instrument_right_after_the_verb_is_the_actor_its_army(string text, string country)
    {
        var analysis = Analyze(text);
        Assert.All(Of(analysis, PloverType.Assault).SelectMany(e => e.Actor), id => Assert.Equal("MIL", analysis.Entities.Single(x => x.Id == id).Sector));
        var assault = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal([country], assault.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.DoesNotContain(country, assault.Recipient);
    }

    [Theory]
    [InlineData("قصفت مدفعية روسية بلدات في ريف إدلب صباح الاثنين.", "SYR")]
    [InlineData("استهدفت طائرة مسيرة إسرائيلية سيارة في بلدة بجنوب لبنان.", "LBN")]
    public void The_place_an_attack_strikes_names_the_target_country(string text, string country)
    {
        Assert.Contains(Of(Analyze(text), PloverType.Assault), e => e.Recipient.SequenceEqual([country]));
    }

    [Fact]
    public void A_condemnation_of_the_attack_points_at_the_attacker_and_is_no_new_attack()
    {
        var analysis = Analyze("شنت القوات الروسية هجوما بالصواريخ على مدينة خاركيف أمس. وأدانت الخارجية الفرنسية الهجوم في بيان.");
        var condemnation = Assert.Single(Of(analysis, PloverType.Accuse));
        var attack = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal(["RUS"], attack.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(attack.Actor.ToArray(), condemnation.Recipient.ToArray());
    }

    [Fact]
    public void A_definite_attack_noun_with_no_attack_reported_before_is_not_read_as_a_reference()
    {
        // Nothing earlier to point at: the recipient is not made up.
        var analysis = Analyze("وأدانت الخارجية الفرنسية الهجوم في بيان.");
        Assert.All(Of(analysis, PloverType.Accuse), e => Assert.DoesNotContain("RUS", e.Recipient));
    }

    [Fact]
    public void A_time_inside_a_relative_clause_after_the_trigger_dates_that_clause_not_the_event()
    {
        var analysis = Analyze("وانتقد وزير الخارجية الإيراني الاتفاق الذي وقعته الولايات المتحدة مع العراق عام 2008.");
        var criticism = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal("2025-11-06", criticism.Date);
        Assert.DoesNotContain(EventModality.Historical, criticism.Modality);
    }

    [Fact]
    public void An_event_is_dated_to_the_day_even_when_its_time_names_a_part_of_the_day()
    {
        var analysis = Analyze("قصفت مدفعية روسية بلدات في ريف إدلب فجر الأحد.");
        Assert.Contains(analysis.Times, t => t.Value == "2025-11-02TMO");
        Assert.Equal("2025-11-02", Assert.Single(Of(analysis, PloverType.Assault)).Date);
    }

    [Theory]
    [InlineData("واعتقلت الشرطة التركية صحفيا أمس في إسطنبول.", false)]
    [InlineData("واعتقلت الشرطة التركية صحفيا في إسطنبول يوم 20 أكتوبر.", false)]
    [InlineData("واعتقلت الشرطة التركية صحفيا في إسطنبول في أغسطس الماضي.", true)]
    [InlineData("وكانت الشرطة التركية قد اعتقلت صحفيا في إسطنبول.", true)]
    public void Historical_means_more_than_30_days_before_publication_or_the_pluperfect(string text, bool historical)
    {
        var arrest = Assert.Single(Of(Analyze(text), PloverType.Coerce));
        Assert.Equal(historical, arrest.Modality.Contains(EventModality.Historical));
    }

    [Fact]
    public void A_violent_verb_whose_subject_is_an_attack_noun_is_one_event_told_by_the_noun()
    {
        var analysis = Analyze("استهدفت غارة إسرائيلية منزلا في بلدة بجنوب لبنان.");
        var strike = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal(["ISR"], strike.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["LBN"], strike.Recipient.ToArray());
    }

    [Fact]
    public void A_possessor_after_the_object_is_the_recipient()
    {
        var support = Assert.Single(Of(Analyze("تدعم ألمانيا جهود مصر لتهدئة الأوضاع في المنطقة."), PloverType.Support));
        Assert.Equal(["DEU"], support.Actor.ToArray());
        Assert.Equal(["EGY"], support.Recipient.ToArray());
    }

    [Fact]
    public void The_destination_of_an_arrival_is_the_host_of_the_visit()
    {
        var analysis = Analyze("وصل رئيس الوزراء الإسباني إلى الرباط مساء الأربعاء في زيارة رسمية تستغرق يومين.");
        var visit = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal("ESP", Country(analysis, Assert.Single(visit.Actor)));
        Assert.Equal(["MAR"], visit.Recipient.ToArray());
    }

    [Fact]
    public void Verbs_joined_by_and_share_the_subject_and_the_crowd_they_act_on_is_the_recipient()
    {
        var analysis = Analyze("وذكرت مصادر محلية أن الشرطة الأردنية فرقت المتظاهرين واعتقلت عشرة منهم.");
        var arrest = Assert.Single(Of(analysis, PloverType.Coerce));
        Assert.Equal(["JOR"], arrest.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.DoesNotContain(arrest.Actor, id => id.StartsWith("group/protesters", StringComparison.Ordinal));
        Assert.Contains(analysis.Events, e => e.Recipient.Any(id => id.StartsWith("group/protesters", StringComparison.Ordinal) && Country(analysis, id) == "JOR"));
    }
}
