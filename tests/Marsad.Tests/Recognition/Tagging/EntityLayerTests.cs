using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>How the entity layer turns a chunk of the tagger into a mention, on our own sentences.</summary>
public sealed class EntityLayerTests
{
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);
    private static readonly EntityLayer Layer = new(new EntityRecognizer(Gazetteer), Gazetteer, null, propagate: false);

    /// <summary>The mention the layer makes of a chunk of <paramref name="type"/> over the tokens from <paramref name="first"/> (a token's text) for <paramref name="count"/> tokens, with no rule mention in the way.</summary>
    private static Mention MentionOf(string sentence, string first, int count, NerType type)
    {
        var text = TextAnalysis.Create(sentence);
        var start = text.Tokens.Select((t, i) => (t, i)).First(p => p.t.Span.Slice(text.Text) == first).i;
        var entities = Layer.Combine(text, [], ImmutableArray.Create(new TaggedSpan(start, start + count, type)));
        return entities.Single().Mentions.Single();
    }

    /// <summary>
    /// A proclitic leaves the mention before an article (the article kept) or before a given name; a
    /// foreign name that only looks like و + ال, and a given name that begins with ب, keep their letters.
    /// </summary>
    [Theory]
    [InlineData("حضر الاجتماع المدير ومساعده وأحمد الفرجاني من الشركة.", "وأحمد", NerType.Pers, "أحمد الفرجاني")]
    [InlineData("شارك الوفد بالمنتدى الاقتصادي للمدن الساحلية.", "بالمنتدى", NerType.Org, "المنتدى الاقتصادي")]
    [InlineData("وصل المدرب والتر كوفمان إلى الملعب.", "والتر", NerType.Pers, "والتر كوفمان")]
    [InlineData("قال بسام الفرجاني إن العمل بدأ.", "بسام", NerType.Pers, "بسام الفرجاني")]
    public void A_chunk_mention_leaves_out_only_a_proclitic_the_lexicon_vouches_for(string sentence, string first, NerType type, string expected)
    {
        Assert.Equal(expected, MentionOf(sentence, first, 2, type).Text);
    }
}
