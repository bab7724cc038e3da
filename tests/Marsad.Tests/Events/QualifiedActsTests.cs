using System.Collections.Immutable;
using Marsad.Events.Merging;
using Marsad.Model;
using Marsad.Output;

namespace Marsad.Tests.Events;

/// <summary>
/// A trigger word that only qualifies the act told before it in its sentence (issue 18, second events from one
/// act): on sentences we wrote, the charge an arrest was made on (بتهمة) and the word a condemnation calls the act
/// (معتبرا أنها خرق) are that act's supports, not events of their own (<see cref="QualifiedActs"/>); a charge laid
/// on its own and a judgement with nothing told before it stay.
/// </summary>
public sealed class QualifiedActsTests
{
    private static Analysis On(string text) => DecisionCases.Pipeline.Analyze(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 3, 4) });

    private static EventRecord Event(PloverType type, string text, string trigger, string[] actor, string[] recipient)
    {
        var at = text.IndexOf(trigger, StringComparison.Ordinal);
        return new($"e0-{at}", type, null, [], null, [.. actor], [.. recipient], [], "2025-03-04", DateSource.Text, [], 0,
            new Mention(new TextSpan(at, at + trigger.Length), trigger, ""), "test");
    }

    private static ImmutableArray<TextSpan> One(string text) => [new TextSpan(0, text.Length)];

    [Fact]
    public void The_charge_of_an_arrest_is_the_arrests_support()
    {
        const string text = "اعتقلت الشرطة الأردنية الناشط في عمان بتهمة التحريض على الفوضى.";
        var arrest = Event(PloverType.Coerce, text, "اعتقلت", ["institution/police/JOR"], ["person/activist"]);
        var charge = Event(PloverType.Accuse, text, "بتهمة", ["person/activist"], []);
        var merged = Assert.Single(QualifiedActs.Merge([arrest, charge], text, One(text)));
        Assert.Equal("اعتقلت", merged.Trigger.Text);
        Assert.Equal(["person/activist"], merged.Recipient.ToArray());
        Assert.Equal(new EventSupport(0, charge.Trigger), Assert.Single(merged.Supports));
    }

    [Fact]
    public void What_a_condemnation_calls_the_act_is_the_condemnations_support()
    {
        const string text = "ندد الوزير الأردني بالقصف، معتبرا أنه اعتداء سافر على السيادة.";
        var condemnation = Event(PloverType.Accuse, text, "ندد", ["person/minister"], ["ISR"]);
        var called = Event(PloverType.Assault, text, "اعتداء", ["person/minister"], []);
        var merged = Assert.Single(QualifiedActs.Merge([condemnation, called], text, One(text)));
        Assert.Equal(PloverType.Accuse, merged.Event);
        Assert.Equal(["person/minister"], merged.Actor.ToArray());
        Assert.Contains(merged.Supports, s => s.Trigger == called.Trigger);

        // A judgement verb with its object pronoun, right before the word.
        const string direct = "انتقدت الحكومة الغارة واعتبرتها عدوانا على البلاد.";
        var criticism = Event(PloverType.Accuse, direct, "انتقدت", ["JOR"], []);
        var aggression = Event(PloverType.Assault, direct, "عدوانا", ["JOR"], []);
        Assert.Single(QualifiedActs.Merge([criticism, aggression], direct, One(direct)));
    }

    [Fact]
    public void A_charge_laid_alone_or_a_word_after_a_comma_stays()
    {
        // Nothing before the charge in its sentence: the accusation is the news.
        const string alone = "بتهمة الفساد وجهت النيابة العامة اتهامات إلى ثلاثة مسؤولين.";
        var charge = Event(PloverType.Accuse, alone, "بتهمة", ["org/prosecution"], []);
        Assert.Single(QualifiedActs.Merge([charge], alone, One(alone)));

        // A judgement word ends its clause at the comma: the attack after it is told, not judged.
        const string told = "اعتبر الوزير الخطوة مهمة، وقصف الجيش مواقع المسلحين.";
        var judged = Event(PloverType.Support, told, "اعتبر", ["person/minister"], []);
        var strike = Event(PloverType.Assault, told, "وقصف", ["institution/army/JOR"], []);
        Assert.Equal(2, QualifiedActs.Merge([judged, strike], told, One(told)).Length);
    }

    [Fact]
    public void A_recall_for_consultations_is_one_act()
    {
        const string text = "قررت تونس استدعاء سفيرها لدى ليبيا للتشاور بعد الحادث.";
        var recall = Event(PloverType.Sanction, text, "استدعاء سفيرها", ["TUN"], ["LBY"]);
        var consult = Event(PloverType.Consult, text, "للتشاور", ["TUN"], []);
        var merged = Assert.Single(QualifiedActs.Merge([recall, consult], text, One(text)));
        Assert.Equal(PloverType.Sanction, merged.Event);

        // A consultation told as a verb of its own is one.
        const string own = "قررت تونس استدعاء سفيرها، وتشاور الرئيس مع الحكومة.";
        var recalled = Event(PloverType.Sanction, own, "استدعاء سفيرها", ["TUN"], ["LBY"]);
        var consulted = Event(PloverType.Consult, own, "وتشاور", ["person/president"], []);
        Assert.Equal(2, QualifiedActs.Merge([recalled, consulted], own, One(own)).Length);
    }

    [Fact]
    public void In_the_pipeline_an_arrest_on_a_charge_is_one_event()
    {
        var analysis = On("عمان – اعتقلت السلطات الأردنية، اليوم الاثنين، صحفيا في عمان بتهمة نشر أخبار كاذبة.");
        Assert.DoesNotContain(analysis.Events, static e => e.Trigger.Text.StartsWith("بتهمة", StringComparison.Ordinal));
        Assert.Contains(analysis.Events, static e => e.Supports.Any(static s => s.Trigger.Text.StartsWith("بتهمة", StringComparison.Ordinal)));
    }
}
