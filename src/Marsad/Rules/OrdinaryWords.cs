using System.Collections.Frozen;
using Marsad.Text;

namespace Marsad.Rules;

/// <summary>
/// The ordinary words of news, normalised: function words (data/rules/name-stopwords.txt), the common
/// words that are never names (data/rules/common-words.txt), and, from its dual-use section, the words
/// that are as often names (الأسد، عون). Loaded once.
/// </summary>
internal static class OrdinaryWords
{
    private const string Resource = "Marsad.data.rules.common-words.txt";
    private const string DualUseHeading = "# dual-use";

    private static readonly Lazy<FrozenSet<string>> CommonSet = new(() => Load(stopAt: DualUseHeading, startAt: null));
    private static readonly Lazy<FrozenSet<string>> DualUseSet = new(() => Load(stopAt: null, startAt: DualUseHeading));
    private static readonly Lazy<FrozenSet<string>> StopwordSet = new(() =>
        RuleFile.Rows("Marsad.data.rules.name-stopwords.txt").Select(static f => ArabicNormalizer.Normalize(f[0].Trim())).ToFrozenSet(StringComparer.Ordinal));

    public static FrozenSet<string> Common => CommonSet.Value;

    public static FrozenSet<string> DualUse => DualUseSet.Value;

    /// <summary>Function words and apposition nouns (data/rules/name-stopwords.txt).</summary>
    public static FrozenSet<string> Stopwords => StopwordSet.Value;

    /// <summary>Whether a normalised word is an ordinary word: a stopword or a common word.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookups.Stopwords.Contains(word) || Lookups.Common.Contains(word);

    // The sets' span lookups, made once on first use: Contains is asked of many tokens.
    private static class Lookups
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stopwords = OrdinaryWords.Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Common = OrdinaryWords.Common.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FrozenSet<string> Load(string? stopAt, string? startAt) =>
        RuleFile.Rows(Resource, startAtComment: startAt, stopAtComment: stopAt)
            .Select(static f => ArabicNormalizer.Normalize(f[0].Trim()))
            .ToFrozenSet(StringComparer.Ordinal);
}
