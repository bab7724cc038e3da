using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18, kinds 9 and 5 through the real pipeline: a mention that names again an entity the document
/// already introduced (a definite head noun alone, البلاد, a known person's one-word name) is that entity,
/// and a reaction with no recipient points at the doer of the event an event noun after it names.
/// Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventCoreferenceTests
{
    [Fact]
    public void A_definite_head_noun_alone_is_the_body_named_before_with_that_noun()
    {
        var analysis = Analyze("عقدت حركة حماس اجتماعا لقيادتها في الدوحة أمس. واتهمت الحركة إسرائيل بعرقلة المفاوضات.");
        var accusation = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(["group/hamas"], accusation.Actor.ToArray());
        Assert.Equal(["ISR"], accusation.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_head_noun_is_matched_through_the_knowledge_base_names_of_the_entity()
    {
        // The text names Saudi Arabia only by its capital; the knowledge base calls it المملكة العربية السعودية.
        var analysis = Analyze("استضافت الرياض أمس اجتماعا لوزراء خارجية عرب. واتهمت المملكة الحوثيين بتهديد الملاحة في البحر الأحمر.");
        Assert.Contains(Of(analysis, PloverType.Accuse), e => e.Actor.Select(id => Country(analysis, id)).Contains("SAU"));
    }

    [Fact]
    public void A_head_noun_with_a_definite_modifier_names_no_one_already_named()
    {
        // الحركة الاحتجاجية is a protest movement, not the Hamas the text named before.
        var analysis = Analyze("عقدت حركة حماس اجتماعا في الدوحة أمس. واتهمت الحركة الاحتجاجية الحكومة المصرية بقمع المتظاهرين.");
        Assert.DoesNotContain(analysis.Events, e => e.Event == PloverType.Accuse && e.Actor.Contains("group/hamas"));
    }

    [Fact]
    public void A_known_persons_given_name_alone_is_that_person()
    {
        var analysis = Analyze("التقى وزير الخارجية السعودي فيصل بن فرحان نظيره المصري في القاهرة أمس. وانتقد فيصل الهجمات على السفن في البحر الأحمر.");
        Assert.Contains(Of(analysis, PloverType.Accuse), e => e.Actor.Contains("person/faisal-bin-farhan-al-saud"));
        Assert.DoesNotContain(analysis.Events, e => e.Actor.Any(id => id.StartsWith("unknown/person/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_condemnation_points_at_the_attacker_wherever_the_attack_noun_stands_in_its_sentence()
    {
        // The time between commas and the adverb put الهجوم outside the condemnation's clause.
        var analysis = Analyze("هاجمت قوات روسية قرية في شرق أوكرانيا مساء الثلاثاء. وأدانت وزارة الخارجية الفرنسية، الأربعاء، بأشد العبارات الهجوم.");
        var condemnation = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(["RUS"], condemnation.Recipient.Select(id => Country(analysis, id)).ToArray());
        Assert.Single(Of(analysis, PloverType.Assault));
    }

    [Fact]
    public void A_reaction_that_names_its_recipient_keeps_it()
    {
        var analysis = Analyze("هاجمت قوات روسية قرية في شرق أوكرانيا مساء الثلاثاء. وأدانت وزارة الخارجية الفرنسية روسيا بعد الهجوم.");
        Assert.All(Of(analysis, PloverType.Accuse), e => Assert.Equal(["RUS"], e.Recipient.Select(id => Country(analysis, id)).ToArray()));
    }
}
