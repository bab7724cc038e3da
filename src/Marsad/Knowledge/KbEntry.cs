using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Knowledge;

/// <summary>
/// One entity of the knowledge base, as written in <c>data/kb/*.jsonl</c> (see its README for the
/// meaning of each field). Immutable; fields a type does not use are empty or null.
/// </summary>
public sealed record KbEntry
{
    public required string Id { get; init; }

    /// <summary>COUNTRY, PERSON, ORGANIZATION, GROUP, LOCATION or AGREEMENT.</summary>
    public required EntityType Type { get; init; }

    public required string Name { get; init; }

    /// <summary>Arabic names, the preferred first.</summary>
    public ImmutableArray<string> Arabic { get; init; } = [];

    public ImmutableArray<string> Latin { get; init; } = [];

    /// <summary>Names of <see cref="Arabic"/> that are also ordinary words: taken only with context.</summary>
    public ImmutableArray<string> Ambiguous { get; init; } = [];

    public string? Wikidata { get; init; }

    /// <summary>For countries: country, territory or former; for places: capital, city, region…</summary>
    public string? Kind { get; init; }

    /// <summary>Masculine singular nisba adjectives without the article (countries).</summary>
    public ImmutableArray<string> Adjectives { get; init; } = [];

    public ImmutableArray<string> Demonyms { get; init; } = [];

    /// <summary>Capitals and seats standing for a country's government.</summary>
    public ImmutableArray<string> Metonyms { get; init; } = [];

    /// <summary>The country of a body, group, person's home or place.</summary>
    public string? Country { get; init; }

    /// <summary>Countries of a region spanning several, or parties of an agreement.</summary>
    public ImmutableArray<string> Countries { get; init; } = [];

    public string? Sector { get; init; }

    /// <summary>True for a building or seat that stands for an institution (البيت الأبيض).</summary>
    public bool IsMetonym { get; init; }

    public string? CapitalOf { get; init; }

    public int? Year { get; init; }

    public PartialDate? From { get; init; }

    public PartialDate? To { get; init; }

    public ImmutableArray<string> Successors { get; init; } = [];

    /// <summary>Latitude in degrees of a place (a country's representative point), from GeoNames.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude in degrees of a place (a country's representative point), from GeoNames.</summary>
    public double? Lon { get; init; }

    /// <summary>The GeoNames feature id of a place or country.</summary>
    public long? GeoNames { get; init; }

    /// <summary>The GeoNames first-level region code of a place (country code and admin1 code, "SY.13").</summary>
    public string? Admin1 { get; init; }

    public ImmutableArray<KbRole> Roles { get; init; } = [];

    /// <summary>The roles held on a date, newest first.</summary>
    public IEnumerable<KbRole> RolesOn(DateOnly date) => Roles.Where(r => r.HeldOn(date));
}

/// <summary>A role title (الرئيس، وزير الخارجية) that can stand for the person holding it.</summary>
public sealed record KbTitle(string Title, ImmutableArray<string> Arabic, string Sector);

/// <summary>
/// A state institution named without its country (وزارة الخارجية، الجيش): the country comes from the
/// phrase around it, unless the entry fixes one (جيش الاحتلال).
/// </summary>
public sealed record KbInstitution(string Id, string Name, ImmutableArray<string> Arabic, string Sector, string? Country);
