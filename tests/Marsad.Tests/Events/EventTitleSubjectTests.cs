using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, kinds 2 and 9 at scan time: the subject right after a verb is a title that names no entity itself
/// (a minister by his portfolio and nationality, a spokesman of a body named before). The body or country its
/// phrase names is the actor, so the event is not dropped for want of one. Sentences written for these tests;
/// published on Thursday 2025-11-06.
/// </summary>
public sealed class EventTitleSubjectTests
{
    [Fact]
    public void A_minister_named_by_portfolio_and_nationality_acts_for_his_country()
    {
        var analysis = Analyze("أعلنت الحكومة الأردنية أمس خطة جديدة لدعم الصادرات. ورحب وزير الصناعة الأردني بالخطة.");
        Assert.Contains(Of(analysis, PloverType.Support), e => e.Trigger.Text.Contains("رحب", StringComparison.Ordinal)
            && e.Actor.Select(id => Country(analysis, id)).Contains("JOR"));
    }

    [Fact]
    public void A_spokesman_of_a_body_named_before_speaks_for_that_body()
    {
        var analysis = Analyze("قالت حركة أمل إن مسلحين هاجموا مكتبها في صور. واتهم المتحدث باسم الحركة حزب الله بالوقوف وراء الهجوم.");
        var accusation = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(["org/amal-movement"], accusation.Actor.ToArray());
        Assert.Equal(["group/hezbollah"], accusation.Recipient.ToArray());
    }

    [Fact]
    public void A_name_after_a_definite_word_of_the_title_is_the_verbs_object_not_the_titles_body()
    {
        // الوزير الضيف ends the subject: موسكو is whom he calls on, so it is no actor.
        var analysis = Analyze("استقبل وزير الخارجية المصري نظيره الليبي في القاهرة أمس. ودعا الوزير الضيف موسكو إلى الحوار مع المعارضة.");
        Assert.DoesNotContain(analysis.Events, e => e.Actor.Select(id => Country(analysis, id)).Contains("RUS"));
    }

    [Fact]
    public void A_title_with_a_preposition_after_it_names_no_side()
    {
        // Nothing in the subject says whose minister he is: no actor is made up from the sentence's other names.
        var analysis = Analyze("ورحب الوزير بقرار البنك الدولي تقديم منحة إلى سوريا.");
        Assert.DoesNotContain(Of(analysis, PloverType.Support), e => e.Actor.Select(id => Country(analysis, id)).Contains("SYR"));
    }
}
