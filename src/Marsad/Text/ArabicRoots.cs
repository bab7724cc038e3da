using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Rules;

namespace Marsad.Text;

/// <summary>
/// The derivational family of a word for search: its triliteral root and the other stems of that root
/// in the same family of verb forms (data/rules/derivation-patterns.tsv), so that مظاهرة also finds
/// تظاهر and المتظاهرين.
/// </summary>
/// <remarks>
/// Rules, for a word already normalised and light-stemmed (<see cref="ArabicLightStemmer"/>):
/// <list type="number">
/// <item>Each pattern is light-stemmed like a word (مفاعله → مفاعل), so patterns and stems compare alike.</item>
/// <item>A stem matches a pattern of its length when every letter that is not a root slot (ف ع ل) is the
///   same; the root is the letters at the slots. The first matching pattern in the file wins.</item>
/// <item>A doubled root (حجج) also matches a pattern with an affix whose ع and ل slots are adjacent, with
///   the two written once (محتج against مفتعل), as Arabic writes them.</item>
/// <item>A stem of three letters that matches nothing else is its own root, in family I.</item>
/// <item>The family is every stem that the root gives through the patterns of the matched family (a
///   doubled root gives both the full and the contracted forms), light-stemmed like indexed words,
///   without the query's own stem.</item>
/// </list>
/// Pure and thread-safe; the table is read once.
/// </remarks>
public static class ArabicRoots
{
    private const char F = 'ف';
    private const char A = 'ع';
    private const char L = 'ل';

    private static readonly ImmutableArray<(string Template, string Family)> Patterns = Load();
    private static readonly FrozenDictionary<string, ImmutableArray<string>> Families =
        Patterns.GroupBy(static p => p.Family, StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.Select(static p => p.Template).Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>The root (three letters) and family of a stem, or null when no pattern fits it.</summary>
    public static (string Root, string Family)? RootOf(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        foreach (var (template, family) in Patterns)
        {
            if (Match(stem, template) is { } root)
            {
                return (root, family);
            }

            if (Contracted(template) is { } contracted && Match(stem, contracted) is { } doubled)
            {
                return (doubled + doubled[^1], family);
            }
        }

        return stem.Length == 3 && stem.All(IsLetter) ? (stem, "I") : null;
    }

    /// <summary>The other stems of the stem's root in its family, or none when it has no root.</summary>
    public static IReadOnlyList<string> Family(string stem)
    {
        if (RootOf(stem) is not var (root, family))
        {
            return [];
        }

        var stems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var template in Families[family])
        {
            stems.Add(Fill(template, root));
            if (root[1] == root[2] && Contracted(template) is { } contracted)
            {
                stems.Add(Fill(contracted, root));
            }
        }

        stems.Remove(stem);
        return [.. stems];
    }

    private static string? Match(string stem, string template)
    {
        if (stem.Length != template.Length)
        {
            return null;
        }

        Span<char> root = stackalloc char[3];
        var slots = 0;
        for (var i = 0; i < stem.Length; i++)
        {
            var slot = template[i] switch { F => 0, A => 1, L => 2, _ => -1 };
            if (slot < 0)
            {
                if (stem[i] != template[i])
                {
                    return null;
                }

                continue;
            }

            if (!IsLetter(stem[i]))
            {
                return null;
            }

            root[slot] = stem[i];
            slots |= 1 << slot;
        }

        return slots == 0b111 ? new string(root) : slots == 0b011 ? new string([root[0], root[1]]) : null;
    }

    /// <summary>
    /// The template with its adjacent ع ل written once (مفتعل → مفتع), or null when they are apart or nothing
    /// but slots would be left (فعل → فع would make every two-letter word a doubled root).
    /// </summary>
    private static string? Contracted(string template)
    {
        var at = template.IndexOf("عل", StringComparison.Ordinal);
        return at < 0 || template.Length <= 3 ? null : template.Remove(at + 1, 1);
    }

    private static string Fill(string template, string root)
    {
        Span<char> word = stackalloc char[template.Length];
        for (var i = 0; i < template.Length; i++)
        {
            word[i] = template[i] switch { F => root[0], A => root[1], L => root[2], var c => c };
        }

        return ArabicLightStemmer.Stem(word).ToString();
    }

    private static bool IsLetter(char c) => c is >= '\u0621' and <= '\u064A';

    private static ImmutableArray<(string, string)> Load() =>
        [.. RuleFile.Rows("Marsad.data.rules.derivation-patterns.tsv")
            .Select(static f => (ArabicLightStemmer.Stem(f[0]).ToString(), f[1]))];
}
