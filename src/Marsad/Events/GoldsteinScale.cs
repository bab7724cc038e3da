using System.Collections.Frozen;
using System.Globalization;
using Marsad.Rules;

namespace Marsad.Events;

/// <summary>
/// CAMEO's Goldstein score per event code, as GDELT publishes it (data/rules/goldstein.tsv): how
/// conflictual (-10) or cooperative (+10) an event of that code is. A code the table lacks takes the score
/// of its nearest listed parent (1952 → 195 → 19), since CAMEO codes refine their parent's meaning.
/// </summary>
public static class GoldsteinScale
{
    private static readonly FrozenDictionary<string, double> Scores = RuleFile.Rows("Marsad.data.rules.goldstein.tsv")
        .ToFrozenDictionary(static r => r[0].Trim(), static r => double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>How many codes the table lists.</summary>
    public static int Count => Scores.Count;

    /// <summary>The score of a CAMEO code, or of its nearest listed parent; null for a code with neither.</summary>
    public static double? Of(string? cameo)
    {
        for (var code = cameo; code is { Length: >= 2 }; code = code[..^1])
        {
            if (Scores.TryGetValue(code, out var score))
            {
                return score;
            }
        }

        return null;
    }
}
