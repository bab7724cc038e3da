using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// Place heads (data/rules/place-heads.txt: مدينة، محافظة، قرية …) in the entity layer. A head says what kind
/// of place follows; it is not part of the name (both training corpora tag مدينة X as O B-LOC, as the
/// rules leave the head out of a known place's mention), so a tagger chunk that begins with one starts
/// after it. (A head followed by words nothing knows was measured as a place finder too and left out:
/// most such words are adjectives, verbs and common nouns the lexicon lacks; docs/EVALUATION.md.)
/// </summary>
internal static class PlaceHeadNames
{
    // The article's two letters, all that is stripped from a word with the article and no proclitic.
    private const int ArticleLength = 2;

    /// <summary>The lexicon bits of token <paramref name="i"/>: from the rules' pass when at hand, else looked up.</summary>
    public static int Bits(EntityGazetteer gazetteer, TextAnalysis text, int[]? lexicon, int i) =>
        lexicon is not null && lexicon[i] >= 0 ? LexiconFacts.Unpack(lexicon[i]).Bits : LexiconFacts.Of(gazetteer, text.Tokens[i].NormalizedIn(text.Normalized)).Bits;

    /// <summary>
    /// The chunk without a leading place head, if it begins with one and has words after it, unless the
    /// head has the article and the next word too: a definite head before a definite word is a noun and its
    /// adjective (المدينة المنورة، المنطقة الخضراء), the phrase whole is the name, and the adjective alone
    /// names nothing. A head before a name it governs is indefinite (مدينة الخليل، محافظة ديالى).
    /// </summary>
    public static TaggedSpan Trim(EntityGazetteer gazetteer, TextAnalysis text, int[]? lexicon, TaggedSpan chunk) =>
        chunk.Type == NerType.Loc && chunk.End - chunk.First > 1 && (Bits(gazetteer, text, lexicon, chunk.First) & LexiconFacts.PlaceHead) != 0
            && !(IsDefiniteHead(gazetteer, text, chunk.First) && BeginsWithArticle(text, chunk.First + 1))
            ? chunk with { First = chunk.First + 1 }
            : chunk;

    // The head with the article, behind a proclitic or not (المدينة، بالمنطقة).
    private static bool IsDefiniteHead(EntityGazetteer gazetteer, TextAnalysis text, int i)
    {
        var word = text.Tokens[i].NormalizedIn(text.Normalized);
        var heads = gazetteer.Lexicon.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (reading.HasArticle && heads.Contains(reading.Stem(word)))
            {
                return true;
            }
        }

        return false;
    }

    // An adjective agreeing with a definite head takes the article and no proclitic.
    private static bool BeginsWithArticle(TextAnalysis text, int i)
    {
        var word = text.Tokens[i].NormalizedIn(text.Normalized);
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (reading.HasArticle && reading.Stripped == ArticleLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A place chunk of one word that is itself a place head, bare or behind a proclitic but without the
    /// article (ريف in ريف إدلب, the next word cut off): a head alone names no place. With the article the
    /// word may be a name (الخليج، الجزيرة).
    /// </summary>
    public static bool IsHeadAlone(EntityGazetteer gazetteer, TextAnalysis text, TaggedSpan chunk)
    {
        if (chunk.Type != NerType.Loc || chunk.End - chunk.First != 1)
        {
            return false;
        }

        var word = text.Tokens[chunk.First].NormalizedIn(text.Normalized);
        var heads = gazetteer.Lexicon.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (!reading.HasArticle && heads.Contains(reading.Stem(word)))
            {
                return true;
            }
        }

        return false;
    }
}
