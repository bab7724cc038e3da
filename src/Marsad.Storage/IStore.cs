using Marsad.Model;
using Marsad.Storage.Search;

namespace Marsad.Storage;

/// <summary>
/// Where analyses are kept and asked. Backend-neutral: the embedded SQLite store implements it, and so
/// will the PostgreSQL store; one contract test suite runs against each.
/// </summary>
/// <remarks>
/// Contract:
/// <list type="bullet">
/// <item>A document is identified by its analysis id (SHA-256 of its clean text): adding one that is
///   already stored adds nothing and counts as a duplicate.</item>
/// <item><see cref="Add"/> writes a batch in one transaction: after a crash a document is stored with all
///   its mentions, events, terms and cluster, or not at all.</item>
/// <item>Events that several documents report (same type, mode, sides, date and modality) are one event
///   with every source kept.</item>
/// <item>Near-duplicates (see <see cref="Clustering.MinHash"/>) share a cluster; clusters joined by a new
///   document merge into the oldest.</item>
/// </list>
/// </remarks>
public interface IStore : IDisposable
{
    /// <summary>A short description of where the store lives, for messages.</summary>
    string Location { get; }

    /// <summary>
    /// The ids among <paramref name="documentIds"/> that are already stored (committed). May be called from
    /// one thread while <see cref="Add"/> runs on another: ingest checks the next batch while writing one.
    /// </summary>
    IReadOnlySet<string> Existing(IReadOnlyCollection<string> documentIds);

    /// <summary>Adds the documents of a batch in one transaction; those already stored are skipped.</summary>
    AddOutcome Add(IReadOnlyList<DocumentRecord> batch);

    StoreStats Stats();

    /// <summary>Full-text search ranked by BM25, best first.</summary>
    IReadOnlyList<SearchHit> Search(SearchQuery query);

    /// <summary>Merged events matching the query, in date order, each with its sources.</summary>
    IReadOnlyList<StoredEvent> Events(EventQuery query);

    /// <summary>
    /// What the store knows of one entity, or null if no document mentions it. Co-mentioned entities are
    /// ranked by the documents they share with it, then by their mentions there.
    /// </summary>
    EntityProfile? Entity(string entityId, int top);

    /// <summary>Every stored document's analysis as one <c>marsad.analysis/1</c> JSON line, in ingest order.</summary>
    IEnumerable<string> AnalysisLines();

    /// <summary>The documents of one cluster, oldest first.</summary>
    IReadOnlyList<StoredDocument> Cluster(long clusterId);

    /// <summary>A stored document by its id, or null.</summary>
    StoredDocument? Document(string documentId);

    /// <summary>A stored document's clean text, or null.</summary>
    string? Text(string documentId);

    /// <summary>A stored document's analysis as its <c>marsad.analysis/1</c> JSON line, or null.</summary>
    string? AnalysisJson(string documentId);

    /// <summary>
    /// The entities, event types and event reports of the stored documents among <paramref name="documentIds"/>,
    /// counted by the store (for a search's facets, without reading their analyses back).
    /// </summary>
    FacetCounts Facets(IReadOnlyCollection<string> documentIds);
}

/// <summary>How many documents of a batch were added and how many were already there.</summary>
public sealed record AddOutcome(int Added, int Duplicates);

/// <summary>Counts of what the store holds.</summary>
public sealed record StoreStats(
    long Documents,
    long Clusters,
    long ClusteredDocuments,
    long Entities,
    long Mentions,
    long Events,
    long EventReports,
    long MergedEvents,
    string? FirstPublished,
    string? LastPublished);

/// <summary>A search: the words to find and optional filters.</summary>
public sealed record SearchQuery(string Text)
{
    /// <summary>
    /// Only the query's own stems. Otherwise documents with words of the same root and family (مظاهرة finds
    /// تظاهر، المتظاهرين) follow every document with the words themselves.
    /// </summary>
    public bool Exact { get; init; }

    public string? Entity { get; init; }

    public string? EventType { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Limit { get; init; } = 10;
}

/// <summary>One document found by a search.</summary>
public sealed record SearchHit(StoredDocument Document, double Score, Snippet Snippet);

/// <summary>
/// A stored document's metadata (not its analysis): its story cluster and how many documents are in it,
/// and its closest earlier near-duplicate with their similarity.
/// </summary>
public sealed record StoredDocument(
    string Id,
    string Source,
    string? Url,
    string? Title,
    string? Published,
    long Cluster,
    string? SimilarTo,
    double? Similarity,
    string IngestedAt,
    long ClusterSize);

/// <summary>
/// Which merged events to return. Actor and recipient match any id on that side, and a country's id also
/// matches the entities whose <c>country</c> it is (its army, ministries, officials) unless <see cref="Exact"/>.
/// </summary>
public sealed record EventQuery
{
    /// <summary>Match the ids alone, without rolling a country's entities up into it (<c>--exact</c>).</summary>
    public bool Exact { get; init; }

    public string? Actor { get; init; }

    public string? Recipient { get; init; }

    public string? EventType { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Two entities: events where one is an actor and the other a recipient, either way round.</summary>
    public (string A, string B)? Dyad { get; init; }

    /// <summary>Events whose place is in this country (its ISO 3166 alpha-3 id, the place's <c>country</c>).</summary>
    public string? Country { get; init; }

    /// <summary>Events whose place has coordinates within this great-circle distance of a point (<see cref="GreatCircle"/>).</summary>
    public Near? Near { get; init; }

    public int? Limit { get; init; }
}

/// <summary>A point and a radius: latitude and longitude in degrees, the distance in kilometres.</summary>
public sealed record Near(double Lat, double Lon, double Km);

/// <summary>An entity on one side of an event, with the names the knowledge base gives it.</summary>
public sealed record EntityRef(string Id, string? Name, string? NameAr, string? Country, string? Sector);

/// <summary>One article's report of an event.</summary>
public sealed record EventSource(
    string DocumentId,
    string Source,
    string? Url,
    string? Title,
    string? Published,
    string EventId,
    string Trigger,
    string Sentence,
    string Rule);

/// <summary>An event as stored: merged across the documents that report it, every source kept.</summary>
public sealed record StoredEvent(
    string Id,
    PloverType Event,
    string? Mode,
    IReadOnlyList<string> Context,
    string? Cameo,
    IReadOnlyList<EntityRef> Actor,
    IReadOnlyList<EntityRef> Recipient,
    IReadOnlyList<string> About,
    string? Date,
    DateSource DateFrom,
    IReadOnlyList<string> Modality,
    IReadOnlyList<EventSource> Sources)
{
    /// <summary>CAMEO's Goldstein score of the event's code (the first report's), or null.</summary>
    public double? Goldstein { get; init; }

    /// <summary>
    /// Where the event happened: of its reports' places the most precise (a place over a region over a
    /// country), the first stored among equals; null when no report says where.
    /// </summary>
    public EventPlace? Place { get; init; }

    public int SourceCount => Sources.Select(static s => s.DocumentId).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>An entity's record in the store: when it was mentioned, in what events, and with whom.</summary>
public sealed record EntityProfile(
    EntityRef Entity,
    string Type,
    long Documents,
    long Mentions,
    IReadOnlyList<(string Period, long Mentions, long Documents)> MentionsOverTime,
    IReadOnlyList<(string Event, long AsActor, long AsRecipient)> EventsByType,
    IReadOnlyList<(EntityRef Entity, long Documents)> CoMentioned);
