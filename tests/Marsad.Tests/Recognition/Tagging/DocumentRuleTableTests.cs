using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>The tagger's document rule (a word's type from the first rule mention in it, anywhere in the text), on our own words.</summary>
public sealed class DocumentRuleTableTests
{
    private static readonly EntityGazetteer Gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);

    [Fact]
    public void A_word_keeps_the_type_of_its_first_rule_mention_and_a_word_never_marked_has_none_however_many_words_the_text_marks()
    {
        // 120 distinct three-letter words (more than the table's first 64 slots hold), then the same words again, then one never marked.
        const string letters = "ثجحخدذرزسشصضطظعغقمنهي";
        var words = new List<string>();
        foreach (var a in letters)
        {
            foreach (var b in letters)
            {
                if (words.Count < 120)
                {
                    words.Add("ت" + a + b);
                }
            }
        }

        var text = TextAnalysis.Create(string.Join(' ', words) + " " + string.Join(' ', words) + " تتت");
        using var prepared = new NerFeatures(Gazetteer, FeatureGroups.Lexicon).Prepare(text, []);
        for (var t = 0; t < words.Count; t++)
        {
            prepared.AddDocumentRule(t, 1 + (t % 5));
        }

        for (var t = 0; t < words.Count; t++)
        {
            prepared.AddDocumentRule(words.Count + t, 6);
        }

        for (var t = 0; t < 2 * words.Count; t++)
        {
            Assert.Equal(1 + (t % words.Count % 5), prepared.DocumentRuleAt(t));
        }

        Assert.Equal(0, prepared.DocumentRuleAt(2 * words.Count));
    }
}
