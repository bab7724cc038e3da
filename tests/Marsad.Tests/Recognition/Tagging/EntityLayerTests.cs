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

    [Fact]
    public void A_conjunction_before_a_given_name_is_left_out_of_the_mention()
    {
        var mention = MentionOf("حضر الاجتماع المدير ومساعده وأحمد الفرجاني من الشركة.", "وأحمد", 2, NerType.Pers);
        Assert.Equal("أحمد الفرجاني", mention.Text);
    }

    [Fact]
    public void A_preposition_before_the_article_is_left_out_and_the_article_kept()
    {
        var mention = MentionOf("شارك الوفد بالمنتدى الاقتصادي للمدن الساحلية.", "بالمنتدى", 2, NerType.Org);
        Assert.Equal("المنتدى الاقتصادي", mention.Text);
    }

    [Fact]
    public void A_foreign_name_that_only_looks_like_a_clitic_and_article_keeps_its_letters()
    {
        var mention = MentionOf("وصل المدرب والتر كوفمان إلى الملعب.", "والتر", 2, NerType.Pers);
        Assert.Equal("والتر كوفمان", mention.Text);
    }

    [Fact]
    public void A_given_name_that_begins_with_a_clitic_letter_is_kept_whole()
    {
        var mention = MentionOf("قال بسام الفرجاني إن العمل بدأ.", "بسام", 2, NerType.Pers);
        Assert.Equal("بسام الفرجاني", mention.Text);
    }
}
