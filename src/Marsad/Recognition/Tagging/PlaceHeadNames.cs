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
    /// <summary>The lexicon bits of token <paramref name="i"/>: from the rules' pass when at hand, else looked up.</summary>
    public static int Bits(EntityGazetteer gazetteer, TextAnalysis text, int[]? lexicon, int i) =>
        lexicon is not null && lexicon[i] >= 0 ? LexiconFacts.Unpack(lexicon[i]).Bits : LexiconFacts.Of(gazetteer, text.Tokens[i].NormalizedIn(text.Normalized)).Bits;

    /// <summary>The chunk without a leading place head, if it begins with one and has words after it.</summary>
    public static TaggedSpan Trim(EntityGazetteer gazetteer, TextAnalysis text, int[]? lexicon, TaggedSpan chunk) =>
        chunk.Type == NerType.Loc && chunk.End - chunk.First > 1 && (Bits(gazetteer, text, lexicon, chunk.First) & LexiconFacts.PlaceHead) != 0
            ? chunk with { First = chunk.First + 1 }
            : chunk;

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
