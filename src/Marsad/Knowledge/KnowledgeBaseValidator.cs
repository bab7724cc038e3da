using System.Collections.Frozen;
using System.Globalization;
using Marsad.Model;

namespace Marsad.Knowledge;

/// <summary>
/// The rules of data/kb/README.md that hold across entries (a type is checked as its line is read): unique ids, known sectors,
/// references that resolve, titles that exist, dates in order, an Arabic name for everything, and the
/// GeoNames fields in range and agreeing with the entry's country.
/// </summary>
internal static class KnowledgeBaseValidator
{
    // PLOVER's sector codes (the PLOVER manual, "Sector Primary Code"): it drops CAMEO's INS (insurgents) and SEP
    // (separatists) for armed groups, which are all REB, so the knowledge base may not use them.
    public static readonly FrozenSet<string> Sectors = FrozenSet.Create(
        StringComparer.Ordinal,
        "IGO", "NGO", "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "UAF", "MED", "BUS", "EDU", "REL", "CVL");

    public static IEnumerable<string> Validate(KnowledgeBase kb)
    {
        var countries = kb.Entries.Where(e => e.Type == EntityType.Country).Select(e => e.Id).ToFrozenSet(StringComparer.Ordinal);
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
            .Concat(entry.Type == EntityType.Agreement ? [] : entry.Countries)
            .Concat(entry.Roles.Select(r => r.Country));
        foreach (var reference in references)
        {
            if (reference is not null && !countries.Contains(reference))
            {
                yield return $"unknown country {reference}";
            }
        }

        // An agreement's parties may be organisations as well as countries.
        if (entry.Type == EntityType.Agreement)
        {
            foreach (var party in entry.Countries.Where(p => !kb.ById.ContainsKey(p)))
            {
                yield return $"unknown party {party}";
            }
        }

        foreach (var problem in ValidateGeography(entry))
        {
            yield return problem;
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

    /// <summary>
    /// The GeoNames fields (docs/GEOGRAPHY.md): only on places and countries, latitude and longitude together and
    /// in range, and a first-level region code whose country code (GeoNames' ISO alpha-2) is the entry's country,
    /// so an import that matched a namesake abroad fails here.
    /// </summary>
    private static IEnumerable<string> ValidateGeography(KbEntry entry)
    {
        if (entry.Lat is null && entry.Lon is null && entry.GeoNames is null && entry.Admin1 is null)
        {
            yield break;
        }

        if (entry.Type is not (EntityType.Location or EntityType.Country))
        {
            yield return "GeoNames fields on an entry that is neither a place nor a country";
        }

        if (entry.Lat is null != entry.Lon is null)
        {
            yield return "lat without lon, or lon without lat";
        }

        if (entry.Lat is { } lat && (lat is < -90 or > 90 || double.IsNaN(lat)))
        {
            yield return $"lat {lat.ToString(CultureInfo.InvariantCulture)} is out of range";
        }

        if (entry.Lon is { } lon && (lon is < -180 or > 180 || double.IsNaN(lon)))
        {
            yield return $"lon {lon.ToString(CultureInfo.InvariantCulture)} is out of range";
        }

        if (entry.GeoNames is <= 0)
        {
            yield return $"geonames {entry.GeoNames} is not a feature id";
        }

        if (entry.Admin1 is { } admin1)
        {
            var code = admin1.Split('.');
            if (code.Length != 2 || code[0].Length != 2 || code[1].Length == 0 || !code[0].All(char.IsAsciiLetterUpper))
            {
                yield return $"admin1 {admin1} is not a GeoNames region code (SY.13)";
            }
            else if (entry.Country is { } country && Alpha3(code[0]) is { } alpha3 && alpha3 != country)
            {
                // A code the platform does not know (EH, Western Sahara) cannot be checked, so it passes.
                yield return $"admin1 {admin1} lies in {alpha3}, not in {country}";
            }
        }
    }

    /// <summary>The ISO alpha-3 code of an alpha-2 one, or null for a code the platform does not know.</summary>
    private static string? Alpha3(string alpha2)
    {
        try
        {
            return new RegionInfo(alpha2).ThreeLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
