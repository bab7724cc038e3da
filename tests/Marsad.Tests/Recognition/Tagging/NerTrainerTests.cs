using System.Collections.Immutable;
using Marsad.Evaluation;
using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>Training on a small corpus of our own: deterministic bytes, a model that learns, a file that reads back.</summary>
public sealed class NerTrainerTests
{
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);
    private static readonly EntityRecognizer Rules = new(Gazetteer);

    // Sentences we wrote, in "word/TAG" form; names invented or common enough to be ours.
    internal static readonly string[] Corpus =
    [
        "وصل/O سامر/B-PERS الخطيب/I-PERS إلى/O مدينة/O زحلة/B-LOC أمس/O ./O",
        "التقى/O وفد/O جمعية/B-ORG الندى/I-ORG الخيرية/I-ORG بسكان/O زحلة/B-LOC ./O",
        "قال/O سامر/B-PERS الخطيب/I-PERS إن/O الجمعية/O ستفتح/O مكتبا/O في/O جبيل/B-LOC ./O",
        "أعلنت/O جمعية/B-ORG الندى/I-ORG الخيرية/I-ORG عن/O حملة/O جديدة/O في/O جبيل/B-LOC ./O",
        "زار/O رامي/B-PERS الحداد/I-PERS بلدة/O عنجر/B-LOC مع/O سامر/B-PERS الخطيب/I-PERS ./O",
        "وأكد/O رامي/B-PERS الحداد/I-PERS أن/O نادي/B-ORG الأرز/I-ORG الرياضي/I-ORG سيلعب/O في/O عنجر/B-LOC ./O",
    ];

    internal static ImmutableArray<ConllSentence> Sentences() =>
        [.. Corpus.Select(static line =>
        {
            var pairs = line.Split(' ').Select(static p => p.Split('/')).ToArray();
            return new ConllSentence([.. pairs.Select(static p => p[0])], [.. pairs.Select(static p => p[1])]);
        })];

    private static NerModel Train(int epochs = 6, int mixes = 1, FeatureGroups groups = FeatureGroups.All)
    {
        var documents = NerTraining.Documents(Rules, Sentences(), 0, documentSize: 2);
        return NerTrainer.Train(NerTraining.Set(documents, new NerFeatures(Gazetteer, groups)), groups, bits: 14, epochs: epochs, mixes: mixes);
    }

    /// <summary>Parameter mixing (measured, off in the shipped model): several orders averaged, the same bytes on rerun, another model than one order's.</summary>
    [Fact]
    public void Mixing_several_orders_is_deterministic_and_differs_from_one_order()
    {
        Assert.Equal(Bytes(Train(mixes: 3)), Bytes(Train(mixes: 3)));
        Assert.NotEqual(Bytes(Train()), Bytes(Train(mixes: 3)));
    }

    /// <summary>The conjunction features (measured, off in the shipped model) are extracted and trained on: they change the model.</summary>
    [Fact]
    public void Conjunction_features_change_the_model()
    {
        Assert.NotEqual(Bytes(Train()), Bytes(Train(groups: FeatureGroups.All | FeatureGroups.Conjunctions)));
    }

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_same_corpus_trains_the_same_bytes()
    {
        Assert.Equal(Bytes(Train()), Bytes(Train()));
    }

    [Fact]
    public void More_passes_change_the_model()
    {
        Assert.NotEqual(Bytes(Train(epochs: 1)), Bytes(Train(epochs: 6)));
    }

    [Fact]
    public void The_model_tags_a_new_sentence_with_the_names_it_learned()
    {
        var tagger = new NerTagger(Train(), Gazetteer);
        var text = TextAnalysis.Create("وصل رامي الحداد إلى زحلة .");
        var spans = tagger.Tag(text, Rules.Recognize(text, null));
        Assert.Contains(new TaggedSpan(1, 3, NerType.Pers), spans);
        Assert.Contains(new TaggedSpan(4, 5, NerType.Loc), spans);
    }

    [Fact]
    public void A_written_model_reads_back_the_same()
    {
        var bytes = Bytes(Train());
        using var stream = new MemoryStream(bytes);
        var (model, error) = NerModel.Read(stream);
        Assert.Null(error);
        Assert.Equal(bytes, Bytes(model!));
    }

    [Theory]
    [InlineData("MARSAD-NER/2\n")]
    [InlineData("")]
    [InlineData("MARSAD-NER/1\n\u0001")]
    public void A_file_that_is_not_a_model_is_refused_with_a_reason(string content)
    {
        using var stream = new MemoryStream(System.Text.Encoding.ASCII.GetBytes(content));
        var (model, error) = NerModel.Read(stream);
        Assert.Null(model);
        Assert.StartsWith("not a Marsad NER model", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_is_present_small_and_complete()
    {
        var model = NerModel.Default;
        Assert.NotNull(model);
        Assert.Equal(FeatureGroups.Default, model.Groups);
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(NerModel.ResourceName)!;
        Assert.InRange(stream.Length, 1, 20L << 20);
    }
}
