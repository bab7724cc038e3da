using Marsad.Events.Arguments;

namespace Marsad.Tests.Events;

/// <summary>
/// The one test of an object pronoun on a verb (data/rules/object-pronouns.tsv) that the recipient of a pronoun, the
/// resumptive verb after an attack noun and the relative clause's verb all ask. Words written for these tests; the
/// second argument is the word as normalisation writes it (ة as ه).
/// </summary>
public sealed class ObjectPronounEndingsTests
{
    [Theory]
    [InlineData("استقبله", "استقبله", "Masculine")]
    [InlineData("قصفتها", "قصفتها", "Feminine")]
    [InlineData("اعتقلتهم", "اعتقلتهم", "Plural")]
    [InlineData("استقبلهما", "استقبلهما", "Dual")]
    [InlineData("أبلغهن", "ابلغهن", "FemininePlural")]
    [InlineData("شنه", "شنه", "Masculine")]
    [InlineData("ردّهُ", "رده", "Masculine")]
    public void A_verb_with_its_object_pronoun_is_read_by_the_pronoun(string written, string word, string expected) =>
        Assert.Equal(Enum.Parse<PronounEnding>(expected), ObjectPronounEndings.Of(written, word));

    [Theory]
    [InlineData("ثلاثة", "ثلاثه")]
    [InlineData("الحكومة", "الحكومه")]
    [InlineData("وجه", "وجه")]
    [InlineData("ووجه", "ووجه")]
    [InlineData("نوه", "نوه")]
    [InlineData("واجه", "واجه")]
    [InlineData("له", "له")]
    [InlineData("قصف", "قصف")]
    public void A_feminine_ending_a_root_letter_or_a_short_word_is_no_pronoun(string written, string word) =>
        Assert.Equal(PronounEnding.None, ObjectPronounEndings.Of(written, word));

    [Fact]
    public void A_root_verb_still_carries_a_pronoun_of_its_own() =>
        Assert.Equal(PronounEnding.Masculine, ObjectPronounEndings.Of("واجهه", "واجهه"));
}
