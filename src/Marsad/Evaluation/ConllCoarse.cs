using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Marsad.Evaluation;

/// <summary>
/// Brings a fine-grained CoNLL corpus to the coarse classes and tokens Marsad reads. A corpus is
/// fine-grained when it has a type other than PERS, LOC, ORG and MISC; NewsFANE Gold (Alotaibi &amp; Lee
/// 2014) is, with 50 classes and its clitics as tokens of their own. Such a corpus's types are mapped as
/// ../shared/data/README.md gives (a people, Group, is not a body and becomes O; facilities, vehicles,
/// weapons and works are MISC), and its clitics are joined back to their words: a conjunction or
/// preposition (و ف ب ل ك) to the word after it (ل + ال is written لل), a pronoun (ه ها هم…) to the word
/// before it — only where the clitic itself is outside any entity.
/// </summary>
public static class ConllCoarse
{
    private static readonly FrozenDictionary<string, string> Classes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PERS"] = "PERS", ["LOC"] = "LOC", ["ORG"] = "ORG", ["MISC"] = "MISC",
        ["Politician"] = "PERS", ["Athlete"] = "PERS", ["Artist"] = "PERS", ["Other_PER"] = "PERS", ["Religious_PER"] = "PERS",
        ["Scientist"] = "PERS", ["Businessperson"] = "PERS", ["Lawyer"] = "PERS", ["Engineer"] = "PERS", ["Police"] = "PERS",
        ["Nation"] = "LOC", ["Population-Center"] = "LOC", ["State-or-Province"] = "LOC", ["County-or-District"] = "LOC",
        ["GPE-Cluster"] = "LOC", ["Continent"] = "LOC", ["Water-Body"] = "LOC", ["Land-Region-Natural"] = "LOC", ["Celestial"] = "LOC",
        ["Government"] = "ORG", ["Non-Governmental"] = "ORG", ["Sports"] = "ORG", ["Media"] = "ORG", ["Commercial"] = "ORG",
        ["Educational"] = "ORG", ["Religious_ORG"] = "ORG", ["Medical-Science"] = "ORG", ["Entertainment"] = "ORG",
        ["Group"] = "O",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Proclitics = FrozenSet.Create(StringComparer.Ordinal, "و", "ف", "ب", "ل", "ك");

    private static readonly FrozenSet<string> Enclitics = FrozenSet.Create(StringComparer.Ordinal, "ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما", "ني");

    /// <summary>Whether any tag's type is outside PERS, LOC, ORG and MISC.</summary>
    public static bool IsFineGrained(ImmutableArray<ConllSentence> sentences) =>
        sentences.Any(static s => s.Tags.Any(static t => t.Length > 2 && t[2..] is not ("PERS" or "LOC" or "ORG" or "MISC")));

    /// <summary>The corpus with coarse types and clitics rejoined if it is fine-grained; else itself.</summary>
    public static ImmutableArray<ConllSentence> Coarsen(ImmutableArray<ConllSentence> sentences) =>
        IsFineGrained(sentences) ? [.. sentences.Select(Coarsen)] : sentences;

    public static ConllSentence Coarsen(ConllSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<string>();
        var tags = new List<string>();
        var prefix = "";
        for (var t = 0; t < sentence.Tokens.Length; t++)
        {
            var token = sentence.Tokens[t];
            var tag = Coarse(sentence.Tags[t]);
            if (tag == "O" && Proclitics.Contains(token) && t + 1 < sentence.Tokens.Length && char.IsLetter(sentence.Tokens[t + 1][0]))
            {
                prefix += token;
                continue;
            }

            if (tag == "O" && prefix.Length == 0 && Enclitics.Contains(token) && tokens.Count > 0 && char.IsLetter(tokens[^1][^1]))
            {
                tokens[^1] += token;
                continue;
            }

            if (prefix.Length > 0)
            {
                token = prefix[^1] == 'ل' && token.StartsWith("ال", StringComparison.Ordinal) ? prefix + token[1..] : prefix + token;
                prefix = "";
            }

            tokens.Add(token);
            tags.Add(tag);
        }

        return new ConllSentence([.. tokens], [.. tags]);
    }

    private static string Coarse(string tag)
    {
        if (tag.Length <= 2)
        {
            return tag;
        }

        var type = Classes.TryGetValue(tag[2..], out var coarse) ? coarse : "MISC";
        return type == "O" ? "O" : tag[..2] + type;
    }
}
