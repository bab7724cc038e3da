using System.Collections.Immutable;

namespace Marsad.Model;

/// <summary>A sentence of the clean text, by its span.</summary>
public sealed record Sentence(TextSpan Span);

/// <summary>One place where the text names an entity. <c>Form</c>: name, adjective, role or metonym.</summary>
public sealed record Mention(TextSpan Span, string Text, string Form);

/// <summary>An entity of the document, linked to the knowledge base (or <c>Known = false</c>).</summary>
public sealed record EntityRecord(
    string Id,
    EntityType Type,
    string Name,
    string? NameAr,
    string? Wikidata,
    string? Country,
    string? Sector,
    bool Known,
    ImmutableArray<Mention> Mentions);

/// <summary>
/// A TIMEX3-style time expression with its value. <c>Type</c>: DATE, TIME, DURATION or SET. <c>Value</c>:
/// ISO-style (2025-11-06, 1992, 18 for the 19th century, P3D), with X for what the text leaves open
/// (XXXX-XX-XX). <c>Anchor</c>: <c>text</c> when the expression dates itself (عام 1992), <c>published</c>
/// when it was resolved against the publication date (أمس), <c>unresolved</c> when it needs a date the
/// document does not have — then the value keeps X where the date would go.
/// </summary>
public sealed record TimeExpression(TextSpan Span, string Text, TimexType Type, string? Value, TimeAnchor Anchor = TimeAnchor.Text);

/// <summary>TimeML's four TIMEX3 types.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>
/// The contract's names of <see cref="TimexType"/> (DATE, TIME, DURATION, SET): the one writer and the one reader of
/// TIMEX3 types in output, analysis JSON and TimeML gold files.
/// </summary>
public static class TimexTypes
{
    private static readonly ContractNames<TimexType> Names = new(["DATE", "TIME", "DURATION", "SET"]);

    /// <summary>Every type, in the enum's order.</summary>
    public static ImmutableArray<TimexType> All => Names.All;

    public static string Name(TimexType type) => Names.Name(type);

    public static bool TryParse(string? name, out TimexType type) => Names.TryParse(name, out type);
}

/// <summary>What a time expression's value was resolved against: its own text, the publication date, or nothing yet.</summary>
public enum TimeAnchor
{
    Text,
    Published,
    Unresolved,
}

/// <summary>The contract's names of <see cref="TimeAnchor"/> (text, published, unresolved): its one writer and one reader.</summary>
public static class TimeAnchors
{
    private static readonly ContractNames<TimeAnchor> Names = new(["text", "published", "unresolved"]);

    public static string Name(TimeAnchor anchor) => Names.Name(anchor);

    public static bool TryParse(string? name, out TimeAnchor anchor) => Names.TryParse(name, out anchor);
}

/// <summary>Where an event's date comes from (the contract's <c>date_from</c>): its clause's own time expression, the publication date, or neither.</summary>
public enum DateSource
{
    Text,
    Published,
    Unknown,
}

/// <summary>The contract's names of <see cref="DateSource"/> (text, published, unknown): its one writer and one reader.</summary>
public static class DateSources
{
    private static readonly ContractNames<DateSource> Names = new(["text", "published", "unknown"]);

    /// <summary>Every source, in the enum's order.</summary>
    public static ImmutableArray<DateSource> All => Names.All;

    public static string Name(DateSource source) => Names.Name(source);

    public static bool TryParse(string? name, out DateSource source) => Names.TryParse(name, out source);
}

/// <summary>A number in the text with its unit.</summary>
public sealed record Quantity(TextSpan Span, string Text, decimal Value, string Unit, bool Approximate);

/// <summary>A coded event: who did what to whom, when, how sure, and why (see DESIGN.md).</summary>
public sealed record EventRecord(
    string Id,
    PloverType Event,
    string? Mode,
    ImmutableArray<string> Context,
    string? Cameo,
    ImmutableArray<string> Actor,
    ImmutableArray<string> Recipient,
    ImmutableArray<string> About,
    string? Date,
    DateSource DateFrom,
    ImmutableArray<EventModality> Modality,
    int Sentence,
    Mention Trigger,
    string Rule,
    double? Goldstein = null,
    EventPlace? Place = null)
{
    /// <summary>
    /// The later sentences of the document that only elaborate this event (what its protesters chanted, how many
    /// its attack killed), merged into it, in text order: its provenance beside <see cref="Sentence"/>. Empty
    /// when one sentence tells it.
    /// </summary>
    public ImmutableArray<EventSupport> Supports { get; init; } = [];
}

