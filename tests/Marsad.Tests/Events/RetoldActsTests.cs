using System.Collections.Immutable;
using Marsad.Events.Merging;
using Marsad.Model;
using Marsad.Output;

namespace Marsad.Tests.Events;

/// <summary>
/// One statement told by two verbs of its sentence (issue 18, duplicates and second events from one act): on
/// sentences we wrote, a second verb of the same kind whose sides are only the first one's, or their countries
/// (رحبت الحكومة بالاتفاق وشكرت تركيا), is the first event's support, not an event of its own
/// (<see cref="RetoldActs"/>); the other side answering, an attack, or a new side stays apart.
/// </summary>
public sealed class RetoldActsTests
{
    private static Analysis On(string text) => DecisionCases.Pipeline.Analyze(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 3, 4) });

    private static readonly ImmutableArray<EntityRecord> Entities =
    [
        new EntityRecord("person/minister", EntityType.Person, "minister", "الوزير", null, "JOR", null, false, []),
        new EntityRecord("JOR", EntityType.Country, "Jordan", "الأردن", null, "JOR", null, true, []),
        new EntityRecord("institution/foreign-ministry/IRQ", EntityType.Organization, "foreign ministry", "الخارجية العراقية", null, "IRQ", null, true, []),
    ];

    private static EventRecord Event(PloverType type, int at, string trigger, string[] actor, string[] recipient) =>
        new($"e0-{at}", type, null, [], null, [.. actor], [.. recipient], [], "2025-03-04", DateSource.Text, [], 0,
            new Mention(new TextSpan(at, at + trigger.Length), trigger, ""), "test");

    [Fact]
    public void Thanks_after_a_welcome_to_the_ministers_own_country_is_the_welcome()
    {
        // رحب الوزير الأردني بقرار الاتحاد الأوروبي وشكر الدول الأوروبية على وقوفها إلى جانب الشعب الأردني.
        var welcome = Event(PloverType.Support, 0, "رحب", ["person/minister"], ["org/european-union"]);
        var thanks = Event(PloverType.Support, 40, "وشكر", ["person/minister"], ["JOR"]);
        var merged = Assert.Single(RetoldActs.Merge([welcome, thanks], Entities));
        Assert.Equal("رحب", merged.Trigger.Text);
        Assert.Equal(["org/european-union"], merged.Recipient.ToArray());
        Assert.Equal(new EventSupport(0, thanks.Trigger), Assert.Single(merged.Supports));
    }

    [Fact]
    public void A_welcome_and_thanks_in_one_sentence_are_one_event()
    {
        var analysis = On("كييف – رحبت الحكومة الأوكرانية، اليوم الجمعة، بالاتفاق وشكرت تركيا على وساطتها.");
        var support = Assert.Single(analysis.Events, static e => e.Event == PloverType.Support);
        Assert.StartsWith("رحبت", support.Trigger.Text, StringComparison.Ordinal);
        Assert.Contains(support.Supports, static s => s.Trigger.Text == "وشكرت");
    }

    [Fact]
    public void The_other_side_accusing_back_is_a_statement_of_its_own()
    {
        var analysis = On("بغداد – اتهمت وزارة الخارجية العراقية، اليوم الأحد، تركيا بانتهاك السيادة العراقية، فيما اتهمت أنقرة بغداد بإيواء مسلحين.");
        Assert.Equal(2, analysis.Events.Count(static e => e.Event == PloverType.Accuse));
    }

    [Fact]
    public void A_second_verb_with_a_new_side_or_of_an_attack_stays()
    {
        // رحب الوزير بالقرار وشكر مصر: Egypt is no side of the welcome.
        var welcome = Event(PloverType.Support, 0, "رحب", ["person/minister"], ["org/european-union"]);
        var thanks = Event(PloverType.Support, 40, "وشكر", ["person/minister"], ["EGY"]);
        Assert.Equal(2, RetoldActs.Merge([welcome, thanks], Entities).Length);

        // طردت فرنسا موظفين من القنصلية الجزائرية ردا على طرد الجزائر موظفين: Algeria, the consulate's country, acts in kind.
        var expelled = Event(PloverType.Coerce, 0, "طردت", ["FRA"], ["institution/foreign-ministry/IRQ"]);
        var inKind = Event(PloverType.Coerce, 40, "طرد", ["IRQ"], []);
        Assert.Equal(2, RetoldActs.Merge([expelled, inKind], Entities).Length);

        // قصف الجيش القرية وقصف البلدة المجاورة: attacks are merged by SameActs and the event model, not here.
        var strike = Event(PloverType.Assault, 0, "قصف", ["JOR"], ["person/minister"]);
        var again = Event(PloverType.Assault, 40, "وقصف", ["JOR"], ["person/minister"]);
        Assert.Equal(2, RetoldActs.Merge([strike, again], Entities).Length);
    }

    [Fact]
    public void A_later_verb_is_merged_into_the_earlier_never_the_other_way()
    {
        var first = Event(PloverType.Support, 0, "رحب", ["person/minister"], ["org/european-union"]);
        var second = Event(PloverType.Support, 40, "وشكر", ["person/minister"], ["org/european-union"]);
        Assert.False(RetoldActs.IsRetelling(second, first, Entities));
        Assert.True(RetoldActs.IsRetelling(first, second, Entities));
    }
}
