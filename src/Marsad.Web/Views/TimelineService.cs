using Marsad.Model;
using Marsad.Storage;
using Marsad.Web.Api;

namespace Marsad.Web.Views;

/// <summary>The events a timeline counts: those of a search's documents, of an entity (either side), of a dyad, or all.</summary>
internal static class TimelineService
{
    public static Timeline ForQuery(IStore store, SearchRequest request) =>
        Timeline.Build(
            SearchService.Run(store, request).Facets.Events.Where(e => request.EventType is null || e.Type == request.EventType),
            whole: request.From is not null || request.To is not null);

    public static IReadOnlyList<StoredEvent> EntityEvents(IStore store, string entity, string? type, DateOnly? from, DateOnly? to, int? limit = null)
    {
        var asActor = store.Events(new EventQuery { Actor = entity, EventType = type, From = from, To = to });
        var asRecipient = store.Events(new EventQuery { Recipient = entity, EventType = type, From = from, To = to });
        var merged = asActor.Concat(asRecipient)
            .DistinctBy(static e => e.Id, StringComparer.Ordinal)
            .OrderBy(static e => e.Date is null)
            .ThenBy(static e => e.Date, StringComparer.Ordinal);
        return limit is { } n ? [.. merged.Take(n)] : [.. merged];
    }

    /// <summary>The timeline of events: the recent window of them, or their whole range when the user gave dates.</summary>
    public static Timeline Of(IEnumerable<StoredEvent> events, bool whole = false) => Timeline.Build(events.Select(static e => (e.Date, PloverTypes.Name(e.Event))), whole);

    /// <summary>The timeline the API's parameters ask for: q, entity, or a and b, at most one of them.</summary>
    public static Timeline For(IStore store, string? q, string? entity, string? a, string? b, string? type, DateOnly? from, DateOnly? to)
    {
        var chosen = (q is null ? 0 : 1) + (entity is null ? 0 : 1) + (a is null && b is null ? 0 : 1);
        if (chosen > 1)
        {
            throw new BadParameterException("q", "give one of q, entity, or a and b.");
        }

        var dated = from is not null || to is not null;
        if (q is not null)
        {
            return ForQuery(store, new SearchRequest(q) { EventType = type, From = from, To = to });
        }

        if (entity is not null)
        {
            return Of(EntityEvents(store, entity, type, from, to), dated);
        }

        if (a is not null || b is not null)
        {
            if (a is null || b is null)
            {
                throw new BadParameterException(a is null ? "a" : "b", "a dyad needs both a and b.");
            }

            return Of(store.Events(new EventQuery { Dyad = (a, b), EventType = type, From = from, To = to }), dated);
        }

        return Of(store.Events(new EventQuery { EventType = type, From = from, To = to }), dated);
    }
}
