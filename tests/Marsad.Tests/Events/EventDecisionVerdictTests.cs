using Marsad.Events.Decision;
using Marsad.Model;
using static Marsad.Tests.Events.DecisionCases;

namespace Marsad.Tests.Events;

/// <summary>
/// The kinds of non-report added in issue 17's third round, each on a sentence we wrote: a verdict or
/// punishment of an act, a remembrance of a past act, an act being prepared or intended, a weapon defused or
/// seized. The rules' verdict on the candidate the real scan hands them, and what the real pipeline outputs.
/// </summary>
public sealed class EventDecisionVerdictTests
{
    [Theory]
    [InlineData("أصدرت المحكمة الجنائية الحكم بالإعدام على المتهم الأول في القضية.", "بالإعدام")]
    [InlineData("أدين الشاب باغتيال ضابط في الشرطة وسجن عشرين عاما.", "باغتيال")]
    [InlineData("يعاقب القانون الجديد على الاغتصاب بالسجن المؤبد.", "الاغتصاب")]
    public void An_act_a_verdict_judges_is_the_verdict_not_the_act(string text, string trigger)
    {
        Assert.Equal((DecisionVerdict.Drop, DecisionReason.Verdict), Verdict(RulesOn(text, trigger)));
    }

    [Fact]
    public void An_execution_sentenced_is_coded_as_no_assault()
    {
        var events = Analyze("أصدرت المحكمة الجنائية الحكم بالإعدام على المتهم الأول في القضية.").Events;
        Assert.DoesNotContain(events, static e => e.Event == PloverType.Assault && EventDecision.SaysItHappened(e.Modality));
    }

    [Fact]
    public void A_remembered_massacre_is_background()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "background", DecisionReason.Commemoration), Parts(RulesOn("نظمت الجمعية حفلا لإحياء الذكرى الأولى للاعتداء على المسجد.", "للاعتداء")));
    }

    [Theory]
    [InlineData("قال المحققون إن الخلية كانت تستعد لتفجير محطة القطار الرئيسية.", "لتفجير")]
    [InlineData("أعلن التنظيم عزمه خطف رعايا أجانب في المنطقة.", "خطف")]
    public void An_act_being_prepared_or_intended_is_hypothetical(string text, string trigger)
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "hypothetical", DecisionReason.Intent), Parts(RulesOn(text, trigger)));
    }

    [Fact]
    public void A_bomb_defused_is_no_bombing()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "negated", DecisionReason.Foiled), Parts(RulesOn("فككت وحدة الهندسة عبوة ناسفة زرعت قرب المدرسة.", "عبوة")));
    }

    [Fact]
    public void A_killing_told_plainly_is_left_to_the_model()
    {
        Assert.Equal(EventDecision.Kept, RulesOn("قتل مسلحون ثلاثة حراس في هجوم على مصرف في المدينة صباح اليوم.", "قتل"));
    }
}
