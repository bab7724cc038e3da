using Marsad.Events;
using Marsad.Storage.Stories;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Marsad.Web.Api;

/// <summary>
/// <c>GET /api/stories</c>: the stories of the window, best growth first, as <c>marsad stories --format json</c>
/// gives them, paged like the other lists (<c>limit</c>, <c>offset</c>); <c>breaking=true</c> keeps the breaking ones.
/// "Now" is the server's clock.
/// </summary>
internal static class StoryEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/stories", Stories)
            .WithName("Stories")
            .WithSummary("Stories (near-duplicate clusters) with an article since 'since' (default 6 hours ago), best growth first, each with its growth, articles, sources, entities and events; breaking=true for the breaking ones.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> Stories(
        StoreProvider stores,
        MarsadWebOptions options,
        [FromQuery] string? breaking,
        [FromQuery] string? since,
        [FromQuery] string? limit,
        [FromQuery] string? offset,
        CancellationToken cancellationToken)
    {
        var query = Query(options.Clock.GetUtcNow(), breaking, since, limit, offset);
        var result = await stores.RunAsync(store =>
        {
            using var book = StoryBook.Of(StoreProvider.Unwrap(store));
            return book.Stories(query);
        }, cancellationToken).ConfigureAwait(false);
        if (result.List is not { } list)
        {
            return Problems.Result(400, "Bad request", result.Error + ".", "since");
        }

        var body = StoryJson.Window(list);
        body["total"] = list.Total;
        body["in_window"] = list.InWindow;
        body["breaking_stories"] = list.Breaking;
        body["offset"] = query.Offset;
        body["limit"] = query.Limit;
        body["stories"] = list.Stories.Select(s => StoryJson.Story(s, static a => "/api/documents/" + a.Id)).ToList();
        return Results.Json(body, EventFormats.Json);
    }

    /// <summary>The query the parameters ask for; a bad one is a <see cref="BadParameterException"/> (400).</summary>
    public static StoryQuery Query(DateTimeOffset now, string? breaking, string? since, string? limit, string? offset)
    {
        DateTimeOffset? start = null;
        if (Parameters.Text("since", since) is { } text)
        {
            var (time, error) = StoryTimes.Parse("'since'", text, now);
            start = time ?? throw new BadParameterException("since", error + ".");
        }

        var query = new StoryQuery
        {
            Now = now,
            Since = start,
            BreakingOnly = Parameters.Flag("breaking", breaking),
            Limit = Parameters.Int("limit", limit, 20, 1, Parameters.MaxPage),
            Offset = Parameters.Int("offset", offset, 0, 0, Parameters.MaxOffset),
        };
        return query.Problem() is { } problem ? throw new BadParameterException("since", problem + ".") : query;
    }
}
