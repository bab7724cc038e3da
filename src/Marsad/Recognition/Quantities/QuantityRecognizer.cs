using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Recognition.Quantities;

/// <summary>
/// Finds quantities: a number (digits in any script, with a scale word such as مليون) followed by a unit
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
    private readonly FrozenDictionary<string, decimal> _scales;

    private QuantityRecognizer()
    {
        var scales = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var fields in RuleFile.Rows("Marsad.data.rules.quantity-units.tsv"))
        {
            _units.Add(NameKey.Of(fields[0]), (fields[1], fields[2]));
        }

        foreach (var fields in RuleFile.Rows("Marsad.data.rules.quantity-modifiers.tsv"))
        {
            if (fields[1] == "approximate")
            {
                _approximators.Add(NameKey.Of(fields[0]), true);
            }
            else if (fields[1] == "scale")
            {
                scales[ArabicNormalizer.Normalize(fields[0])] = decimal.Parse(fields[2], CultureInfo.InvariantCulture);
            }
        }

        _scales = scales.ToFrozenDictionary(StringComparer.Ordinal);
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
            if (!TryNumber(tokens, norm, i, out var value, out var end))
            {
                i++;
                continue;
            }

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

    /// <summary>A number at token i: digits (any script, normalised to ASCII) or a scale word, times a scale word after it.</summary>
    private bool TryNumber(ImmutableArray<Token> tokens, NormalizedText norm, int i, out decimal value, out int end)
    {
        var word = tokens[i].NormalizedIn(norm);
        end = i + 1;
        if (tokens[i].Kind == TokenKind.Number)
        {
            if (!decimal.TryParse(word.ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }
        }
        else if (_scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var alone))
        {
            value = alone; // مليون دولار
            return true;
        }
        else
        {
            value = 0;
            return false;
        }

        if (end < tokens.Length && _scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[end].NormalizedIn(norm), out var scale))
        {
            value *= scale;
            end++;
        }

        return true;
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
