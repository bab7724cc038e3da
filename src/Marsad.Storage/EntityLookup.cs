using System.Collections.Frozen;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Storage;

/// <summary>One entity a name search found, and how closely.</summary>
public sealed record EntityMatch(string Id, string Type, string Name, string? NameAr, string Matched, EntityMatchKind Kind);

/// <summary>How a query matched an entity, best first.</summary>
public enum EntityMatchKind
{
    /// <summary>The query is the entity's id (case aside): isr finds ISR.</summary>
    Id,

    /// <summary>The query is one of its names or variants, English or Arabic.</summary>
    Name,

    /// <summary>One of its names starts with the query.</summary>
    Prefix,

    /// <summary>One of its names holds the query.</summary>
    Contains,
}

/// <summary>
/// Finds knowledge-base entities by id, English name, Latin variant, Arabic name or Arabic variant. Names
/// are compared through <see cref="ArabicNormalizer"/> (hamza forms, alef maksura, teh marbuta, diacritics
/// and Latin case do not matter) with runs of spaces as one, so Israel, israel, إسرائيل and اسرائيل all find
/// ISR. Each entity comes once, with its best match; matches are ranked id, whole name, prefix, substring,
/// then by id (ordinal), so the order never depends on the knowledge base's file order.
/// </summary>
public sealed class EntityLookup
{
    private readonly (KbEntry Entry, string Key, string Name)[] _names;
    private readonly FrozenDictionary<string, KbEntry> _byId;

    public EntityLookup(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _byId = knowledgeBase.Entries.ToFrozenDictionary(static e => e.Id, StringComparer.OrdinalIgnoreCase);
        _names = [.. knowledgeBase.Entries.SelectMany(static e => Names(e).Select(n => (e, Key(n), n)))];
    }

    public static EntityLookup Default { get; } = new(KnowledgeBase.Default);

    /// <summary>The entities matching <paramref name="query"/>, best first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<EntityMatch> Find(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = Key(query);
        if (key.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<string, EntityMatch>(StringComparer.Ordinal);
        if (_byId.TryGetValue(query.Trim(), out var byId))
        {
            best[byId.Id] = Match(byId, byId.Id, EntityMatchKind.Id);
        }

        foreach (var (entry, nameKey, name) in _names)
        {
            EntityMatchKind? kind = string.Equals(nameKey, key, StringComparison.Ordinal) ? EntityMatchKind.Name
                : nameKey.StartsWith(key, StringComparison.Ordinal) ? EntityMatchKind.Prefix
                : nameKey.Contains(key, StringComparison.Ordinal) ? EntityMatchKind.Contains
                : null;
            if (kind is { } k && (!best.TryGetValue(entry.Id, out var found) || k < found.Kind))
            {
                best[entry.Id] = Match(entry, name, k);
            }
        }

        return [.. best.Values.OrderBy(static m => m.Kind).ThenBy(static m => m.Id, StringComparer.Ordinal).Take(limit)];
    }

    /// <summary>
    /// The one entity <paramref name="query"/> names: its id, else its only whole-name match. Null with the
    /// candidates when there is none or more than one.
    /// </summary>
    public (EntityMatch? Entity, IReadOnlyList<EntityMatch> Candidates) Resolve(string query, int limit = 10)
    {
        var matches = Find(query, limit);
        var exact = matches.Where(static m => m.Kind <= EntityMatchKind.Name).ToList();
        if (exact.Count > 0 && exact[0].Kind == EntityMatchKind.Id)
        {
            return (exact[0], matches);
        }

        return exact.Count == 1 ? (exact[0], matches) : (null, matches);
    }

    private static EntityMatch Match(KbEntry entry, string matched, EntityMatchKind kind) =>
        new(entry.Id, EntityTypes.Name(entry.Type), entry.Name, entry.Arabic.IsEmpty ? null : entry.Arabic[0], matched, kind);

    private static IEnumerable<string> Names(KbEntry entry) =>
        new[] { entry.Name }.Concat(entry.Latin).Concat(entry.Arabic).Where(static n => !string.IsNullOrWhiteSpace(n));

    /// <summary>The form names are compared in: normalised, spaces collapsed.</summary>
    private static string Key(string name) =>
        string.Join(' ', ArabicNormalizer.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
