using System.Collections.Frozen;
using System.Globalization;
using Marsad.Rules;

namespace Marsad.Output;

/// <summary>The nouns that are counted on the pages; their forms are in data/rules/counted-nouns.tsv.</summary>
public enum CountedNoun
{
    Article,
    Event,
    Mention,
    Result,
    Entity,
}

/// <summary>
/// A count and its noun in grammatical Arabic. The rules follow the number's last two digits, as CLDR's
/// Arabic plural categories do:
/// <list type="number">
/// <item>1: the noun with واحد/واحدة after it, no digit (مقال واحد);</item>
/// <item>2: the dual alone (مقالان);</item>
/// <item>3–10, and any number whose last two digits are 03–10: the digits and the plural (5 مقالات, 105 مقالات);</item>
/// <item>11–99, and any number whose last two digits are 11–99: the digits and the accusative singular (11 مقالا, 250 مقالا);</item>
/// <item>0, 100, 1000 and any number whose last two digits are 00–02: the digits and the genitive singular (100 مقال, 101 مقال).</item>
/// </list>
/// The forms come from the lexicon by kind; this code names no Arabic word.
/// </summary>
public static class ArabicCount
{
    private static readonly FrozenDictionary<CountedNoun, string[]> Forms = Load();

    /// <summary>
    /// <paramref name="count"/> with <paramref name="noun"/> in the form the count takes; <paramref name="digits"/>
    /// replaces the number as written (such as "200+"), the form still following <paramref name="count"/>.
    /// </summary>
    public static string Phrase(long count, CountedNoun noun, string? digits = null)
    {
        var forms = Forms[noun];
        var written = digits ?? count.ToString(CultureInfo.InvariantCulture);
        var lastTwo = Math.Abs(count) % 100;
        return (count, lastTwo) switch
        {
            (1, _) when digits is null => forms[0],
            (2, _) when digits is null => forms[1],
            (_, >= 3 and <= 10) => written + " " + forms[2],
            (_, >= 11) => written + " " + forms[3],
            _ => written + " " + forms[4],
        };
    }

    private static FrozenDictionary<CountedNoun, string[]> Load()
    {
        var forms = new Dictionary<CountedNoun, string[]>();
        foreach (var row in RuleFile.Rows("Marsad.data.rules.counted-nouns.tsv"))
        {
            if (row.Length == 6 && Enum.TryParse<CountedNoun>(row[0], ignoreCase: true, out var noun))
            {
                forms[noun] = row[1..];
            }
        }

        // Every kind has its forms: a missing row is a fault of the build, found by the first test.
        foreach (var noun in Enum.GetValues<CountedNoun>())
        {
            if (!forms.ContainsKey(noun))
            {
                throw new InvalidOperationException($"counted-nouns.tsv has no row for {noun}");
            }
        }

        return forms.ToFrozenDictionary();
    }
}
