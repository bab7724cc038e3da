using System.Collections.Immutable;
using Marsad.Events.Decision;
using Marsad.Model;
using static Marsad.Tests.Events.DecisionCases;

namespace Marsad.Tests.Events;

/// <summary>
/// The event-mention decision on sentences we wrote, one per kind of candidate the issue names: the hand
/// rules' verdict on the candidate the real scan hands them, and what the real pipeline then outputs.
/// </summary>
public sealed class EventDecisionTests
{
    [Fact]
    public void Cue_words_are_found_through_their_proclitics_and_marks_as_written()
    {
        var words = "ونفت الوزارة ان يكون الجيش قصف القرية ؟".Split(' ').Select(Marsad.Text.ArabicNormalizer.Normalize).ToImmutableArray();
        var hits = DecisionLexicon.Default.Find(words);
        Assert.Contains(hits, static h => h is { Start: 0, End: 1, Kind: DecisionCue.Denial });
        Assert.Contains(hits, h => h.Start == words.Length - 1 && h.Kind == DecisionCue.Question);
        Assert.DoesNotContain(hits, static h => h.Start is 1 or 4 or 6);
    }

    [Fact]
    public void A_denial_written_with_its_conjunction_negates_the_attack()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "negated", DecisionReason.Denial), Parts(RulesOn("ونفت الوزارة أن يكون الجيش قصف القرية.", "قصف")));
    }

    [Fact]
    public void A_generic_reference_is_marked_generic_and_leaves_the_output()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "generic", DecisionReason.Generic), Parts(RulesOn("حذر القائد من أن أي هجوم على الحدود سيقابل برد حازم.", "هجوم")));
        Assert.DoesNotContain(Analyze("حذر القائد من أن أي هجوم على الحدود سيقابل برد حازم.").Events, static e => e.Event == PloverType.Assault);
    }

    [Fact]
    public void The_content_of_an_accusation_is_no_attack()
    {
        Assert.Equal(DecisionReason.Accusation, RulesOn("اتهمت الحكومة المعارضة بتنفيذ هجمات على مراكز الشرطة.", "هجمات").Reason);
        Assert.DoesNotContain(Analyze("اتهمت الحكومة المعارضة بتنفيذ هجمات على مراكز الشرطة.").Events, static e => e.Event == PloverType.Assault);
    }

    [Fact]
    public void A_denied_deed_is_negated()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "negated", DecisionReason.Denial), Parts(RulesOn("نفى الجيش قصف المستشفى في المدينة.", "قصف")));
    }

    [Fact]
    public void A_foiled_attack_is_negated()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "negated", DecisionReason.Foiled), Parts(RulesOn("أحبطت الشرطة هجوما على كنيسة في المدينة.", "هجوما")));
    }

    [Fact]
    public void A_question_is_hypothetical()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "hypothetical", DecisionReason.Question), Parts(RulesOn("هل تشهد العاصمة مظاهرات جديدة؟", "مظاهرات")));
    }

    [Fact]
    public void A_purpose_is_hypothetical()
    {
        Assert.Equal(DecisionReason.Purpose, RulesOn("نشرت السلطات مئات الجنود لمنع الهجمات على الأسواق.", "الهجمات").Reason);
    }

    [Fact]
    public void A_condition_is_hypothetical()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "hypothetical", DecisionReason.Condition), Parts(RulesOn("إذا تعرضت المدينة لهجوم فسنرد بقوة.", "لهجوم")));
    }

    [Fact]
    public void A_call_to_protest_is_hypothetical()
    {
        Assert.Equal(DecisionReason.Intent, RulesOn("دعت المعارضة أنصارها إلى التظاهر يوم الجمعة.", "التظاهر").Reason);
    }

    [Theory]
    [InlineData("أجلت المحكمة النظر في قضية اغتيال الصحفي إلى الشهر المقبل.", "اغتيال")]
    [InlineData("أقر البرلمان قانون التظاهر الجديد بعد جدل طويل.", "التظاهر")]
    [InlineData("امتلأت ساحة الاعتصام بالخيام منذ الصباح.", "الاعتصام")]
    public void The_name_of_a_case_a_law_or_a_place_is_no_event(string text, string trigger)
    {
        Assert.Equal((DecisionVerdict.Drop, DecisionReason.Name), (RulesOn(text, trigger).Verdict, RulesOn(text, trigger).Reason));
    }

    [Fact]
    public void A_topic_discussed_is_no_event()
    {
        Assert.Equal((DecisionVerdict.Drop, DecisionReason.Topic), Verdict(RulesOn("بحث الوزيران الهجمات الأخيرة على الحدود.", "الهجمات")));
        Assert.DoesNotContain(Analyze("بحث الوزيران الهجمات الأخيرة على الحدود.").Events, static e => e.Event == PloverType.Assault);
    }

    [Fact]
    public void A_deed_in_a_relative_clause_is_background()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "background", DecisionReason.Relative), Parts(RulesOn("التقى الرئيس عائلات الجنود الذين قتلوا في الكمين.", "قتلوا")));
    }

    [Fact]
    public void The_cause_of_what_the_sentence_reports_is_background()
    {
        Assert.Equal((DecisionVerdict.KeepMarked, "background", DecisionReason.Cause), Parts(RulesOn("أغلقت المدارس أبوابها جراء القصف.", "القصف")));
        var e = Assert.Single(Analyze("أغلقت المدارس أبوابها جراء القصف.").Events, static e => e.Event == PloverType.Assault);
        Assert.Equal([EventModality.Background], e.Modality.ToArray());
    }

    [Fact]
    public void What_a_condemnation_answers_is_background()
    {
        Assert.Equal(DecisionReason.Reaction, RulesOn("أدانت وزارة الخارجية الهجوم على السفارة.", "الهجوم").Reason);
    }

    [Fact]
    public void A_real_report_is_kept_and_counted()
    {
        var text = "قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم انتحاري استهدف نقطة تفتيش شمال بغداد.";
        Assert.Equal(EventDecision.Kept, RulesOn(text, "هجوم"));
        Assert.Contains(Analyze(text).Events, static e => e.Event == PloverType.Assault && EventDecision.SaysItHappened(e.Modality));
    }

    [Fact]
    public void A_real_protest_is_kept_and_counted()
    {
        var text = "تظاهر آلاف الطلاب أمام مبنى البرلمان احتجاجا على رفع رسوم الجامعات.";
        Assert.Contains(Analyze(text).Events, static e => e.Event == PloverType.Protest && EventDecision.SaysItHappened(e.Modality));
    }

    [Fact]
    public void Types_the_model_was_not_trained_on_follow_the_rules_alone()
    {
        Assert.Equal(["ASSAULT", "PROTEST"], EventModel.Embedded.Types.ToArray());
        Assert.False(EventModel.Embedded.Judges(PloverType.Consult));
        Assert.Contains(Analyze("وصل وزير الخارجية المصري إلى الرياض في زيارة رسمية.").Events, static e => e.Event == PloverType.Consult);
    }


    [Fact]
    public void What_a_call_asks_for_behind_its_preposition_is_intent_however_long_the_caller_s_name()
    {
        // Seven words between the call and what it asks for: the caller's title, name and a time.
        const string text = "ودعا المتحدث باسم الحكومة العراقية باسم العوادي أمس المتظاهرين إلى الاعتصام أمام البرلمان.";
        Assert.Equal((DecisionVerdict.KeepMarked, "hypothetical", DecisionReason.Intent), Parts(RulesOn(text, "الاعتصام")));
    }

    [Fact]
    public void A_name_inside_the_caller_s_title_is_not_whom_the_call_addresses()
    {
        var call = Assert.Single(Analyze("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل إلى وقف الغارات.").Events, static e => e.Event == PloverType.Request);
        Assert.Equal(["person/antonio-guterres"], call.Actor.ToArray());
        Assert.Equal(["ISR"], call.Recipient.ToArray());
    }
}
