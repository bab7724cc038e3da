using Marsad.Storage;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Marsad.Web.Api;

/// <summary>
/// <c>GET /api/events.geojson</c>: the merged events that <c>/api/events</c> would answer for the same
/// filters, as a GeoJSON FeatureCollection (<see cref="EventGeoJson"/>): a Point per event with coordinates,
/// the others counted in <c>events_without_coordinates</c>. The map page draws it.
/// </summary>
internal static class GeoJsonEndpoint
{
    /// <summary>How many events a collection holds when <c>limit</c> is not given.</summary>
    public const int DefaultLimit = 1000;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/events.geojson", Collection)
            .WithName("EventsGeoJson")
            .WithSummary("The events of /api/events (same filters) as a GeoJSON FeatureCollection: [lon, lat] points; events without coordinates counted in events_without_coordinates.")
            .Produces(StatusCodes.Status200OK, contentType: EventGeoJson.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> Collection(
        StoreProvider stores,
        [AsParameters] EventFilters filters,
        [FromQuery] string? limit,
        [FromQuery] string? offset,
        CancellationToken cancellationToken)
    {
        var query = filters.ToQuery();
        var take = Parameters.Int("limit", limit, DefaultLimit, 1, Parameters.MaxExport);
        var skip = Parameters.Int("offset", offset, 0, 0, Parameters.MaxOffset);
        var bytes = await stores.RunAsync(
            store => EventGeoJson.Bytes([.. store.Events(query with { Limit = skip + take }).Skip(skip)]),
            cancellationToken).ConfigureAwait(false);
        return Results.Bytes(bytes, EventGeoJson.MediaType);
    }
}
