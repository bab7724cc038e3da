using CsCheck;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>
/// The endings gate in front of a word list read through proclitics: it never turns away a word one of whose
/// clitic readings is in the list, and turns away a word that ends as no listed word does.
/// </summary>
public sealed class WordEndingsTests
{
    [Fact]
    public void A_word_whose_reading_is_listed_is_never_turned_away() =>
        Gen.String[2, 12].Array[1, 50].Sample(words =>
        {
            var endings = WordEndings.Of(words);
            foreach (var word in words)
            {
                foreach (var clitics in (string[])["", "و", "ف", "ب", "ل", "وال", "بال", "ول", "ال"])
                {
                    var written = clitics + word;
                    foreach (var reading in ArabicClitics.Readings(written))
                    {
                        if (words.Contains(reading.Stem(written).ToString()))
                        {
                            Assert.True(endings.MayHoldReadingOf(written), written);
                        }
                    }
                }
            }
        }, iter: 300, seed: "0N0XIzNsQ0O2");

    [Theory]
    [InlineData("ثلاثه", true)]
    [InlineData("وثلاثه", true)]
    [InlineData("بالثلاثه", true)]
    [InlineData("والعشرين", true)]
    [InlineData("الحكومه", false)]
    [InlineData("وزير", false)]
    [InlineData("بالقاهره", false)]
    public void Number_words_behind_proclitics_pass_and_words_that_end_otherwise_do_not(string normalizedWord, bool passes)
    {
        var endings = WordEndings.Of(["ثلاثه", "عشرين"]);
        Assert.Equal(passes, endings.MayHoldReadingOf(normalizedWord));
    }

    [Fact]
    public void A_one_letter_listed_word_lets_through_only_one_letter_words()
    {
        // و in a list of cues: only the word و reads as it; a longer word keeps at least two letters in every reading.
        var endings = WordEndings.Of(["و", "ثلاثه"]);
        Assert.True(endings.MayHoldReadingOf("و"));
        Assert.False(endings.MayHoldReadingOf("وزير"));
    }

    [Fact]
    public void A_filter_sized_for_a_few_words_still_holds_every_word_added()
    {
        var words = OrdinaryWords.Common.Take(300).ToArray();
        var filter = new KeyFilter(words.Length);
        foreach (var word in words)
        {
            filter.Add(word);
        }

        Assert.All(words, word => Assert.True(filter.MayContain(word)));
        var others = words.Select(w => "كك" + w).ToArray();
        Assert.True(others.Count(w => filter.MayContain(w)) < others.Length / 10);
    }
}
