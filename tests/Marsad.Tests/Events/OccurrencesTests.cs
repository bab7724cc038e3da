using Marsad.Model;
using Marsad.Pipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A kind of event is not an event (issue 18, fourteenth session): a generic reference is dropped; what happened, what
/// is planned, what might be, what is denied and what is told in passing stay, marked.
/// Our own sentences.
/// </summary>
public sealed class OccurrencesTests
{
    private static readonly MarsadPipeline Pipeline = MarsadPipeline.CreateDefault();

    private static Analysis Analyze(string text) =>
        Pipeline.Analyze(new SourceDocument { Source = "test", Text = text, Published = new DateOnly(2025, 11, 6) });

    [Fact]
    public void A_foiled_attack_stays_marked_negated()
    {
        var attack = Assert.Single(Analyze("أحبطت الشرطة المغربية هجوما على مركز تجاري في الدار البيضاء أمس.").Events, static e => e.Event == PloverType.Assault);
        Assert.Contains(EventModality.Negated, attack.Modality);
    }

    [Fact]
    public void A_kind_of_attack_is_no_occurrence()
    {
        Assert.DoesNotContain(Analyze("وتعهد الرئيس الجزائري بالرد على أي اعتداء يطال حدود بلاده.").Events, static e => e.Event == PloverType.Assault);
    }

    [Fact]
    public void An_attack_under_a_condition_stays_marked_hypothetical()
    {
        var attack = Assert.Single(Analyze("وقال الوزير إذا تعرضت المدينة لهجوم فسنرد بقوة.").Events, static e => e.Event == PloverType.Assault);
        Assert.Contains(EventModality.Hypothetical, attack.Modality);
    }

    [Fact]
    public void A_denied_strike_stays_marked_negated_beside_the_strike_told_as_news()
    {
        var analysis = Analyze("قصف الجيش السوري بلدة في ريف إدلب أمس. ونفت وزارة الدفاع الروسية أن تكون طائراتها قصفت المستشفى.");
        var told = Assert.Single(analysis.Events, static e => e.Event == PloverType.Assault && e.Sentence == 0);
        Assert.DoesNotContain(EventModality.Negated, told.Modality);
        var denied = Assert.Single(analysis.Events, static e => e.Event == PloverType.Assault && e.Sentence == 1);
        Assert.Contains(EventModality.Negated, denied.Modality);
    }

    [Fact]
    public void A_planned_visit_stays_marked_future()
    {
        var visit = Assert.Single(Analyze("وسيزور العاهل الأردني القاهرة في 20 ديسمبر المقبل.").Events, static e => e.Event == PloverType.Consult);
        Assert.Contains(EventModality.Future, visit.Modality);
    }
}
