using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>The margin the tagger gives an organisation chunk: what its sentence's best tagging loses without it.</summary>
public sealed class NerTaggerMarginTests
{
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);

    // Bodies with and without a head; the tagger's bodies are the corpora's, which leave many courts and
    // councils untagged, so the text names a bank too (the model of 80d366f tags only it).
    private const string Sentence = "أصدرت المحكمة العليا حكمها أمس، ورفض مجلس الشيوخ المشروع، وقالت هيئة الدفاع إن شركة النخيل الذهبية للصناعات الغذائية ستستأنف. ووقع مجلس إدارة شركة الواحة للتأمين اتفاقا مع بنك الخليج الأول.";

    private static IReadOnlyList<TaggedSpan> Organisations(NerModel model)
    {
        var text = TextAnalysis.Create(Sentence);
        var rules = new EntityRecognizer(Gazetteer).Recognize(text, null);
        return [.. new NerTagger(model, Gazetteer).Tag(text, rules).Where(s => s.Type == NerType.Org)];
    }

    [Fact]
    public void A_model_that_sets_an_organisation_margin_gets_each_organisation_chunk_a_finite_non_negative_margin()
    {
        var chunks = Organisations(NerModel.Default!.WithOrganizationMargin(0));
        Assert.NotEmpty(chunks);
        Assert.All(chunks, c => Assert.True(float.IsFinite(c.Margin) && c.Margin >= 0, $"margin {c.Margin}"));
    }

    [Fact]
    public void A_margin_for_one_type_is_worked_out_for_that_types_chunks_only()
    {
        var text = TextAnalysis.Create(Sentence);
        var rules = new EntityRecognizer(Gazetteer).Recognize(text, null);
        var model = NerModel.Default!.WithMargin(NerType.Pers, 0);
        Assert.True(model.HasMargins);
        Assert.Equal(float.NegativeInfinity, model.OrganizationMargin);
        var chunks = new NerTagger(model, Gazetteer).Tag(text, rules);
        Assert.Contains(chunks, static c => c.Type == NerType.Org);
        Assert.All(chunks.Where(static c => c.Type != NerType.Pers), static c => Assert.Equal(float.PositiveInfinity, c.Margin));
        Assert.False(model.WithMargin(NerType.Pers, float.NegativeInfinity).HasMargins);
    }

    [Fact]
    public void The_shipped_model_sets_no_margin_so_the_tagger_spends_no_second_decoding()
    {
        Assert.Equal(float.NegativeInfinity, NerModel.Default!.OrganizationMargin);
        Assert.All(Organisations(NerModel.Default!), c => Assert.Equal(float.PositiveInfinity, c.Margin));
    }
}
