using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Knowledge;

/// <summary>
/// Places of the knowledge base that share an Arabic name once normalised (طرابلس of Libya and of Lebanon): for each
/// such place, every place it shares a name with, itself included, in knowledge-base order. Countries are never
/// namesakes of places: a country's name shared with a city (عمان) is told apart by the recogniser's own rule.
/// </summary>
public static class PlaceNamesakes
{
    /// <summary>The namesakes of every place that has any, by the place's id.</summary>
    public static FrozenDictionary<string, ImmutableArray<KbEntry>> Of(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var byName = new Dictionary<string, List<KbEntry>>(StringComparer.Ordinal);
        foreach (var place in kb.Entries.Where(static e => e.Type == EntityType.Location))
        {
            foreach (var name in place.Arabic.Select(static n => ArabicNormalizer.Normalize(n)).Distinct(StringComparer.Ordinal))
            {
                (byName.TryGetValue(name, out var list) ? list : byName[name] = []).Add(place);
            }
        }

        var namesakes = new Dictionary<string, ImmutableArray<KbEntry>>(StringComparer.Ordinal);
        foreach (var list in byName.Values.Where(static l => l.Count > 1))
        {
            foreach (var place in list)
            {
                namesakes[place.Id] = namesakes.TryGetValue(place.Id, out var known) ? [.. known.Union(list)] : [.. list];
            }
        }

        return namesakes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether <paramref name="written"/> (a mention's text) is, once normalised, one of <paramref name="place"/>'s Arabic names.</summary>
    public static bool IsNameOf(KbEntry place, string written)
    {
        ArgumentNullException.ThrowIfNull(place);
        var key = ArabicNormalizer.Normalize(written);
        return place.Arabic.Any(n => string.Equals(ArabicNormalizer.Normalize(n), key, StringComparison.Ordinal));
    }
}
