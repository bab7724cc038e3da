using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Events.Places;

/// <summary>
/// What the event-location pass asks the knowledge base about places, indexed once: each country's capital,
/// each place's namesakes (other places with one of its Arabic names: طرابلس of Libya and of Lebanon), and
/// the <see cref="EventPlace"/> an entry stands for. A country is never its own namesake's building or town:
/// only places are namesakes of places. Frozen and thread-safe.
/// </summary>
internal sealed class PlaceGazetteer
{
    private readonly FrozenDictionary<string, KbEntry> _capitals;

    private readonly FrozenDictionary<string, ImmutableArray<KbEntry>> _namesakes;

    private readonly KnowledgeBase _kb;

    // The event place of every place and country, made once: events share them.
    private readonly FrozenDictionary<string, EventPlace> _places;

    // Every place's and country's Arabic names, normalised, to the entry (the first listed for a shared name).
    private readonly FrozenDictionary<string, KbEntry> _byName;

    private PlaceGazetteer(KnowledgeBase kb)
    {
        _kb = kb;
        _capitals = kb.Entries.Where(static e => e.Type == EntityType.Location && e.CapitalOf is not null)
            .GroupBy(static e => e.CapitalOf!, StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var all = new Dictionary<string, KbEntry>(StringComparer.Ordinal);
        foreach (var entry in kb.Entries.Where(static e => e.Type is EntityType.Country or EntityType.Location))
        {
            foreach (var name in entry.Arabic)
            {
                all.TryAdd(ArabicNormalizer.Normalize(name), entry);
            }
        }

        _byName = all.ToFrozenDictionary(StringComparer.Ordinal);
        _places = kb.Entries.Where(static e => e.Type is EntityType.Country or EntityType.Location).ToFrozenDictionary(static e => e.Id, Of, StringComparer.Ordinal);
        _namesakes = PlaceNamesakes.Of(kb);
    }

    public static PlaceGazetteer Default { get; } = new(KnowledgeBase.Default);

    public KbEntry? Entry(string id) => _kb.ById.GetValueOrDefault(id);

    /// <summary>
    /// The known place or country a name the recogniser did not link ends with (ريف محافظة إدلب → إدلب): the
    /// longest run of its last words that names one, or null.
    /// </summary>
    public KbEntry? Within(string name)
    {
        var words = ArabicNormalizer.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < words.Length; k++)
        {
            if (_byName.TryGetValue(string.Join(' ', words[k..]), out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The capital of a country, if the knowledge base names one.</summary>
    public KbEntry? Capital(string country) => _capitals.GetValueOrDefault(country);

    /// <summary>A place and the places sharing one of its names (itself among them), or empty when it has none.</summary>
    public ImmutableArray<KbEntry> Namesakes(string id) => _namesakes.GetValueOrDefault(id, []);

    /// <summary>The event place of a place or country of the knowledge base, shared by every event placed there.</summary>
    public EventPlace Place(KbEntry entry) => _places.TryGetValue(entry.Id, out var place) ? place : Of(entry);

    /// <summary>The event place a knowledge-base entry stands for: a country at country precision, a first-level region at admin1, else a place.</summary>
    public static EventPlace Of(KbEntry entry) => new(
        entry.Id,
        entry.Name,
        entry.Type == EntityType.Country ? entry.Id : entry.Country,
        entry.Lat,
        entry.Lon,
        entry.Type == EntityType.Country ? null : entry.GeoNames,
        entry.Type == EntityType.Country ? PlacePrecision.Country
            : entry.Kind is "province" || (entry.Kind is "region" && entry.Admin1 is not null && entry.GeoNames is null) ? PlacePrecision.Admin1
            : PlacePrecision.Place);

    /// <summary>The event place of a recognised entity the knowledge base does not hold: its name and country, no coordinates.</summary>
    public static EventPlace Of(EntityRecord entity) => new(
        entity.Id, entity.Name, entity.Country, null, null, null, entity.Type == EntityType.Country ? PlacePrecision.Country : PlacePrecision.Place);
}
