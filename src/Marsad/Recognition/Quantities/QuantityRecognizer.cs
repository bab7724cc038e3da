using System.Collections.Immutable;
using System.Globalization;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Numbers;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Recognition.Quantities;

/// <summary>
/// Finds quantities: a number (digits in any script or words, read by <see cref="ArabicNumbers"/>: 70، ٧٠،
/// ثلاثة آلاف، 3.5 مليار، مليون) followed by a unit
/// (data/rules/quantity-units.tsv: percent, money, counts of people), approximate when a modifier
/// (data/rules/quantity-modifiers.tsv: حوالي، نحو، أكثر من before it; على الأقل، تقريبا after it) says
/// so. A number without a unit is not a quantity (a year is a time). The span runs from the number to
/// the unit; the modifier stays outside it. Frozen and thread-safe.
/// </summary>
public sealed class QuantityRecognizer
{
    private const int MaxModifierWords = 4;

    private readonly TokenTrie<(string Unit, string Kind)> _units = new();
    private readonly TokenTrie<bool> _approximators = new();

    private QuantityRecognizer()
    {
        foreach (var fields in RuleFile.Rows("Marsad.data.rules.quantity-units.tsv"))
        {
            _units.Add(NameKey.Of(fields[0]), (fields[1], fields[2]));
        }

        foreach (var fields in RuleFile.Rows("Marsad.data.rules.quantity-modifiers.tsv"))
        {
            _approximators.Add(NameKey.Of(fields[0]), true);
        }
    }

    public static QuantityRecognizer Default { get; } = new();

    public ImmutableArray<Quantity> Recognize(TextAnalysis text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Tokens;
        var norm = text.Normalized;
        var found = ImmutableArray.CreateBuilder<Quantity>();
        var i = 0;
        while (i < tokens.Length)
        {
            if (!ArabicNumbers.TryRead(text, i, out var number) || number.IsOrdinal)
            {
                i++;
                continue;
            }

            var (value, end) = (number.Value, number.End);

            var (unitEnd, unit) = Longest(_units, tokens, norm, end);
            if (unitEnd < 0)
            {
                i = end;
                continue;
            }

            var approximate = EndsModifier(tokens, norm, i) || Longest(_approximators, tokens, norm, unitEnd).End > unitEnd;
            var span = new TextSpan(tokens[i].Span.Start, tokens[unitEnd - 1].Span.End);
            found.Add(new Quantity(span, span.Slice(text.Text), Trimmed(value), unit.Unit, approximate));
            i = unitEnd;
        }

        return found.ToImmutable();
    }

    /// <summary>The value without trailing zeros of scale (3.5 × 10⁹ is 3500000000, not 3500000000.0).</summary>
    private static decimal Trimmed(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Whether an approximating phrase (حوالي، أكثر من) ends right before token i.</summary>
    private bool EndsModifier(ImmutableArray<Token> tokens, NormalizedText norm, int i)
    {
        for (var start = Math.Max(0, i - MaxModifierWords); start < i; start++)
        {
            if (Longest(_approximators, tokens, norm, start).End == i)
            {
                return true;
            }
        }

        return false;
    }

    private static (int End, T? Value) Longest<T>(TokenTrie<T> trie, ImmutableArray<Token> tokens, NormalizedText norm, int i)
    {
        var node = trie.Root;
        var best = (End: -1, Value: default(T));
        for (var j = i; j < tokens.Length && node.TryGetChild(tokens[j].NormalizedIn(norm), out var next); j++)
        {
            node = next;
            if (node.HasValues)
            {
                best = (j + 1, node.Values[0]);
            }
        }

        return best;
    }
}
