using Marsad.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Marsad.Web.Api;

/// <summary>
/// <c>GET /api/entities?q=</c>: the knowledge base's entities whose id, English or Arabic names match the
/// query (whole names first, then names starting with it, then names holding it), as <c>marsad entities</c>
/// lists them. Hamza, diacritics and case do not matter.
/// </summary>
internal static class EntitySearchEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/entities", Search)
            .WithName("EntitySearch")
            .WithSummary("Entities by id, English or Arabic name or variant: whole names first, then prefixes, then substrings.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static IResult Search([FromQuery] string? q, [FromQuery] string? limit)
    {
        var query = Parameters.Text("q", q) ?? throw new BadParameterException("q", "'q' is required: a name or part of one, such as إسرائيل or Israel.");
        if (query.Length > 200)
        {
            throw new BadParameterException("q", "'q' is longer than 200 characters.");
        }

        var matches = EntityLookup.Default.Find(query, Parameters.Int("limit", limit, 20, 1, 100));
        return Results.Json(
            new
            {
                query,
                count = matches.Count,
                entities = matches.Select(static m => new
                {
                    id = m.Id,
                    type = m.Type,
                    name = m.Name,
                    name_ar = m.NameAr,
                    matched = m.Matched,
                    match = m.Kind.ToString().ToLowerInvariant(),
                    page = "/entity?id=" + Uri.EscapeDataString(m.Id),
                }),
            },
            EventFormats.Json);
    }
}
