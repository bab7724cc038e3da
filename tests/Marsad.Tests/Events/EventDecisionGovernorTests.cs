using Marsad.Events.Decision;
using static Marsad.Tests.Events.DecisionCases;

namespace Marsad.Tests.Events;

/// <summary>
/// What the model reads since issue 17's fifth round, each on a sentence we wrote: the kind of a word that
/// governs the trigger (a verb or noun of investigating, meeting, warning, claiming, passing on) and whether
/// the scan found the act's recipient, a feature of its type alone. The features of the candidate the real
/// scan hands the decision, and the built-in model's use of them.
/// </summary>
public sealed class EventDecisionGovernorTests
{
    [Fact]
    public void An_attack_investigated_has_a_verb_of_investigating_before_it()
    {
        var features = FeaturesOf("فتحت النيابة تحقيقا موسعا في الهجوم على مركز الشرطة.", "الهجوم");
        Assert.Contains("cue-before=Inquiry@2-3", features);
        Assert.Contains("ASSAULT|cue-before=Inquiry@2-3", features);
    }

    [Fact]
    public void An_attack_met_about_has_a_verb_of_meeting_before_it()
    {
        Assert.Contains("cue-before=Meeting@2-3", FeaturesOf("استقبل الملك ناجين من التفجير الذي هز الفندق.", "التفجير"));
    }

    [Fact]
    public void An_attack_warned_of_has_a_verb_of_warning_before_it()
    {
        Assert.Contains("cue-before=Warning@2-3", FeaturesOf("حذرت المنظمة الدولية من هجمات جديدة على المخيمات.", "هجمات"));
    }

    [Fact]
    public void An_attack_claimed_has_a_verb_of_claiming_before_it()
    {
        Assert.Contains("cue-before=Claim@1", FeaturesOf("تبنى التنظيم التفجير الذي استهدف السوق المركزي.", "التفجير"));
    }

    [Fact]
    public void An_attack_a_paper_reveals_has_a_verb_of_passing_on_before_it_and_a_phrase_is_read_whole()
    {
        Assert.Contains("cue-before=Transmission@2-3", FeaturesOf("كشفت الصحيفة أن مسلحين اختطفوا صحفيا في المدينة.", "اختطفوا"));
        Assert.Contains("cue-before=Transmission@2-3", FeaturesOf("وأضاف نقلا عن شهود أن مسلحين اختطفوا صحفيا في المدينة.", "اختطفوا"));
    }

    [Fact]
    public void The_recipient_is_a_feature_of_the_type_alone()
    {
        var features = FeaturesOf("اختطف مسلحون مهندسا أجنبيا قرب الحدود أمس.", "اختطف");
        Assert.Contains(features, static f => f is "ASSAULT|recipient" or "ASSAULT|no-recipient");
        Assert.DoesNotContain(features, static f => f is "recipient" or "no-recipient");
    }

    [Fact]
    public void The_built_in_model_reads_the_features_of_this_round()
    {
        using var model = new MemoryStream();
        EventModel.Embedded.Write(model);
        var written = System.Text.Encoding.UTF8.GetString(model.ToArray());
        foreach (var feature in new[] { "\nASSAULT|recipient\t", "\nASSAULT|no-recipient\t", "cue-before=Inquiry@", "cue-in-sentence=Transmission\t" })
        {
            Assert.Contains(feature, written, StringComparison.Ordinal);
        }
    }
}
