using System.Collections.Frozen;
using System.Globalization;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Recognition.Numbers;

/// <summary>What part a number word plays in a compound number (the kinds of data/rules/number-words.tsv).</summary>
internal enum NumberWordKind
{
    Unit,
    Compound,
    Teen,
    Ten,
    Hundred,
    Scale,
    Plural,
    Dual,
    Ordinal,
    Fraction,
}

/// <summary>One number word: its value and kind.</summary>
internal readonly record struct NumberWord(decimal Value, NumberWordKind Kind);

/// <summary>The number words of data/rules/number-words.tsv, normalised, in a frozen table.</summary>
internal static class NumberWords
{
    private const string Resource = "Marsad.data.rules.number-words.tsv";

    public static FrozenDictionary<string, NumberWord> Table { get; } = Load();

    public static FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The endings of the number words: a word that ends as none does reads as none through any proclitic.</summary>
    public static WordEndings Endings { get; } = WordEndings.Of(Table.Keys);

    private static FrozenDictionary<string, NumberWord> Load()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (var row in RuleFile.Rows(Resource))
        {
            if (row.Length < 3)
            {
                throw new InvalidDataException($"{Resource}: expected word, value and kind in '{string.Join('\t', row)}'");
            }

            var kind = Enum.Parse<NumberWordKind>(row[2].Trim(), ignoreCase: true);
            var value = decimal.Parse(row[1].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture);
            words[ArabicNormalizer.Normalize(row[0].Trim())] = new NumberWord(value, kind);
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>Reads the rows of an embedded rule file: tab-separated, '#' starts a comment line.</summary>
