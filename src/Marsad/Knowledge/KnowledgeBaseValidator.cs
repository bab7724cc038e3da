using System.Collections.Frozen;

namespace Marsad.Knowledge;

/// <summary>
/// The rules of data/kb/README.md that hold across entries: unique ids, known types and sectors,
/// references that resolve, titles that exist, dates in order, an Arabic name for everything.
/// </summary>
internal static class KnowledgeBaseValidator
{
    public static readonly FrozenSet<string> Types =
        FrozenSet.Create(StringComparer.Ordinal, "COUNTRY", "PERSON", "ORGANIZATION", "GROUP", "LOCATION", "AGREEMENT");

    public static readonly FrozenSet<string> Sectors = FrozenSet.Create(
        StringComparer.Ordinal,
        "IGO", "NGO", "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "INS", "UAF", "MED", "BUS", "EDU", "REL", "CVL");

    public static IEnumerable<string> Validate(KnowledgeBase kb)
    {
        var countries = kb.Entries.Where(e => e.Type == "COUNTRY").Select(e => e.Id).ToFrozenSet(StringComparer.Ordinal);
        var titles = kb.Titles.Select(t => t.Title).ToFrozenSet(StringComparer.Ordinal);

        foreach (var duplicate in kb.Entries.Select(e => e.Id).Concat(kb.Institutions.Select(i => i.Id))
                     .GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"{duplicate.Key}: id used {duplicate.Count()} times";
        }

        foreach (var duplicate in kb.Titles.GroupBy(t => t.Title, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"title {duplicate.Key}: listed {duplicate.Count()} times";
        }

        foreach (var entry in kb.Entries)
        {
            foreach (var problem in ValidateEntry(entry, countries, titles, kb))
            {
                yield return $"{entry.Id}: {problem}";
            }
        }

        foreach (var title in kb.Titles)
        {
            if (title.Arabic.IsEmpty)
            {
                yield return $"title {title.Title}: no Arabic form";
            }

            if (!Sectors.Contains(title.Sector))
            {
                yield return $"title {title.Title}: unknown sector {title.Sector}";
            }
        }

        foreach (var institution in kb.Institutions)
        {
            if (institution.Arabic.IsEmpty)
            {
                yield return $"{institution.Id}: no Arabic name";
            }

            if (!Sectors.Contains(institution.Sector))
            {
                yield return $"{institution.Id}: unknown sector {institution.Sector}";
            }

            if (institution.Country is { } c && !countries.Contains(c))
            {
                yield return $"{institution.Id}: unknown country {c}";
            }
        }
    }

    private static IEnumerable<string> ValidateEntry(KbEntry entry, FrozenSet<string> countries, FrozenSet<string> titles, KnowledgeBase kb)
    {
        if (!Types.Contains(entry.Type))
        {
            yield return $"unknown type {entry.Type}";
        }

        if (entry.Arabic.IsEmpty || entry.Arabic.Any(string.IsNullOrWhiteSpace))
        {
            yield return "no Arabic name, or an empty one";
        }

        if (entry.Sector is { } sector && !Sectors.Contains(sector))
        {
            yield return $"unknown sector {sector}";
        }

        var references = new[] { entry.Country, entry.CapitalOf }
            .Concat(entry.Successors)
            .Concat(entry.Type == "AGREEMENT" ? [] : entry.Countries)
            .Concat(entry.Roles.Select(r => r.Country));
        foreach (var reference in references)
        {
            if (reference is not null && !countries.Contains(reference))
            {
                yield return $"unknown country {reference}";
            }
        }

        // An agreement's parties may be organisations as well as countries.
        if (entry.Type == "AGREEMENT")
        {
            foreach (var party in entry.Countries.Where(p => !kb.ById.ContainsKey(p)))
            {
                yield return $"unknown party {party}";
            }
        }

        if (entry.From is { } from && entry.To is { } to && from > to)
        {
            yield return $"from {from} is after to {to}";
        }

        foreach (var role in entry.Roles)
        {
            if (!titles.Contains(role.Title))
            {
                yield return $"role title {role.Title} is not in titles.jsonl";
            }

            if (!Sectors.Contains(role.Sector))
            {
                yield return $"role sector {role.Sector} is unknown";
            }

            if (role.Org is { } org && !kb.ById.ContainsKey(org))
            {
                yield return $"role org {org} is not in the knowledge base";
            }

            if (role.To is { } end && role.From > end)
            {
                yield return $"role {role.Title} from {role.From} is after its end {end}";
            }
        }
    }
}
