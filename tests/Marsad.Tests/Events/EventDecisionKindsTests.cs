using Marsad.Events.Decision;
using Marsad.Model;
using Marsad.Text;
using static Marsad.Tests.Events.DecisionCases;

namespace Marsad.Tests.Events;

/// <summary>
/// The kinds of non-report the decision learned to tell in issue 17's second round, each on a sentence we
/// wrote: people taking part named instead of the act, a link or suspicion, an earlier event that sets the
/// time, an act stopped, planned or weighed, an act judged. The rules' verdict on the candidate the real scan
/// hands them, and what the real pipeline outputs.
/// </summary>
public sealed class EventDecisionKindsTests
{
    [Fact]
    public void Protesters_named_with_the_article_are_people_already_told_of()
    {
        const string text = "وردد المتظاهرون هتافات ضد الحكومة أمام مبنى البلدية.";
        Assert.Equal((DecisionVerdict.KeepMarked, "background", DecisionReason.Participant), Parts(RulesOn(text, "المتظاهرون")));
        var crowd = Assert.Single(Analyze(text).Events, static e => e.Trigger.Text == "المتظاهرون");
        Assert.Equal([EventModality.Background], crowd.Modality.ToArray());
    }

    [Fact]
    public void Protesters_governed_by_a_preposition_are_what_was_done_to_them()
    {
        Assert.Equal(DecisionReason.Participant, RulesOn("أطلقت الشرطة الغاز المسيل للدموع على متظاهرين في وسط العاصمة.", "متظاهرين").Reason);
    }

    [Fact]
    public void A_counted_crowd_of_protesters_is_left_to_the_model()
    {
        Assert.Equal(EventDecision.Kept, RulesOn("احتشد خمسة آلاف متظاهر في الساحة الرئيسية للمدينة.", "متظاهر"));
    }

    [Fact]
    public void A_link_to_an_attack_is_no_attack_told()
    {
        Assert.Equal((DecisionVerdict.Drop, DecisionReason.Accusation), Verdict(RulesOn("أوقفت الشرطة ثلاثة رجال يشتبه في صلتهم بالهجوم على المصرف.", "بالهجوم")));
    }

    [Fact]
    public void An_earlier_event_that_sets_the_time_is_background()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "background", DecisionReason.Sequel), Parts(RulesOn("وصل الوزير إلى المدينة بعد يومين من تفجير السوق.", "تفجير")));
    }

    [Fact]
    public void A_verb_after_a_time_is_not_an_event_that_set_it()
    {
        Assert.NotEqual(DecisionReason.Sequel, RulesOn("ما زال الطلاب منذ الصباح يحتجون أمام الوزارة.", "يحتجون").Reason);
    }

    [Theory]
    [InlineData("طالبت المنظمة الدولية بوقف إطلاق الصواريخ على المدن.", "إطلاق")]
    [InlineData("تدرس الحكومة شن ضربات جوية على مواقع المسلحين.", "ضربات")]
    public void An_act_to_be_stopped_or_weighed_is_hypothetical(string text, string trigger)
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "hypothetical", DecisionReason.Intent), Parts(RulesOn(text, trigger)));
    }

    [Fact]
    public void An_act_judged_is_the_judgement_not_the_act()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "background", DecisionReason.Reaction), Parts(RulesOn("واعتبر الوزير أن اغتيال الصحفي جريمة ضد حرية الصحافة.", "اغتيال")));
    }

    [Theory]
    [InlineData("يهتفون", true)]
    [InlineData("وتحتجان", true)]
    [InlineData("المتظاهرون", false)]
    [InlineData("تفجير", false)]
    public void An_imperfect_verb_is_told_by_its_letters(string word, bool verb)
    {
        Assert.Equal(verb, DecisionRules.ImperfectVerb(ArabicNormalizer.Normalize(word)));
    }

    [Theory]
    [InlineData("المتظاهرون", true)]
    [InlineData("والمحتجين", true)]
    [InlineData("للمتظاهرين", true)]
    [InlineData("بالهجوم", true)]
    [InlineData("متظاهرين", false)]
    [InlineData("لهجوم", false)]
    public void The_article_is_read_through_its_proclitics(string word, bool article)
    {
        Assert.Equal(article, DecisionRules.HasArticle(ArabicNormalizer.Normalize(word)));
    }

    [Theory]
    [InlineData("بالهجوم", 3, true)]
    [InlineData("لتفجير", 1, true)]
    [InlineData("وللمتظاهرين", 3, true)]
    [InlineData("والهجوم", 3, false)]
    [InlineData("الهجوم", 2, false)]
    public void A_preposition_on_the_trigger_is_read_from_its_stripped_letters(string word, int stripped, bool preposition)
    {
        Assert.Equal(preposition, DecisionRules.CarriesPreposition(ArabicNormalizer.Normalize(word), stripped));
    }

    [Fact]
    public void The_built_in_model_reads_the_features_of_this_round()
    {
        var word = ArabicNormalizer.Normalize("باختطاف");
        var candidate = Assert.Single(DecisionCases.Pipeline.EventCandidates(Document("أعلنت الجماعة مسؤوليتها عن القيام باختطاف الصحفيين.")), c => c.Candidate.Words[c.Candidate.TriggerStart] == word).Candidate;
        var features = CandidateFeatures.Of(candidate);
        Assert.Contains("cue-before=Light@0", features);
        Assert.Contains("governed", features);
        using var model = new MemoryStream();
        EventModel.Embedded.Write(model);
        var written = System.Text.Encoding.UTF8.GetString(model.ToArray());
        Assert.Contains("cue-before=Light@", written, StringComparison.Ordinal);
        Assert.Contains("governed", written, StringComparison.Ordinal);
    }

}
