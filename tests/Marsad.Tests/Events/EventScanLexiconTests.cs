using Marsad.Events;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Tests.Events;

/// <summary>
/// data/rules/event-scan-words.tsv as the scan reads it: every kind has words, the words are written as
/// the normaliser writes them (they are matched against normalised tokens), and a preposition is reported
/// in the ordinary spelling the trigger file's recipient markers use.
/// </summary>
public sealed class EventScanLexiconTests
{
    private static readonly List<string[]> Rows = RuleFile.Rows("Marsad.data.rules.event-scan-words.tsv");

    private static readonly EventScanLexicon Lexicon = EventScanLexicon.Default;

    [Fact]
    public void Every_kind_has_words_and_every_row_a_known_kind()
    {
        var kinds = Rows.Select(r => Enum.Parse<ScanWord>(r[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true)).ToHashSet();
        Assert.Equal(Enum.GetValues<ScanWord>().Where(k => k != ScanWord.None), kinds.Order());
    }

    [Fact]
    public void Matched_words_are_written_normalised()
    {
        foreach (var row in Rows.Where(r => !r[1].EndsWith("-name", StringComparison.Ordinal)))
        {
            Assert.Equal(ArabicNormalizer.Normalize(row[0]), row[0]);
        }
    }

    [Fact]
    public void A_word_is_of_its_kinds_only_and_matched_exactly()
    {
        Assert.True(Lexicon.Is("الجانبين", ScanWord.Reciprocal));
        Assert.True(Lexicon.Is("علي", ScanWord.Preposition | ScanWord.Against));
        Assert.False(Lexicon.Is("الجانبين", ScanWord.Preposition));
        Assert.False(Lexicon.Is("والجانبين", ScanWord.Reciprocal));
    }

    [Fact]
    public void A_preposition_is_reported_as_the_trigger_file_spells_it()
    {
        Assert.Equal("على", Lexicon.Written("علي"));
        Assert.Equal("إلى", Lexicon.Written("الي"));
        Assert.Equal("مع", Lexicon.Written("مع"));
        foreach (var row in Rows.Where(r => r.Length > 2 && r[2].Length > 0))
        {
            Assert.Equal(row[0], ArabicNormalizer.Normalize(row[2]));
        }
    }

    [Fact]
    public void The_made_actors_have_their_arabic_names_as_written()
    {
        Assert.Equal("متظاهرون", Lexicon.Name(ScanWord.ProtestersName));
        Assert.Equal("قوات الأمن", Lexicon.Name(ScanWord.SecurityForcesName));
    }
}
