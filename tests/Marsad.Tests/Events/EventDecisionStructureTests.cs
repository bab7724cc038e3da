using Marsad.Events.Decision;
using Marsad.Model;
using static Marsad.Tests.Events.DecisionCases;

namespace Marsad.Tests.Events;

/// <summary>
/// The structure the model reads since issue 17's fourth round, each on a sentence we wrote: a background
/// aside and the pluperfect, a noun naming one side of a known act, acts counted, a clause of time, a place
/// in the trigger's clause and an imperfect verb; since the seventh round, the words between the trigger and its
/// nearest entity. The features of the candidate the real scan hands the
/// decision, and the built-in model's use of them.
/// </summary>
public sealed class EventDecisionStructureTests
{
    [Fact]
    public void A_background_aside_in_the_pluperfect_is_read_as_such()
    {
        var features = FeaturesOf("يذكر أن مسلحين كانوا قد خطفوا المهندس قبل عامين.", "خطفوا");
        Assert.Contains("cue-in-sentence=Aside", features);
        Assert.Contains(features, static f => f.StartsWith("cue-before=Pluperfect@", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_naming_one_side_of_a_known_act_stands_right_before_it()
    {
        Assert.Contains("cue-before=Facet@0", FeaturesOf("كشفت الشرطة ملابسات اغتيال القاضي في المدينة.", "اغتيال"));
    }

    [Fact]
    public void Acts_counted_in_digits_are_told_from_a_toll_after_the_act()
    {
        Assert.Contains("counted", FeaturesOf("شهدت البلاد أكثر من 120 هجوما خلال العام الماضي.", "هجوما"));
        Assert.DoesNotContain("counted", FeaturesOf("قتل مسلحون 15 جنديا في كمين قرب الحدود.", "قتل"));
    }

    [Fact]
    public void A_number_word_before_a_trigger_counts_acts()
    {
        Assert.Contains("cue-before=Numeral@0", FeaturesOf("نفذت الجماعة عشرات الهجمات على القوافل.", "الهجمات"));
    }

    [Fact]
    public void A_clause_of_time_is_read_from_its_conjunction()
    {
        Assert.Contains("cue-before=Subordinator@0", FeaturesOf("غادر الوزير القاعة عندما هاجم مسلحون المبنى.", "هاجم"));
    }

    [Fact]
    public void A_place_in_the_trigger_s_clause_is_read_from_the_entities()
    {
        Assert.Contains("placed", FeaturesOf("قتل مسلحون ثلاثة جنود في بغداد أمس.", "قتل"));
        Assert.Contains("unplaced", FeaturesOf("قتل مسلحون ثلاثة جنود أمس.", "قتل"));
    }

    [Fact]
    public void An_imperfect_verb_trigger_is_marked()
    {
        Assert.Contains("imperfect", FeaturesOf("ما زال المسلحون يقتلون المدنيين في القرى النائية.", "يقتلون"));
        Assert.DoesNotContain("imperfect", FeaturesOf("قتل مسلحون ثلاثة جنود في بغداد أمس.", "قتل"));
    }

    [Fact]
    public void The_words_between_the_trigger_and_its_nearest_entity_are_read_on_the_nearer_side()
    {
        // بغداد ends two words before the trigger, الموصل stands three words after it: the words before are read.
        var features = FeaturesOf("أعلنت الشرطة في بغداد أن هجوما استهدف سوقا شعبيا قرب الموصل.", "استهدف");
        Assert.Contains("ASSAULT|between=" + Marsad.Text.ArabicNormalizer.Normalize("أن"), features);
        Assert.Contains("ASSAULT|between=" + Marsad.Text.ArabicNormalizer.Normalize("هجوما"), features);
        Assert.DoesNotContain("ASSAULT|between=" + Marsad.Text.ArabicNormalizer.Normalize("سوقا"), features);
        Assert.DoesNotContain("ASSAULT|no-entity", features);
    }

    [Fact]
    public void A_trigger_in_a_sentence_that_names_no_entity_is_marked()
    {
        var features = FeaturesOf("قتل رجل زوجته طعنا بالسكين أمس.", "قتل");
        Assert.Contains("ASSAULT|no-entity", features);
        Assert.DoesNotContain(features, static f => f.Contains("between=", StringComparison.Ordinal));
    }

    [Fact]
    public void The_built_in_model_reads_the_features_of_this_round()
    {
        using var model = new MemoryStream();
        EventModel.Embedded.Write(model);
        var written = System.Text.Encoding.UTF8.GetString(model.ToArray());
        foreach (var feature in new[] { "\nplaced\t", "\nunplaced\t", "\ncounted\t", "cue-before=Facet@", "cue-before=Pluperfect@", "cue-before=Numeral@", "|between=", "|no-entity\t" })
        {
            Assert.Contains(feature, written, StringComparison.Ordinal);
        }
    }
}
