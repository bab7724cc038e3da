using CsCheck;
using Marsad.Events;
using Marsad.Recognition.Entities;
using Marsad.Tests.Support;
using Marsad.Tests.Text;
using Marsad.Text;

namespace Marsad.Tests.Events;

/// <summary>
/// The event scan finds each token's first-word readings once, from one table, for its three tries: it
/// must find, for each trie and in the same order, exactly the readings and nodes the trie finds alone.
/// </summary>
public sealed class EventWordHitsTests
{
    private static readonly EventCoder Coder = EventCoder.Default;

    private static readonly string[] Proclitics = ["", "و", "ف", "ب", "ل", "وب", "ول", "فل", "لل", "ولل", "بال", "وال"];

    [Fact]
    public void On_a_news_article_every_token_has_the_hits_each_trie_gives()
    {
        var analysis = TextAnalysis.Create(File.ReadAllText(TestFiles.SeedArticle));
        AssertSameHits(analysis.Tokens.Select(t => t.NormalizedIn(analysis.Normalized).ToString()).ToArray());
    }

    [Fact]
    public void On_the_tries_own_first_words_with_proclitics_every_token_has_the_hits_each_trie_gives()
    {
        var firsts = Coder.Triggers.Root.Children.Select(c => c.Key)
            .Concat(Coder.Modality.Root.Children.Select(c => c.Key))
            .Concat(Coder.Forces.Root.Children.Select(c => c.Key));
        AssertSameHits(firsts.SelectMany(w => Proclitics.Select(p => p + w)
            .Append(w.StartsWith("ال", StringComparison.Ordinal) ? "لل" + w[2..] : w)).ToArray());
    }

    [Fact]
    public void On_random_strings_every_token_has_the_hits_each_trie_gives() =>
        RandomText.Mixed.Sample(text =>
        {
            var analysis = TextAnalysis.Create(text);
            AssertSameHits(analysis.Tokens.Select(t => t.NormalizedIn(analysis.Normalized).ToString()).ToArray());
        }, iter: 1000, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void A_token_asked_again_gets_the_same_hits()
    {
        using var hits = new EventWordHits(Coder.Words, 3);
        var first = hits.At(1, "وقالت").ToArray();
        _ = hits.At(0, "والتقى");
        _ = hits.At(2, "بالهجوم");
        Assert.NotEmpty(first);
        Assert.Equal(first, hits.At(1, "وقالت").ToArray());
    }

    [Fact]
    public void A_text_too_long_to_remember_gets_the_same_hits_found_again_at_every_ask()
    {
        var analysis = TextAnalysis.Create(File.ReadAllText(TestFiles.SeedArticle));
        var words = analysis.Tokens.Select(t => t.NormalizedIn(analysis.Normalized).ToString()).ToArray();
        AssertSameHits(words, tokens: EventWordHits.MaxRememberedTokens + 1);
        AssertSameHits(words.Reverse().ToArray(), tokens: EventWordHits.MaxRememberedTokens + 1);
    }

    private static void AssertSameHits(string[] words, int? tokens = null)
    {
        using var hits = new EventWordHits(Coder.Words, tokens ?? words.Length);
        for (var j = 0; j < words.Length; j++)
        {
            var found = hits.At(j, words[j]).ToArray();
            Assert.Equal(Expected(Coder.Triggers, words[j]), found.Where(h => h.Facts.Trigger is not null).Select(h => (h.Reading, (object)h.Facts.Trigger!)));
            Assert.Equal(Expected(Coder.Modality, words[j]), found.Where(h => h.Facts.Modality is not null).Select(h => (h.Reading, (object)h.Facts.Modality!)));
            Assert.Equal(Expected(Coder.Forces, words[j]), found.Where(h => h.Facts.Force is not null).Select(h => (h.Reading, (object)h.Facts.Force!)));
        }
    }

    // What looking each first-word reading up in the trie itself gives, in reading order.
    private static IEnumerable<(CliticReading, object)> Expected<T>(TokenTrie<T> trie, string word)
    {
        var readings = new CliticReading[ArabicClitics.MaxReadings];
        var count = NameKey.FirstWordKeys(word, readings);
        foreach (var reading in readings[..count])
        {
            if (NameKey.TryFirst(trie.Root, word, reading, out var node))
            {
                yield return (reading, node);
            }
        }
    }
}
