namespace Marsad.Storage;

/// <summary>An entity the documents of a search name: in how many of them, and how often in all.</summary>
public sealed record EntityFacet(string Id, string Name, string? NameAr, long Documents, long Mentions);

/// <summary>An event type the documents of a search report, and in how many of them.</summary>
public sealed record EventTypeFacet(string Type, long Documents);

/// <summary>
/// Counts over a set of stored documents, as the store's own queries give them (<see cref="IStore.Facets"/>):
/// the entities they mention, the event types they report, and each report's date and type for a timeline.
/// Entities and types come in no particular order; the caller ranks them.
/// </summary>
public sealed record FacetCounts(
    IReadOnlyList<EntityFacet> Entities,
    IReadOnlyList<EventTypeFacet> EventTypes,
    IReadOnlyList<(string? Date, string Type)> Events);
