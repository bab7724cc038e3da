using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Rules;

namespace Marsad.Recognition.Quantities;

/// <summary>
/// Settles the currency of money named by a plain currency word (ريال، دينار، درهم، جنيه، ليرة، روبية),
/// which several countries use, from what the document says (data/rules/currency-countries.tsv):
/// <list type="number">
/// <item>Among the countries that use the word, the one its sentence names most (a country, or an
///   entity of that country: السعودية، الرياض، أرامكو السعودية); a tie goes to the one named first.</item>
/// <item>Else the one the whole article names most, the same way.</item>
/// <item>Else the country of the source's internet domain (spa.gov.sa → SAU).</item>
/// <item>Else nothing tells: the plain name stays (<c>riyal</c>), which is not an ISO code.</item>
/// </list>
/// A unit that is already a code (ريال سعودي → SAR) is left as it is. Pure; frozen and thread-safe.
/// </summary>
public sealed class Currencies
{
    private readonly FrozenDictionary<string, ImmutableArray<(string Country, string Code)>> _byName;
    private readonly FrozenDictionary<string, string> _countryByTld;

    private Currencies()
    {
        var byName = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        var byTld = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fields in RuleFile.Rows("Marsad.data.rules.currency-countries.tsv"))
        {
            if (!byName.TryGetValue(fields[0], out var list))
            {
                byName[fields[0]] = list = [];
            }

            list.Add((fields[1], fields[2]));
            byTld.TryAdd(fields[3], fields[1]);
        }

        _byName = byName.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
        _countryByTld = byTld.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Currencies Default { get; } = new();

    /// <summary>The quantities with every plain currency name the document settles replaced by its code.</summary>
    public ImmutableArray<Quantity> Settle(
        ImmutableArray<Quantity> quantities, ImmutableArray<EntityRecord> entities, ImmutableArray<Sentence> sentences, string? source)
    {
        if (!quantities.Any(q => _byName.ContainsKey(q.Unit)))
        {
            return quantities;
        }

        var settled = quantities.ToBuilder();
        for (var k = 0; k < settled.Count; k++)
        {
            var quantity = settled[k];
            if (_byName.TryGetValue(quantity.Unit, out var users)
                && Code(users, quantity.Span, entities, sentences, source) is { } code)
            {
                settled[k] = quantity with { Unit = code };
            }
        }

        return settled.ToImmutable();
    }

    private string? Code(
        ImmutableArray<(string Country, string Code)> users, TextSpan at, ImmutableArray<EntityRecord> entities,
        ImmutableArray<Sentence> sentences, string? source)
    {
        var sentence = sentences.FirstOrDefault(s => s.Span.Start <= at.Start && at.Start < s.Span.End)?.Span;
        return (sentence is { } span ? MostNamed(users, entities, span) : null)
            ?? MostNamed(users, entities, null)
            ?? FromSource(users, source);
    }

    /// <summary>The code of the user country named most within <paramref name="within"/> (or the whole text).</summary>
    private static string? MostNamed(ImmutableArray<(string Country, string Code)> users, ImmutableArray<EntityRecord> entities, TextSpan? within)
    {
        string? best = null;
        var (bestCount, bestFirst) = (0, int.MaxValue);
        foreach (var (country, code) in users)
        {
            var (count, first) = (0, int.MaxValue);
            foreach (var entity in entities)
            {
                if (entity.Id != country && entity.Country != country)
                {
                    continue;
                }

                foreach (var mention in entity.Mentions)
                {
                    if (within is not { } span || (span.Start <= mention.Span.Start && mention.Span.End <= span.End))
                    {
                        count++;
                        first = Math.Min(first, mention.Span.Start);
                    }
                }
            }

            if (count > bestCount || (count == bestCount && count > 0 && first < bestFirst))
            {
                (best, bestCount, bestFirst) = (code, count, first);
            }
        }

        return best;
    }

    /// <summary>The code of the user country whose internet domain the source's host ends in.</summary>
    private string? FromSource(ImmutableArray<(string Country, string Code)> users, string? source)
    {
        if (source is null || !Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        var tld = uri.Host[(uri.Host.LastIndexOf('.') + 1)..].ToLowerInvariant();
        return _countryByTld.TryGetValue(tld, out var country)
            ? users.FirstOrDefault(u => u.Country == country).Code
            : null;
    }
}