/// <summary>PLOVER's sixteen event types (DESIGN.md), in the order of its scale from cooperation to conflict.</summary>
public enum PloverType
{
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

/// <summary>
/// The contract's names of <see cref="PloverType"/> (AGREE … ASSAULT): the one writer and the one reader of
/// event types in output, rule files, the store, gold files and query parameters.
/// </summary>
public static class PloverTypes
{
    private static readonly ContractNames<PloverType> Names = new([
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ]);

    /// <summary>Every type, in the enum's order.</summary>
    public static ImmutableArray<PloverType> All => Names.All;

    public static string Name(PloverType type) => Names.Name(type);

    public static bool TryParse(string? name, out PloverType type) => Names.TryParse(name, out type);

    /// <summary>The names in ordinal order, for a message that lists what a reader takes.</summary>
    public static string Listed() => Names.Listed();
}

/// <summary>
/// The knowledge base's entity types (DESIGN.md, data/kb/README.md). Open in principle (the KB could name a new
/// kind of thing), closed in the code: a type is added here with its name in <see cref="EntityTypes"/>, and the
/// KB reader refuses a line whose type is not listed (<c>file:line: unknown type …</c>).
/// </summary>
public enum EntityType
{
    Country,
    Person,
    Organization,
    Location,
    Agreement,
    Group,
}

/// <summary>
/// The contract's names of <see cref="EntityType"/> (COUNTRY … GROUP): the one writer and the one reader of
/// entity types in output, the knowledge base's files, the store and gold files.
/// </summary>
public static class EntityTypes
{
    private static readonly ContractNames<EntityType> Names = new(["COUNTRY", "PERSON", "ORGANIZATION", "LOCATION", "AGREEMENT", "GROUP"]);

    /// <summary>Every type, in the enum's order.</summary>
    public static ImmutableArray<EntityType> All => Names.All;

    public static string Name(EntityType type) => Names.Name(type);

    public static bool TryParse(string? name, out EntityType type) => Names.TryParse(name, out type);

    /// <summary>The names in ordinal order, for a message that lists what a reader takes.</summary>
    public static string Listed() => Names.Listed();
}

/// <summary>
/// An event's modality values (DESIGN.md; several may stand together). Declared in the ordinal order of their
/// names, so an event's values sorted as members are written in the order output has always had.
/// </summary>
public enum EventModality
{
    Background,
    Future,
    Generic,
    Historical,
    Hypothetical,
    Negated,
    Reported,
}

/// <summary>
/// The contract's names of <see cref="EventModality"/> (background … reported): the one writer and the one
/// reader of modality values in output, analysis JSON and gold files.
/// </summary>
public static class EventModalities
{
    private static readonly ContractNames<EventModality> Names = new(["background", "future", "generic", "historical", "hypothetical", "negated", "reported"]);

    /// <summary>Every modality, in the enum's order.</summary>
    public static ImmutableArray<EventModality> All => Names.All;

    public static string Name(EventModality modality) => Names.Name(modality);

    public static bool TryParse(string? name, out EventModality modality) => Names.TryParse(name, out modality);
}

/// <summary>A sentence that tells more of an event coded from another, and the trigger it was found by there.</summary>
public sealed record EventSupport(int Sentence, Mention Trigger);

/// <summary>How closely an event's place is known: a named place, a first-level region, or only a country.</summary>
public enum PlacePrecision
{
    Place,
    Admin1,
    Country,
}

/// <summary>The contract's names of <see cref="PlacePrecision"/>: place, admin1, country.</summary>
public static class PlacePrecisions
{
    public static string Name(PlacePrecision precision) => precision switch
    {
        PlacePrecision.Place => "place",
        PlacePrecision.Admin1 => "admin1",
        _ => "country",
    };

    public static bool TryParse(string? name, out PlacePrecision precision)
    {
        (var known, precision) = name switch
        {
            "place" => (true, PlacePrecision.Place),
            "admin1" => (true, PlacePrecision.Admin1),
            "country" => (true, PlacePrecision.Country),
            _ => (false, PlacePrecision.Country),
        };
        return known;
    }
}

/// <summary>
/// Where an event happened, as the text names it (its clause, its sentence, or the dateline), with the
/// gazetteer's coordinates when the knowledge base has them. <see cref="Id"/> is a KB id.
/// </summary>
public sealed record EventPlace(
    string Id,
    string Name,
    string? Country,
    double? Lat,
    double? Lon,
    long? GeoNames,
    PlacePrecision Precision);
