using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Trigger detection (issues 17, 18 and 21: events the coder did not find at all), one test per kind of miss, on our
/// own sentences through the real pipeline: a conjunction on a trigger verb that is also an ordinary word, a
/// multi-word trigger broken by commas around its subject or a time, a cue word standing past a name and a time,
/// and trigger forms and verbs that were missing from data/rules/event-triggers.tsv.
/// </summary>
public sealed class EventTriggerFormsTests
{
    private static EventRecord Coded(Analysis analysis, PloverType type) => Assert.Single(Of(analysis, type));

    [Fact]
    public void A_conjunction_on_a_trigger_verb_that_is_also_an_ordinary_word_reads_as_the_trigger()
    {
        // ودعت is also "bade farewell", an ordinary word; in news it is و + دعت (and called).
        var call = Coded(Analyze("ودعت الحكومة الأردنية الأمم المتحدة إلى التحرك العاجل."), PloverType.Request);
        Assert.Equal("ودعت", call.Trigger.Text);
        Assert.Equal(["institution/government/JOR"], call.Actor.ToArray());
    }

    [Fact]
    public void A_multi_word_trigger_runs_past_commas_that_set_off_its_subject_and_a_time()
    {
        var analysis = Analyze("فرضت الحكومة البريطانية، الخميس، عقوبات على شركات روسية.");
        var sanctions = Coded(analysis, PloverType.Sanction);
        Assert.StartsWith("فرضت", sanctions.Trigger.Text, StringComparison.Ordinal);
        Assert.EndsWith("عقوبات", sanctions.Trigger.Text, StringComparison.Ordinal);
        Assert.Equal(["institution/government/GBR"], sanctions.Actor.ToArray());
    }

    [Fact]
    public void A_court_that_rules_a_prison_term_is_a_conviction_with_the_court_and_a_time_between()
    {
        var ruling = Coded(Analyze("قضت محكمة النقض المصرية، الأحد، بالسجن عشر سنوات على ناشط."), PloverType.Sanction);
        Assert.Equal("convict", ruling.Mode);
        Assert.EndsWith("بالسجن", ruling.Trigger.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crowd_named_after_a_count_ends_a_dispersal_whose_subject_and_time_stand_between()
    {
        var dispersal = Coded(Analyze("فرّقت قوات الأمن السودانية، مساء الجمعة، عشرات المحتجين في وسط الخرطوم."), PloverType.Assault);
        Assert.EndsWith("المحتجين", dispersal.Trigger.Text, StringComparison.Ordinal);
        Assert.Equal(["institution/security-forces/SDN"], dispersal.Actor.ToArray());
    }

    [Fact]
    public void The_agreement_a_signing_needs_may_stand_past_the_signers_and_a_time()
    {
        var signing = Coded(Analyze("ووقعت تونس والجزائر، الاثنين، اتفاقية للتعاون في مجال الطاقة."), PloverType.Support);
        Assert.Equal(["TUN", "DZA"], signing.Actor.ToArray());
    }

    [Fact]
    public void Something_that_happened_is_still_no_signing()
    {
        var analysis = Analyze("وقع انفجار في مصنع بالقاهرة، ما أدى إلى توقف العمل.");
        Assert.DoesNotContain(analysis.Events, e => e.Event == PloverType.Support);
    }

    [Fact]
    public void The_verb_of_a_raid_is_an_attack()
    {
        var raid = Coded(Analyze("أغارت طائرات حربية على مواقع في ريف إدلب شمال غرب سوريا."), PloverType.Assault);
        Assert.Equal("أغارت", raid.Trigger.Text);
        Assert.Equal(["SYR"], raid.Recipient.ToArray());
    }

    [Fact]
    public void A_force_that_deploys_is_a_mobilisation_and_what_spreads_is_not()
    {
        var deployment = Coded(Analyze("وانتشر الجيش العراقي في شوارع البصرة."), PloverType.Mobilize);
        Assert.Equal(["institution/army/IRQ"], deployment.Actor.ToArray());
        Assert.DoesNotContain(Analyze("انتشر الوباء في المدينة خلال أسابيع.").Events, e => e.Event == PloverType.Mobilize);
    }

    [Fact]
    public void Standing_by_a_people_is_support_for_their_country()
    {
        var support = Coded(Analyze("وأكدت الكويت وقوفها إلى جانب الشعب اللبناني."), PloverType.Support);
        Assert.Equal(["KWT"], support.Actor.ToArray());
        Assert.Equal(["LBN"], support.Recipient.ToArray());
    }

    [Fact]
    public void An_armed_group_that_dissolves_itself_demobilises()
    {
        var analysis = Analyze("قرر حزب العمال الكردستاني حل نفسه وإلقاء السلاح.");
        Assert.Contains(analysis.Events, e => e is { Event: PloverType.Retreat, Mode: "disarm", Trigger.Text: "حل نفسه" } && e.Actor.SequenceEqual(["group/pkk"]));
    }

    [Fact]
    public void Suspending_a_treaty_reduces_relations_in_every_person_of_the_verb()
    {
        var suspension = Coded(Analyze("علقت روسيا معاهدة الحد من الأسلحة النووية مع الولايات المتحدة."), PloverType.Sanction);
        Assert.Equal(["RUS"], suspension.Actor.ToArray());
    }

    [Fact]
    public void Holding_a_round_of_talks_is_a_consultation_and_a_round_of_anything_else_is_not()
    {
        var round = Coded(Analyze("عقدت إيران والولايات المتحدة، السبت، جولة ثالثة من المحادثات في روما."), PloverType.Consult);
        // The two sides joined by و are the meeting's parties: the first as actor, the second as recipient (Events/Arguments/Parties).
        Assert.Equal(["IRN"], round.Actor.ToArray());
        Assert.Equal(["USA"], round.Recipient.ToArray());
        Assert.DoesNotContain(Analyze("عقدت الحكومة التونسية جولة ميدانية في ولاية سوسة.").Events, e => e.Event == PloverType.Consult);
    }

    [Theory]
    [InlineData("طالبت مصر بوقف فوري لإطلاق النار في السودان.")]
    [InlineData("دعت فرنسا إلى وقف دائم لإطلاق النار في لبنان.")]
    [InlineData("أعلن الجيش السوداني وقفا مؤقتا لإطلاق النار لمدة ثلاثة أيام.")]
    public void A_ceasefire_with_an_adjective_before_the_firing_is_no_shooting(string sentence)
    {
        // وقف فوري لإطلاق النار: the firing is what stops; إطلاق النار alone would be read as an attack.
        var analysis = Analyze(sentence);
        Assert.Empty(Of(analysis, PloverType.Assault));
        Assert.Contains(analysis.Events, static e => e.Trigger.Text.Contains("وقف", StringComparison.Ordinal));
    }

    [Fact]
    public void The_short_form_of_condemned_is_a_condemnation()
    {
        var condemnation = Coded(Analyze("كما دانت مفوضية الاتحاد الأفريقي الهجوم على القاعدة العسكرية."), PloverType.Accuse);
        Assert.Equal("دانت", condemnation.Trigger.Text);
        Assert.Equal(["org/african-union"], condemnation.Actor.ToArray());
    }
}
