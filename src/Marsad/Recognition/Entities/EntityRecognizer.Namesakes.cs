using Marsad.Knowledge;
using Marsad.Model;

namespace Marsad.Recognition.Entities;

public sealed partial class EntityRecognizer
{
    private sealed partial class Scan
    {
        /// <summary>
        /// A place named by a name it shares with a place in another country (طرابلس of Lebanon and of Libya) is, when
        /// the scan's pick is in a country the document never names otherwise and exactly one namesake is in a country
        /// it does name (ليبي، مسؤول ليبي، مصراتة), that namesake. Decided once the whole text is read, since a
        /// dateline names the place before the text names its country. Names another entity of the document gives a
        /// country by are what count: countries, nisbas, other places, people by their role; never the namesakes
        /// themselves. A mention written in a form only the pick has (طرابلس الشام) keeps the pick, and so does a place
        /// whose namesake the text also names.
        /// </summary>
        private void ResolveNamesakes()
        {
            for (var k = 0; k < _order.Count; k++)
            {
                var place = _order[k];
                if (place.Type != EntityType.Location || !gazetteer.Namesakes.TryGetValue(place.Id, out var namesakes))
                {
                    continue;
                }

                var named = CountriesNamedBesides(namesakes);
                if (place.Country is null || named.Contains(place.Country))
                {
                    continue;
                }

                KbEntry? other = null;
                var count = 0;
                foreach (var candidate in namesakes)
                {
                    if (candidate.Id != place.Id && candidate.Country is { } c && named.Contains(c)
                        && !_byId.ContainsKey(candidate.Id) && place.Mentions.TrueForAll(m => PlaceNamesakes.IsNameOf(candidate, m.Text)))
                    {
                        other = candidate;
                        count++;
                    }
                }

                if (count != 1)
                {
                    continue;
                }

                var replacement = BuilderOf(other!);
                foreach (var mention in place.Mentions)
                {
                    Add(replacement, mention);
                }

                _byId.Remove(place.Id);
                _byId.Add(replacement.Id, replacement);
                _order[k] = replacement;
            }
        }

        /// <summary>The countries the document's entities give, leaving out the places in <paramref name="namesakes"/>.</summary>
        private HashSet<string> CountriesNamedBesides(IReadOnlyCollection<KbEntry> namesakes)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var b in _order)
            {
                if (b.Country is { } country && !namesakes.Any(n => n.Id == b.Id))
                {
                    named.Add(country);
                }
            }

            return named;
        }
    }
}
