using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, kind 7 and the clause around it, through the real pipeline: a meeting verb's subject named
/// behind its titles and whom it meets; a time set off by commas does not end the clause; the dateline is
/// where the story was filed, not who acts. Sentences written for these tests; published 2025-11-06.
/// </summary>
public sealed class EventMeetingTests
{
    [Fact]
    public void A_meeting_verbs_subject_behind_its_titles_meets_the_next_side_after_the_time()
    {
        var analysis = Analyze("استقبل رئيس الجمهورية اللبنانية جوزاف عون في بيروت، الأربعاء، وزير الخارجية المصري بدر عبد العاطي.");
        var meeting = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(["person/joseph-aoun"], meeting.Actor.ToArray());
        Assert.Equal(["EGY"], meeting.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_title_that_belongs_to_a_body_is_passed_to_the_person_who_holds_it()
    {
        var analysis = Analyze("التقى الأمين العام لجامعة الدول العربية أحمد أبو الغيط في القاهرة أمس رئيس الوزراء العراقي محمد شياع السوداني.");
        var meeting = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.Equal(["IRQ"], meeting.Recipient.Select(id => Country(analysis, id)).ToArray());
        Assert.DoesNotContain("org/arab-league", meeting.Recipient);
    }

    [Fact]
    public void A_country_right_after_a_meeting_verb_is_left_to_the_ordinary_rules()
    {
        // Nothing stands between the verb and the country: no title chain to pass.
        var analysis = Analyze("استقبلت مصر أمس وفدا من حركة حماس لبحث التهدئة في غزة.");
        var reception = Assert.Single(Of(analysis, PloverType.Consult), e => e.Trigger.Text.StartsWith("استقبلت", StringComparison.Ordinal));
        Assert.Equal(["EGY"], reception.Actor.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_time_between_commas_does_not_end_the_clause()
    {
        var analysis = Analyze("وانتقدت وزارة الخارجية القطرية، الأحد، قرار إسرائيل إغلاق المعابر.");
        var criticism = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(["ISR"], criticism.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void The_dateline_is_no_subject_of_the_first_verb()
    {
        // Without a dateline rule Damascus (Syria) would be read as the one that met.
        var analysis = Analyze("دمشق – التقى المبعوث الأممي غير بيدرسن وزير الخارجية الأردني أيمن الصفدي في عمّان، الخميس.");
        Assert.All(analysis.Events, e => Assert.DoesNotContain("SYR", e.Actor.Select(id => Country(analysis, id))));
    }

    [Fact]
    public void What_underwent_an_attack_places_its_target()
    {
        var analysis = Analyze("تعرضت محطة للكهرباء في محافظة البصرة مساء أمس لهجوم بطائرة مسيرة.");
        Assert.Contains(Of(analysis, PloverType.Assault), e => e.Recipient.SequenceEqual(["IRQ"]));
    }

    [Fact]
    public void A_target_place_without_a_country_takes_the_country_of_the_place_named_after_it()
    {
        var analysis = Analyze("هاجم مستوطنون إسرائيليون فجر الأحد قرية دير مسلم شمال نابلس وأحرقوا سيارات.");
        Assert.Contains(Of(analysis, PloverType.Assault), e => e.Recipient.SequenceEqual(["PSE"]));
    }
}
