using System.Collections.Frozen;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events.Arguments;

/// <summary>
/// The perfect (past) forms of the general trigger verbs, made from data/rules/event-trigger-verbs.tsv as the trigger
/// lexicon makes them (its <c>perfect</c> and <c>perfect-object</c> patterns over each verb's perfect): what tells
/// an event told as having happened (اتفق، اتفقت، اتفقوا) from one told in the present or the future, whatever
/// time its sentence names after it. A verbal noun (اتفاق، زيارة) is no perfect: it is dated by the time it names.
/// </summary>
internal static class PerfectVerbs
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Forms = Load().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a normalised word, through its proclitics (واتفق، فاتفقت), is a perfect form of a trigger verb.</summary>
    public static bool IsPerfect(ReadOnlySpan<char> word)
    {
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (!reading.HasArticle && Forms.Contains(reading.Stem(word)))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Load()
    {
        var rows = RuleFile.Rows("Marsad.data.rules.event-trigger-verbs.tsv");
        var patterns = rows.Where(static r => r is ["pattern", "perfect" or "perfect-object", _])
            .SelectMany(static r => r[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToArray();
        return rows.Where(static r => r is ["verb", _, _, _])
            .SelectMany(r => patterns.Select(p => ArabicNormalizer.Normalize(p.Replace("{P}", r[2].Trim(), StringComparison.Ordinal))))
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
