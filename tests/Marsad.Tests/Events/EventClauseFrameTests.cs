using System.Collections.Immutable;
using Marsad.Events.Arguments;
using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline, the passes after the scan of the seventh session: a phase verb's subject
/// does its verbal noun, a call a speaker spoke in happened, the side behind مع, a call's addressee in its own
/// words, whose words a reaction rejects, where a force withdraws from, a weapon's owner in a relative clause,
/// الوزارة as the ministry already named, and a response that follows its referent's new actor. Sentences
/// written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventClauseFrameTests
{
    [Fact]
    public void A_phase_verbs_subject_does_the_verbal_noun_after_it()
    {
        var analysis = Analyze("بدأت تركيا، الأحد، تزويد العراق بالكهرباء عبر خط جديد.");
        var aid = Assert.Single(Of(analysis, PloverType.Aid));
        Assert.Equal(["TUR"], aid.Actor.ToArray());
        Assert.Equal(["IRQ"], aid.Recipient.ToArray());
    }

    [Fact]
    public void A_call_the_speaker_spoke_in_happened_and_its_other_side_follows_with()
    {
        var analysis = Analyze("وقال رئيس الوزراء العراقي محمد شياع السوداني في اتصال هاتفي مع الأمين العام لحلف شمال الأطلسي مارك روته إن بغداد تدعم الحوار.");
        var call = Assert.Single(Of(analysis, PloverType.Consult));
        Assert.DoesNotContain(EventModality.Reported, call.Modality);
        Assert.Equal(["person/mark-rutte"], call.Recipient.ToArray());
        // What he said is still reported.
        Assert.Contains(EventModality.Reported, Assert.Single(Of(analysis, PloverType.Support)).Modality);
    }

    [Fact]
    public void An_accusations_object_stands_after_the_statement_it_was_made_in()
    {
        var analysis = Analyze("واتهم حزب الله (الحزب) في بيان تل أبيب بخرق الهدنة.");
        var accusation = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(["group/hezbollah"], accusation.Actor.ToArray());
        Assert.Equal(["ISR"], accusation.Recipient.ToArray());
    }

    [Fact]
    public void A_call_on_a_body_named_in_the_trigger_is_the_named_ministrys_and_the_body_receives_it()
    {
        var analysis = Analyze("أصدرت وزارة الخارجية الأردنية بيانا حول التصعيد. ودعت الوزارة مجلس الأمن الدولي إلى التدخل.");
        var call = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(["institution/foreign-ministry/JOR"], call.Actor.ToArray());
        Assert.Equal(["org/un-security-council"], call.Recipient.ToArray());
    }

    [Fact]
    public void A_nationality_on_the_rejected_accusations_names_their_maker()
    {
        var analysis = Analyze("ورفضت وزارة الخارجية الجزائرية الاتهامات الفرنسية، ووصفتها بأنها باطلة.");
        var rejection = Assert.Single(Of(analysis, PloverType.Reject));
        Assert.Equal(["DZA"], rejection.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["FRA"], rejection.Recipient.ToArray());
    }

    [Fact]
    public void A_withdrawal_is_from_the_country_of_the_place_after_min()
    {
        var analysis = Analyze("انسحب الجيش الروسي، الجمعة، من عدة قرى في شمال سوريا.");
        var withdrawal = Assert.Single(Of(analysis, PloverType.Retreat));
        Assert.Equal(["RUS"], withdrawal.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Equal(["SYR"], withdrawal.Recipient.ToArray());
    }

    [Fact]
    public void A_weapon_only_one_side_owns_is_that_sides()
    {
        // The owner is the argument pass's to find; the event model retrained at a427e00 drops this attack (a
        // threshold's matter, reported with issue 17's seventh round), so the rules alone decide here.
        var analysis = AnalyzeByRules("قصفت مروحيات، لا يملكها إلا الجيش السوداني، مواقع في دارفور.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Equal(["SDN"], attack.Actor.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void A_coalition_a_country_leads_in_a_relative_clause_acts_with_it()
    {
        var analysis = Analyze("شن التحالف الذي تقوده السعودية غارات على صنعاء.");
        var attack = Assert.Single(Of(analysis, PloverType.Assault));
        Assert.Contains("SAU", attack.Actor);
    }

    [Fact]
    public void A_response_follows_the_actor_its_referent_was_given_after_the_scan()
    {
        EventRecord Event(string id, PloverType type, int sentence, ImmutableArray<string> actor, ImmutableArray<string> recipient) =>
            new(id, type, null, [], null, actor, recipient, [], "2025-11-06", DateSource.Published, [], sentence, new Mention(new TextSpan(0, 1), "x", "trigger"), "test");

        var scanned = ImmutableArray.Create(
            Event("attack", PloverType.Assault, 0, [], ["group/houthis"]),
            Event("condemnation", PloverType.Accuse, 1, ["JOR"], ["institution/air-defence/ERI"]));
        // A pass after the scan found the drones' owner: the attack is the owner's, and has no target left.
        var passed = scanned.SetItem(0, scanned[0] with { Actor = ["group/houthis"], Recipient = [] });

        var events = Repointing.Apply(scanned, passed, [("condemnation", PloverType.Assault)]);
        Assert.Equal(["group/houthis"], events[1].Recipient.ToArray());
        // A referent whose actor no pass changed leaves the response as the scan pointed it.
        Assert.Equal(scanned, Repointing.Apply(scanned, scanned, [("condemnation", PloverType.Assault)]));
    }
}
