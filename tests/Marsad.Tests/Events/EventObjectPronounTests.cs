using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: an object pronoun on the event's verb (استقبله، هددها، انتقده) names the
/// recipient, the last entity the document named before the verb that agrees with the pronoun and is not the verb's
/// own subject (<c>ObjectPronouns</c>). Sentences written for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventObjectPronounTests
{
    [Fact]
    public void A_masculine_pronoun_on_the_verb_is_the_person_named_before_it()
    {
        var analysis = Analyze("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض يوم الاثنين. واستقبله ولي العهد السعودي الأمير محمد بن سلمان في قصر اليمامة.");
        var meeting = Assert.Single(Of(analysis, PloverType.Consult), e => e.Trigger.Text.EndsWith('ه'));
        Assert.Equal(["person/mohammed-bin-salman-al-saud"], meeting.Actor.ToArray());
        Assert.Equal(["person/emmanuel-macron"], meeting.Recipient.ToArray());
    }

    [Fact]
    public void A_feminine_pronoun_on_the_verb_is_the_country_named_before_it()
    {
        var analysis = Analyze("أجرت إيران تجربة صاروخية جديدة يوم الثلاثاء. وهددها الرئيس الأمريكي دونالد ترامب بفرض عقوبات جديدة.");
        var threat = Assert.Single(Of(analysis, PloverType.Threaten));
        Assert.Equal(["person/donald-trump"], threat.Actor.ToArray());
        Assert.Equal(["IRN"], threat.Recipient.Select(id => Country(analysis, id)).ToArray());
    }

    [Fact]
    public void The_verbs_own_subject_is_passed_over_for_the_person_named_before_it()
    {
        // ميرتس is the last person named before انتقده, but he is its subject: the pronoun is ماكرون.
        var analysis = Analyze("التقى الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني فريدريش ميرتس في برلين يوم الأحد. وانتقده ميرتس بشدة بعد اللقاء.");
        var criticism = Assert.Single(Of(analysis, PloverType.Accuse));
        Assert.Equal(["person/friedrich-merz"], criticism.Actor.ToArray());
        Assert.Equal(["person/emmanuel-macron"], criticism.Recipient.ToArray());
    }

    [Fact]
    public void A_verbal_noun_written_as_the_verb_inside_a_phrase_takes_no_recipient_from_its_possessive()
    {
        // بوقف دعمها is its support (the pronoun its doer), though دعمها is also written as she supported it.
        var analysis = Analyze("طالبت الحكومة السودانية أمام المحكمة الدولية بإلزام الإمارات بوقف دعمها للقوات المتمردة.");
        var support = Assert.Single(Of(analysis, PloverType.Support));
        Assert.Equal(["ARE"], support.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Empty(support.Recipient);
    }

    [Fact]
    public void A_verbal_noun_with_a_possessive_takes_no_recipient_from_it()
    {
        // إدانته is his condemnation (the pronoun its doer), no verb with an object: the hamza below tells it.
        var analysis = Analyze("التقى الرئيس الفرنسي إيمانويل ماكرون نظيره المصري في القاهرة يوم الأحد. وجدد وزير الخارجية الأردني إدانته للهجمات.");
        Assert.All(analysis.Events, e => Assert.DoesNotContain("person/emmanuel-macron", e.Recipient));
    }
}
