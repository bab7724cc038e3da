using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Knowledge;

/// <summary>
/// The knowledge base of <c>data/kb</c>: entities by id, role titles and institution patterns.
/// Loaded once and immutable, so one instance serves every document on every thread.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Embedded = new(() =>
    {
        // The embedded files are fixed when the assembly is built, and KnowledgeBaseLoaderTests holds them to the
        // cross-entry rules: checking those again at every start cost each process about 0.04 s of CPU, 3 % of a
        // one-article run (the checks and their compilation). A line that does not parse still stops the load.
        var result = KnowledgeBaseLoader.LoadEmbedded(validate: false);
        return result.Problems.IsEmpty
            ? result.KnowledgeBase
            : throw new InvalidDataException("the embedded knowledge base has problems: " + string.Join("; ", result.Problems.Take(5)));
    });

    // People by "title|country" of any role they held, so a role phrase finds its holders without a scan.
    private readonly FrozenDictionary<string, ImmutableArray<KbEntry>> _holders;

    // The organisations some person's role names (org/united-nations), for titles of an organisation.
    private readonly FrozenSet<string> _titledOrgs;

    internal KnowledgeBase(ImmutableArray<KbEntry> entries, ImmutableArray<KbTitle> titles, ImmutableArray<KbInstitution> institutions)
    {
        Entries = entries;
        Titles = titles;
        Institutions = institutions;
        var byId = new Dictionary<string, KbEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            byId.TryAdd(entry.Id, entry);
        }

        ById = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _holders = Holders(entries);
        _titledOrgs = entries.SelectMany(static e => e.Roles).Select(static r => r.Org).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
        TitlesBySlug = titles.DistinctBy(t => t.Title).ToFrozenDictionary(t => t.Title, StringComparer.Ordinal);
    }

    /// <summary>The knowledge base built into Marsad (data/kb embedded at build time).</summary>
    public static KnowledgeBase Default => Embedded.Value;

    public ImmutableArray<KbEntry> Entries { get; }

    public ImmutableArray<KbTitle> Titles { get; }

    public ImmutableArray<KbInstitution> Institutions { get; }

    public FrozenDictionary<string, KbEntry> ById { get; }

    public FrozenDictionary<string, KbTitle> TitlesBySlug { get; }

    /// <summary>The people holding a title for a country on a date (e.g. the US president on 2025-11-06).</summary>
    public IEnumerable<KbEntry> Holders(string title, string? country, DateOnly date) =>
        HoldersOf(title, country, r => string.Equals(r.Country, country, StringComparison.Ordinal) && r.HeldOn(date));

    /// <summary>
    /// The people holding a title of an organisation on a date (the UN Secretary-General on 2025-11-06): roles with the
    /// organisation and no country.
    /// </summary>
    public IEnumerable<KbEntry> HoldersIn(string title, string org, DateOnly date) =>
        HoldersOf(title, null, r => r.Country is null && string.Equals(r.Org, org, StringComparison.Ordinal) && r.HeldOn(date));

    // The people listed under the title and country whose role of that title also passes the test.
    private IEnumerable<KbEntry> HoldersOf(string title, string? country, Func<KbRole, bool> holds) =>
        _holders.TryGetValue(HolderKey(title, country), out var people)
            ? people.Where(p => p.Roles.Any(r => string.Equals(r.Title, title, StringComparison.Ordinal) && holds(r)))
            : [];

    /// <summary>Whether any person's role names <paramref name="org"/> (asked before a title's organisation is read as its body).</summary>
    public bool HasTitledPeople(string org) => _titledOrgs.Contains(org);

    // The people of each key in the order of the entries, each once. A loop, not a LINQ query: the query's grouping
    // of (key, person) tuples compiled some twenty-five generic methods over them at every start.
    private static FrozenDictionary<string, ImmutableArray<KbEntry>> Holders(ImmutableArray<KbEntry> entries)
    {
        var byKey = new Dictionary<string, List<KbEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Type != EntityType.Person)
            {
                continue;
            }

            foreach (var role in entry.Roles)
            {
                var key = HolderKey(role.Title, role.Country);
                if (!byKey.TryGetValue(key, out var people))
                {
                    byKey[key] = people = [];
                }

                if (!people.Contains(entry))
                {
                    people.Add(entry);
                }
            }
        }

        var holders = new Dictionary<string, ImmutableArray<KbEntry>>(byKey.Count, StringComparer.Ordinal);
        foreach (var (key, people) in byKey)
        {
            holders[key] = [.. people];
        }

        return holders.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string HolderKey(string title, string? country) => title + "|" + country;
}
