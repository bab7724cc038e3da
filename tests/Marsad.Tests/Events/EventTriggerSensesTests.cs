using Marsad.Events;
using Marsad.Model;
using Marsad.Pipeline;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Trigger detection, seventh session (issues 17, 18 and 21), on our own sentences through the real pipeline: the
/// homograph مسيرة/مسيرات read as drones (an attack) only in a weapon's context and as a march everywhere else, the
/// silent vigil as a protest, and the verb paradigms of data/rules/event-trigger-verbs.tsv.
/// </summary>
public sealed class EventTriggerSensesTests
{
    private static readonly MarsadPipeline Pipeline = MarsadPipeline.CreateDefault();

    private static EventRecord Coded(Analysis analysis, PloverType type) => Assert.Single(Of(analysis, type));

    // The rules of the trigger candidates that reach the decision: what the trigger pass found, before the model.
    private static string[] Candidates(string text) => [.. CandidatesOf(text).Select(static c => c.Rule)];

    private static IEnumerable<Marsad.Events.Decision.EventCandidate> CandidatesOf(string text) =>
        Pipeline.EventCandidates(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 11, 6) }).Select(static c => c.Candidate);

    [Fact]
    public void Drones_a_group_launches_are_an_attack_past_its_name_and_their_count()
    {
        var analysis = Analyze("أطلقت جماعة الحوثي 12 مسيرة باتجاه سفن تجارية في البحر الأحمر.");
        var attack = Coded(analysis, PloverType.Assault);
        Assert.Equal("1952", attack.Cameo);
        Assert.Equal(["group/houthis"], attack.Actor.ToArray());
        Assert.Empty(Of(analysis, PloverType.Protest));
    }

    [Theory]
    [InlineData("وقالت مصادر محلية إن مسيرات استهدفت مخزنا للوقود في مدينة الأبيض.")]
    [InlineData("وقالت مصادر محلية إن مسيّرات ضربت مخزنا للوقود في مدينة الأبيض.")]
    [InlineData("وأعلن الجيش أن دفاعاته الجوية أسقطت طائرة مسيرة فوق مدينة خاركيف.")]
    [InlineData("وتمكنت الدفاعات من التصدي لمسيرات معادية فوق القاعدة الجوية.")]
    public void Drones_that_strike_or_are_downed_are_no_march(string text)
    {
        // What the decision then makes of the attack is its own matter (an interception is often no event): here, that
        // the trigger pass reads a weapon and no march.
        Assert.DoesNotContain("ar.march", Candidates(text));
        Assert.Contains(CandidatesOf(text), static c => c.Event == PloverType.Assault);
        Assert.Empty(Of(Analyze(text), PloverType.Protest));
    }

    [Fact]
    public void The_shadda_of_the_piloted_drone_makes_it_a_weapon_where_nothing_else_around_does()
    {
        Assert.Equal(["ar.drone-homograph"], Candidates("وشوهدت فوق المدينة مسيّرة مجهولة الهوية مساء الأحد."));
        Assert.Equal(["ar.march"], Candidates("وشوهدت في المدينة مسيرة طلابية مساء الأحد."));
    }

    [Theory]
    [InlineData("مسيرات حاشدة جابت الشوارع في الرباط تضامنا مع غزة.")]
    [InlineData("وانطلقت مسيرة من أمام مقر البرلمان في بيروت ظهر الجمعة.")]
    [InlineData("واعترضت الشرطة مسيرة احتجاجية للمعلمين وسط العاصمة.")]
    [InlineData("واعترضت الشرطة مسيرة للمعلمين وسط العاصمة.")]
    [InlineData("وهاجمت قوات الأمن مسيرة طلابية في وسط المدينة.")]
    public void Marches_stay_marches_also_where_a_force_strikes_or_stops_them(string text)
    {
        var analysis = Analyze(text);
        Assert.Contains(analysis.Events, e => e is { Event: PloverType.Protest, Rule: "ar.march" });
        Assert.DoesNotContain(analysis.Events, e => e.Rule is "ar.drone-homograph" or "ar.drone");
    }

    [Theory]
    [InlineData("نظم عشرات الصحفيين وقفة صامتة أمام مقر النقابة في القاهرة.")]
    [InlineData("ونفذ أهالي المعتقلين وقفة احتجاجية صامتة أمام مبنى المحكمة في تونس.")]
    public void A_silent_vigil_is_a_protest(string text) =>
        Assert.Contains(Analyze(text).Events, e => e is { Event: PloverType.Protest, Rule: "ar.rally" });

    [Fact]
    public void A_verb_of_the_paradigm_table_is_found_in_persons_the_trigger_file_does_not_write()
    {
        var table = EventTriggerTable.LoadEmbedded();
        var denounce = table.Triggers.Single(t => t.Id == "ar.denounce");
        Assert.Contains("تنددان", denounce.Forms);
        Assert.Contains("سنندد", denounce.Forms);
        // Object pronouns only where the trigger's object is its recipient: بحثه is also "his research".
        Assert.Contains("تهددهم", table.Triggers.Single(t => t.Id == "ar.threaten").Forms);
        Assert.DoesNotContain("بحثه", table.Triggers.Single(t => t.Id == "ar.discuss").Forms);

        var condemnation = Coded(Analyze("مصر والأردن تستنكران الاعتداء على البعثة الدبلوماسية في الخرطوم."), PloverType.Accuse);
        Assert.Equal("تستنكران", condemnation.Trigger.Text);
    }

    [Fact]
    public void A_paradigm_row_for_a_defective_verb_or_an_unknown_trigger_is_reported_and_the_rest_loads()
    {
        var table = EventTriggerTable.Parse([["ar.call", "REQUEST", "-", "-", "054", "دعا", "object", "call"], ["ar.hold", "CONSULT", "-", "-", "040", "عقد", "-", "hold"]])
            .WithParadigms(
            [
                ["pattern", "perfect", "{P}|{P}ت"],
                ["pattern", "imperfect", "ي{S}|ت{S}"],
                ["pattern", "weak-ending", "ا|ي|و"],
                ["verb", "ar.call", "دعا", "يدعو"],
                ["verb", "ar.none", "قال", "يقول"],
                ["verb", "ar.hold", "عقد", "يعقد"],
            ]);
        Assert.Equal(["عقد", "عقدت", "يعقد", "تعقد"], table.Triggers.Single(t => t.Id == "ar.hold").Forms.ToArray());
        Assert.Equal(
            ["verbs row 4: ar.call: دعا / يدعو is a defective verb; write its forms out in event-triggers.tsv", "verbs row 5: ar.none is no trigger of event-triggers.tsv"],
            table.Problems.ToArray());
    }
}
