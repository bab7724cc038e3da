using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>What the tagger's features read of a token, on our own sentences.</summary>
public sealed class NerFeaturesTests
{
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);
    private static readonly EntityRecognizer Rules = new(Gazetteer);

    private static uint[] FeaturesOf(string text, int token, FeatureGroups groups = FeatureGroups.All)
    {
        var analysis = TextAnalysis.Create(text);
        var features = new NerFeatures(Gazetteer, groups);
        var prepared = features.Prepare(analysis, Rules.Recognize(analysis, null));
        var buffer = new uint[NerFeatures.MaxPerToken];
        return buffer[..features.Extract(prepared, token, buffer)];
    }

    [Fact]
    public void A_word_and_its_form_with_clitics_share_the_stripped_form_and_trigrams()
    {
        var bare = FeaturesOf("وصل الوفد إلى طرابلس أمس", 3, FeatureGroups.Forms | FeatureGroups.Chars);
        var withClitic = FeaturesOf("وصل الوفد وطرابلس أمس", 2, FeatureGroups.Forms | FeatureGroups.Chars);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.Stripped, "طرابلس"), bare);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.Stripped, "طرابلس"), withClitic);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.Trigram, "راب"), withClitic);
        Assert.DoesNotContain(FeatureHash.Of(FeatureTemplate.Word, "طرابلس"), withClitic);
    }

    [Fact]
    public void A_dictionary_word_with_its_clitics_is_ordinary_a_known_given_name_in_the_dictionary_is_also_a_name_and_a_foreign_name_is_neither()
    {
        // والمظاهرة: a common noun behind و and the article; خالد: in the dictionary (eternal) and a given name; فاندربيلت: in neither.
        var sentence = "وصل خالد فاندربيلت قبل الاجتماع والمظاهرة";
        Assert.Contains(FeatureHash.Of(FeatureTemplate.DictionaryWord, DictionaryWords.Ordinary), FeaturesOf(sentence, 5, FeatureGroups.Dictionary | FeatureGroups.Lexicon));
        Assert.Contains(FeatureHash.Of(FeatureTemplate.DictionaryWord, DictionaryWords.AlsoName), FeaturesOf(sentence, 1, FeatureGroups.Dictionary | FeatureGroups.Lexicon));
        var foreign = FeaturesOf(sentence, 2, FeatureGroups.Dictionary | FeatureGroups.Lexicon);
        Assert.DoesNotContain(FeatureHash.Of(FeatureTemplate.DictionaryWord, DictionaryWords.Ordinary), foreign);
        Assert.DoesNotContain(FeatureHash.Of(FeatureTemplate.DictionaryWord, DictionaryWords.AlsoName), foreign);
    }

    [Fact]
    public void A_known_name_of_two_words_marks_where_each_token_stands_in_it_only_with_the_gazetteer_group()
    {
        // قطاع غزة is a place of the knowledge base: its first token begins a two-word name, the next ends it.
        var sentence = "وصلت المساعدات إلى قطاع غزة أمس";
        var (begins, ends) = (1 + (4 * 1) + 0, 1 + (4 * 1) + 2);
        var first = FeaturesOf(sentence, 3, FeatureGroups.Lexicon | FeatureGroups.Gazetteer);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.KbSpan, begins), first);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.KbSpanAfter, (begins << 8) | ends), first);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.KbSpan, ends), FeaturesOf(sentence, 4, FeatureGroups.Lexicon | FeatureGroups.Gazetteer));
        Assert.DoesNotContain(FeatureHash.Of(FeatureTemplate.KbSpan, begins), FeaturesOf(sentence, 3, FeatureGroups.Lexicon));
        Assert.Equal(FeaturesOf(sentence, 0, FeatureGroups.Lexicon), FeaturesOf(sentence, 0, FeatureGroups.Lexicon | FeatureGroups.Gazetteer));
    }

    [Fact]
    public void Neighbours_outside_the_text_are_one_feature_for_no_word()
    {
        var features = FeaturesOf("طرابلس", 0, FeatureGroups.Context);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.WordBefore, ""), features);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.WordAfter2, ""), features);
    }

    [Fact]
    public void The_rules_decision_is_a_feature_and_leaves_with_its_group()
    {
        // المغرب is a country of the knowledge base: its token carries a rule code; without the group it does not.
        var withRules = FeaturesOf("وصل الوفد إلى المغرب أمس", 3);
        var without = FeaturesOf("وصل الوفد إلى المغرب أمس", 3, FeatureGroups.All & ~FeatureGroups.Rules);
        Assert.DoesNotContain(FeatureHash.Of(FeatureTemplate.RuleHere, 0), withRules);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.RuleBefore, 0), withRules);
        Assert.Equal(withRules.Length - 6, without.Length);
    }

    /// <summary>
    /// The word between its two neighbours is one feature (نادي ليفربول الإنجليزي: a club, where في ليفربول
    /// is a place), read from the words themselves; the neighbours' stems are no longer features.
    /// </summary>
    [Fact]
    public void The_word_with_both_its_neighbours_is_a_context_feature()
    {
        static uint Trigram(string before, string word, string after) =>
            FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(FeatureTemplate.TrigramWords), FeatureHash.Word(ArabicNormalizer.Normalize(before))), FeatureHash.Word(ArabicNormalizer.Normalize(word))), FeatureHash.Word(ArabicNormalizer.Normalize(after)));

        var club = FeaturesOf("انتقل اللاعب إلى نادي ليفربول الإنجليزي", 4, FeatureGroups.Context);
        var city = FeaturesOf("أقام اللاعب في ليفربول الإنجليزية", 3, FeatureGroups.Context);
        Assert.Contains(Trigram("نادي", "ليفربول", "الإنجليزي"), club);
        Assert.Contains(Trigram("في", "ليفربول", "الإنجليزية"), city);
        Assert.DoesNotContain(Trigram("نادي", "ليفربول", "الإنجليزي"), city);
        Assert.DoesNotContain(FeatureHash.Of(FeatureTemplate.StemBefore, "نادي"), club);
    }

    [Fact]
    public void A_nationality_adjective_before_a_word_is_a_lexicon_feature_of_it()
    {
        // المدرب الهولندي فان: the word after a nationality adjective has that fact among its "before" features.
        var features = FeaturesOf("قال المدرب الهولندي فان خال إن الفريق جاهز", 3, FeatureGroups.Lexicon);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.LexiconBefore, 9), features);
    }

    [Fact]
    public void A_very_long_word_stays_within_the_feature_buffer()
    {
        var features = FeaturesOf("قال " + new string('س', 400) + " أمس", 1);
        Assert.InRange(features.Length, 1, NerFeatures.MaxPerToken);
    }

    [Fact]
    public void The_lexicon_facts_the_rules_hand_on_are_the_ones_the_tagger_would_look_up()
    {
        var analysis = TextAnalysis.Create("وقال وزير الخارجية الأردني أيمن الصفدي في عمان إن المحادثات مع الوفد البرازيلي مستمرة، وأكد الصفدي ذلك لاحقا.");
        var lexicon = EntityLayer.RentLexicon(analysis);
        var rules = Rules.Recognize(analysis, null, lexicon);
        var features = new NerFeatures(Gazetteer, FeatureGroups.All);
        var shared = features.Prepare(analysis, rules, lexicon);
        var own = features.Prepare(analysis, rules);
        Assert.Contains(lexicon[..analysis.Tokens.Length], static l => l >= 0);
        var a = new uint[NerFeatures.MaxPerToken];
        var b = new uint[NerFeatures.MaxPerToken];
        for (var t = 0; t < analysis.Tokens.Length; t++)
        {
            Assert.Equal(a[..features.Extract(own, t, a)], b[..features.Extract(shared, t, b)]);
        }
    }

    [Fact]
    public void A_tokens_word_features_and_context_features_are_all_its_features()
    {
        var analysis = TextAnalysis.Create("استقبل الرئيس الوفد البرازيلي في قصر الرئاسة بالعاصمة.");
        var features = new NerFeatures(Gazetteer, FeatureGroups.All);
        var prepared = features.Prepare(analysis, Rules.Recognize(analysis, null));
        var buffer = new uint[NerFeatures.MaxPerToken];
        for (var t = 0; t < analysis.Tokens.Length; t++)
        {
            var all = buffer[..features.Extract(prepared, t, buffer)];
            var word = buffer[..features.ExtractWord(prepared, t, buffer)];
            var context = buffer[..features.ExtractContext(prepared, t, buffer)];
            Assert.Equal(all.Order(), word.Concat(context).Order());
        }
    }
}
