using System.Collections.Frozen;
using Marsad.Rules;

namespace Marsad.Events.Arguments;

/// <summary>The object pronoun of the third person a verb ends in (data/rules/object-pronouns.tsv), or none.</summary>
internal enum PronounEnding
{
    None = 0,
    Masculine,
    Feminine,
    Dual,
    Plural,
    FemininePlural,
}

/// <summary>
/// Whether a word ends in an object pronoun of the third person (هنأه، قصفتها، اعتقلتهم), and which: the one test
/// every pass that reads a verb's pronoun object asks (<see cref="ObjectPronouns"/>, <see cref="AgentNouns"/>,
/// <see cref="RelativeOwners"/>, the relative subject of the event scan), so they agree on what a pronoun is. The
/// ending is read on the text as written, since normalisation writes the feminine ة as ه (ثلاثة is no verb with
/// its object); the word keeps at least two letters before it (شنه، رده), and a word whose last ه is its own
/// root's (وجه، نوه، واجه) carries none. Frozen and thread-safe.
/// </summary>
internal static class ObjectPronounEndings
{
    /// <summary>The fewest letters a word keeps before its pronoun (شن of شنه).</summary>
    private const int MinStem = 2;

    private static readonly (string Ending, PronounEnding Kind)[] Endings;
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roots;

    static ObjectPronounEndings()
    {
        var endings = new List<(string, PronounEnding)>();
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in RuleFile.Rows("Marsad.data.rules.object-pronouns.tsv"))
        {
            var word = row[0].Trim();
            var kind = row[1].Trim().Replace("-", string.Empty, StringComparison.Ordinal);
            if (kind.Equals("root", StringComparison.OrdinalIgnoreCase))
            {
                roots.Add(word);
            }
            else
            {
                endings.Add((word, Enum.Parse<PronounEnding>(kind, ignoreCase: true)));
            }
        }

        // The longest ending first, so قصفتهما is read as هما, not ها.
        Endings = [.. endings.OrderByDescending(static e => e.Item1.Length)];
        Roots = roots.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The object pronoun token <paramref name="j"/> ends in, or <see cref="PronounEnding.None"/>.</summary>
    public static PronounEnding Of(EventDocument doc, int j) => doc.IsWord(j) ? Of(doc.Written(j), doc.Word(j)) : PronounEnding.None;

    /// <summary>The object pronoun a word ends in, given as written and normalised, or <see cref="PronounEnding.None"/>.</summary>
    public static PronounEnding Of(ReadOnlySpan<char> written, ReadOnlySpan<char> word)
    {
        // Short vowels written over the last letter (شنّهُ) are no part of the ending.
        var end = written.Length;
        while (end > 0 && written[end - 1] is >= '\u064B' and <= '\u0652')
        {
            end--;
        }

        written = written[..end];
        foreach (var (ending, kind) in Endings)
        {
            if (written.EndsWith(ending, StringComparison.Ordinal))
            {
                return word.Length - ending.Length >= MinStem && !IsRoot(word) ? kind : PronounEnding.None;
            }
        }

        return PronounEnding.None;
    }

    /// <summary>Whether a normalised word is one whose last ه is its root's, as written or behind one و or ف.</summary>
    private static bool IsRoot(ReadOnlySpan<char> word) =>
        Roots.Contains(word) || (word.Length > 3 && word[0] is 'و' or 'ف' && Roots.Contains(word[1..]));
}
