using System.Collections.Immutable;
using Marsad.Events.Merging;
using Marsad.Model;
using Marsad.Output;

namespace Marsad.Tests.Events;

/// <summary>
/// One act, however many times a paragraph names it (issue 18, events outside the gold): on paragraphs we wrote, a
/// noun with the article and no actor of its own (الهجوم) after an act of its type names that act again, in a later
/// sentence whatever place that sentence names, or later in the act's own sentence whatever its clause does to it
/// (لم تتبن أي جهة الهجوم); it is kept as the act's support, not as an event of its own. And the instrument of an
/// act named in its sentence (استهدف المقاتلون آلية بقذيفة), coded with no actor and the act's country as its
/// recipient, is the act (<see cref="SameActs"/>).
/// </summary>
public sealed class EventBackReferenceTests
{
    private static Analysis On(string text) => DecisionCases.Pipeline.Analyze(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 3, 4) });

    [Fact]
    public void A_condemnation_in_another_city_names_the_attack_told_before()
    {
        var analysis = On("البصرة – تعرض مطار البصرة الدولي، مساء الاثنين، لهجوم بطائرة مسيرة ألحق أضرارا بمدرج الطائرات. "
            + "وأدانت الحكومة في بغداد الهجوم.");
        var attack = Assert.Single(analysis.Events, static e => e.Event == PloverType.Assault);
        Assert.Equal(0, attack.Sentence);
        Assert.Contains(attack.Supports, static s => s.Sentence == 1 && s.Trigger.Text == "الهجوم");
    }

    [Fact]
    public void An_attack_no_one_claimed_is_the_blast_its_sentence_told()
    {
        var analysis = On("الرمادي – قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة استهدفت دوريتهم قرب مدينة الرمادي مساء الأحد، من دون أن تتبنى أي جهة الهجوم.");
        var attack = Assert.Single(analysis.Events, static e => e.Event == PloverType.Assault);
        Assert.Contains(attack.Supports, static s => s.Sentence == 0 && s.Trigger.Text == "الهجوم");
        Assert.Equal("2025-03-02", attack.Date);
    }

    // استهدف مقاتلو السرايا آلية عسكرية بقذيفة مضادة للدروع شرق خان يونس: the act, and its instrument coded with
    // no actor and the place's country.
    private static readonly EventPlace KhanYunis = new("place/khan-yunis", "خان يونس", "PSE", null, null, null, PlacePrecision.Place);

    private static EventRecord Assault(int sentence, int at, string trigger, string[] actor, string[] recipient) =>
        new($"e{sentence}-{at}", PloverType.Assault, null, [], null, [.. actor], [.. recipient], [], "2025-03-02", DateSource.Text, [], sentence,
            new Mention(new TextSpan(at, at + trigger.Length), trigger, ""), "test", Place: KhanYunis);

    [Fact]
    public void The_instrument_of_an_act_with_only_the_acts_country_is_the_act()
    {
        var act = Assault(0, 10, "استهدفوا", ["group/al-quds-brigades"], ["ISR"]);
        var shell = Assault(0, 40, "بقذيفة", [], ["PSE"]);
        var merged = Assert.Single(SameActs.Merge([act, shell], []));
        Assert.Equal(["group/al-quds-brigades"], merged.Actor.ToArray());
        Assert.Equal(["ISR"], merged.Recipient.ToArray());
        Assert.Equal(new EventSupport(0, shell.Trigger), Assert.Single(merged.Supports));
    }

    [Fact]
    public void An_actorless_act_against_another_side_or_in_another_sentence_stays()
    {
        var act = Assault(0, 10, "استهدفوا", ["group/al-quds-brigades"], ["ISR"]);
        var elsewhere = Assault(0, 40, "بانفجار", [], ["SYR"]);
        var later = Assault(1, 110, "بقذيفة", [], ["PSE"]);
        Assert.Equal(3, SameActs.Merge([act, elsewhere, later], []).Length);
    }

    [Fact]
    public void Two_acts_each_with_its_own_actor_stay_two()
    {
        var act = Assault(0, 10, "استهدفوا", ["group/al-quds-brigades"], ["ISR"]);
        var other = Assault(0, 40, "وقصفت", ["ISR"], ["PSE"]);
        Assert.Equal(2, SameActs.Merge(ImmutableArray.Create(act, other), []).Length);
    }

    [Fact]
    public void A_second_verb_with_only_the_acts_sides_is_the_act_and_the_earlier_is_kept()
    {
        // التقت المبعوثة القائد في بنغازي وبحثت معه: the talks given the envoy and the country, the meeting the person.
        var met = Assault(0, 10, "التقت", ["person/envoy"], ["person/commander"]) with { Event = PloverType.Consult };
        var talks = Assault(0, 40, "وبحثت", ["person/envoy"], ["PSE"]) with { Event = PloverType.Consult };
        var merged = Assert.Single(SameActs.Merge([met, talks], []));
        Assert.Equal("التقت", merged.Trigger.Text);
        Assert.Equal(["person/commander"], merged.Recipient.ToArray());
    }
}
