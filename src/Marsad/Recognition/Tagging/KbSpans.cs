using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// The knowledge base's names as spans, for the tagger (<see cref="FeatureGroups.Gazetteer"/>): from each
/// token the lexicon marks as a known name's first word, the longest name of the knowledge base that starts
/// there, whatever the rules then made of it, with its type and the token's place in it (begins, inside,
/// ends, alone). The rules' decision says what the rules accepted; this says what the knowledge base
/// could read, so that the tagger learns where the two part (a known city inside a club's name, a name
/// the rules turned down). Walked left to right, the longest match first; a match inside an earlier one is
/// not read.
/// </summary>
internal static class KbSpans
{
    /// <summary>Fills <paramref name="codes"/> (one per token, 0: in no known name) from the text's lexicon bits.</summary>
    public static void Fill(EntityGazetteer gazetteer, PreparedText text, int[] codes)
    {
        var tokens = text.Tokens;
        Span<CliticReading> keys = stackalloc CliticReading[ArabicClitics.MaxReadings];
        var root = gazetteer.Names.Root;
        for (var i = 0; i < tokens.Length; i++)
        {
            if ((text.Lexicon[i] & LexiconFacts.NameStart) == 0)
            {
                continue;
            }

            var word = text.Word(i);
            var (end, type) = (-1, 0);
            var count = NameKey.FirstWordKeys(word, keys);
            for (var k = 0; k < count; k++)
            {
                if (!NameKey.TryFirst(root, word, keys[k], out var node))
                {
                    continue;
                }

                for (var j = i + 1; ; j++)
                {
                    if (node.HasValues && j > end)
                    {
                        (end, type) = (j, RuleCodes.TypeOf(node.Values[0].Entry.Type));
                    }

                    if (j >= tokens.Length || !node.TryGetChild(text.Word(j), out node))
                    {
                        break;
                    }
                }
            }

            if (end < 0)
            {
                continue;
            }

            for (var t = i; t < end; t++)
            {
                var place = end - i == 1 ? 3 : t == i ? 0 : t == end - 1 ? 2 : 1;
                codes[t] = 1 + (type * 4) + place;
            }

            i = end - 1;
        }
    }
}
