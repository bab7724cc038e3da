using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: kind 8 (a reported clause puts its subject before the verb, and a verb
/// joined to it shares that subject), kind 5 (a response keeps the recipient it names itself; a reaction to
/// "the step" points at the article's lead event) and kinds 6 and 7 (the events that continue the story take
/// the lead's date). Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventReportedClauseTests
{
    [Fact]
    public void The_subject_after_a_complementizer_acts_and_the_crowd_after_the_verb_is_its_object()
    {
        var analysis = Analyze("القاهرة – ذكرت منظمة حقوقية أن الشرطة المصرية اعتقلت عشرات الطلاب في جامعة القاهرة أمس.");
        var arrest = Assert.Single(Of(analysis, PloverType.Coerce));
        Assert.Equal(["EGY"], arrest.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.DoesNotContain(arrest.Actor, id => id.StartsWith("group/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_joined_verb_shares_the_reported_subject_when_the_verb_before_it_coded_no_event()
    {
        var analysis = Analyze("قالت مصادر محلية إن قوات الأمن العراقية منعت المتظاهرين من دخول المنطقة الخضراء، واعتقلت عددا منهم.");
        var arrest = Assert.Single(Of(analysis, PloverType.Coerce));
        Assert.Equal(["IRQ"], arrest.Actor.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_response_keeps_the_recipient_it_names_before_the_event_noun()
    {
        // القصف refers back to the Turkish shelling, but the demand is made of the United Nations.
        var analysis = Analyze("قصفت مدفعية الجيش التركي قرى في شمال العراق أمس. وطالب الرئيس العراقي الأمم المتحدة بوقف القصف على القرى.");
        var demand = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(["org/united-nations"], demand.Recipient.ToArray());
    }

    [Fact]
    public void A_reaction_to_the_step_points_at_the_actor_of_the_lead_event()
    {
        var analysis = Analyze("أعلنت الحكومة الفرنسية الاثنين تعليق صادرات الأسلحة إلى النيجر. ورحب رئيس الوزراء الإيطالي بالخطوة، ودعا الدول الأوروبية إلى مثلها.");
        var welcome = Assert.Single(Of(analysis, PloverType.Support));
        Assert.Equal(["FRA"], welcome.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void The_story_continued_by_its_actor_takes_the_lead_date_and_a_reaction_by_another_keeps_publication()
    {
        var analysis = Analyze("استقبل الرئيس التونسي قيس سعيد، الأربعاء، وزير الخارجية الجزائري أحمد عطاف في قصر قرطاج. "
            + "وطالب سعيد الجزائر بتعزيز التعاون في مكافحة التهريب على الحدود. وأدانت فرنسا الهجوم على السفارة في العاصمة.");
        var demand = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(("2025-11-05", DateSource.Text), (demand.Date, demand.DateFrom));
        var condemnation = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(("2025-11-06", DateSource.Published), (condemnation.Date, condemnation.DateFrom));
    }
}
