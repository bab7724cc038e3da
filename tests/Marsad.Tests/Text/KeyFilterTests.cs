using CsCheck;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>The filter in front of the word table: it never turns away a word it holds, and turns away most that it does not.</summary>
public sealed class KeyFilterTests
{
    [Fact]
    public void Every_word_added_may_be_contained() =>
        Gen.String[0, 30].Array[1, 200].Sample(words =>
        {
            var filter = new KeyFilter();
            foreach (var word in words)
            {
                filter.Add(word);
            }

            Assert.All(words, word => Assert.True(filter.MayContain(word)));
        }, iter: 500, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void An_empty_filter_contains_nothing() =>
        Gen.String[0, 30].Sample(word => Assert.False(new KeyFilter().MayContain(word)), iter: 500, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void With_the_common_words_of_news_in_it_most_other_words_are_turned_away()
    {
        var filter = new KeyFilter();
        foreach (var word in OrdinaryWords.Common)
        {
            filter.Add(word);
        }

        // Readings of common words behind clitics they never carry: none is a common word itself.
        var others = OrdinaryWords.Common.Select(w => "كك" + w).Concat(OrdinaryWords.Common.Select(w => w + "ىى")).ToArray();
        var passed = others.Count(w => filter.MayContain(w));
        Assert.True(passed < others.Length / 10, $"{passed} of {others.Length} words not in the filter passed it");
        Assert.All(OrdinaryWords.Common, word => Assert.True(filter.MayContain(word)));
    }
}
