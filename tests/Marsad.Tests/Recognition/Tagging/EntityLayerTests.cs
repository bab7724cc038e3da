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

    /// <summary>A place head is not part of the name after it (مدينة X is X), as the rules leave it out of a known place.</summary>
    [Theory]
    [InlineData("وصل الوفد إلى مدينة كارامبولا الساحلية صباحا.", "مدينة", 2, "كارامبولا")]
    [InlineData("قصفت الطائرات بلدة تل الزيتون الحدودية.", "بلدة", 3, "تل الزيتون")]
    [InlineData("عاد النازحون إلى محافظة سيرمانيا بعد الهدنة.", "محافظة", 2, "سيرمانيا")]
    public void A_place_chunk_leaves_out_the_place_head_before_the_name(string sentence, string first, int count, string expected)
    {
        Assert.Equal(expected, MentionOf(sentence, first, count, NerType.Loc).Text);
    }

    /// <summary>A definite head before a definite word is a noun and its adjective: the phrase is the name, the adjective alone is none.</summary>
    [Theory]
    [InlineData("تجمع المصلون في المدينة المنورة صباح الجمعة.", "المدينة", 2, "المدينة المنورة")]
    [InlineData("سقطت قذيفة قرب المنطقة الخضراء وسط العاصمة.", "المنطقة", 2, "المنطقة الخضراء")]
    [InlineData("افتتحت الشركة مصنعا بالمنطقة الصناعية الجديدة.", "بالمنطقة", 2, "المنطقة الصناعية")]
    public void A_definite_place_head_before_its_adjective_stays_in_the_name(string sentence, string first, int count, string expected)
    {
        Assert.Equal(expected, MentionOf(sentence, first, count, NerType.Loc).Text);
    }

    [Fact]
    public void A_place_head_alone_is_the_whole_chunk_and_kept()
    {
        Assert.Equal("المدينة", MentionOf("غادر المراسلون المدينة مساء أمس.", "المدينة", 1, NerType.Loc).Text);
    }

    /// <summary>
    /// A letter that looks like a proclitic before a name the lexicon does not know stays, unless the text
    /// already names the same entity without it: then the later mention joins it.
    /// </summary>
    [Fact]
    public void A_proclitic_leaves_an_unknown_name_the_text_already_holds_without_it()
    {
        var text = TextAnalysis.Create("قال فاندرغيست إن الاتفاق صامد، ونسب مساعد لفاندرغيست القول إن الجولة القادمة حاسمة.");
        int At(string word) => text.Tokens.Select((t, i) => (t, i)).First(p => p.t.Span.Slice(text.Text) == word).i;
        var entity = Layer.Combine(text, [], ImmutableArray.Create(new TaggedSpan(At("فاندرغيست"), At("فاندرغيست") + 1, NerType.Pers), new TaggedSpan(At("لفاندرغيست"), At("لفاندرغيست") + 1, NerType.Pers))).Single();
        Assert.Equal(["فاندرغيست", "فاندرغيست"], entity.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void An_unknown_name_that_begins_with_a_proclitic_letter_keeps_it_when_the_text_has_no_bare_form()
    {
        Assert.Equal("ليفرمور", MentionOf("فاز فريق ليفرمور على ضيفه.", "ليفرمور", 1, NerType.Org).Text);
    }
}
