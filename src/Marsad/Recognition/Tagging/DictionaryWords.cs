using System.Collections.Frozen;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// The common words of a general Arabic dictionary (data/rules/dictionary-words.txt, from Ayaspell): what
/// the tagger's own lexicon lacks, a hundred thousand ordinary words that are not names, so that a rare
/// noun or verb the training text never showed is not read as a name by its context alone
/// (<see cref="FeatureGroups.Dictionary"/>). Loaded on first use: only the tagger reads it.
/// </summary>
internal static class DictionaryWords
{
    private const string Resource = "Marsad.data.rules.dictionary-words.txt";

    /// <summary>Not in the dictionary.</summary>
    public const int None = 0;

    /// <summary>A dictionary word the lexicon does not know as a name: evidence against a name.</summary>
    public const int Ordinary = 1;

    /// <summary>A dictionary word the lexicon also knows as a name (a given name, a knowledge-base name's first word, a nationality).</summary>
    public const int AlsoName = 2;

    // The lexicon facts that make a dictionary word a known name too.
    private const int NameBits = LexiconFacts.GivenName | LexiconFacts.NameStart | LexiconFacts.Nationality;

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Words = new(static () =>
        RuleFile.Rows(Resource).Select(static f => ArabicNormalizer.Normalize(f[0].Trim())).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>How the dictionary reads a normalised word, any clitic reading of it, given its lexicon facts (<see cref="LexiconFacts"/> bits).</summary>
    public static int Of(ReadOnlySpan<char> word, int lexiconBits)
    {
        var words = Words.Value;
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (words.Contains(reading.Stem(word)))
            {
                return (lexiconBits & NameBits) != 0 ? AlsoName : Ordinary;
            }
        }

        return None;
    }
}
