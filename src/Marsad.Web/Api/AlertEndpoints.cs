using System.Globalization;
using System.Text.Json.Serialization;
using System.Xml.Linq;
using Marsad.Model;
using Marsad.Storage;
using Marsad.Storage.Monitoring;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Marsad.Web.Api;

/// <summary>
/// Alerts over HTTP: <c>/api/alerts</c> (listing is a read; adding and removing need the API key, as every
/// write does) and each alert's hits as JSON and as an Atom feed at <c>/alerts/NAME.atom</c> for feed readers.
/// </summary>
internal static class AlertEndpoints
{
    private const int FeedEntries = 50;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>An alert as the API takes and gives it.</summary>
    public sealed record AlertBody(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("query")] string? Query,
        [property: JsonPropertyName("entity")] string? Entity,
        [property: JsonPropertyName("actor")] string? Actor,
        [property: JsonPropertyName("recipient")] string? Recipient,
        [property: JsonPropertyName("type")] string? Type,
        [property: JsonPropertyName("country")] string? Country,
        [property: JsonPropertyName("webhook")] string? Webhook);

    public static void Map(WebApplication app, RouteGroupBuilder api)
    {
        api.MapGet("/alerts", List)
            .WithName("Alerts")
            .WithSummary("Every alert and its criteria.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

        api.MapPost("/alerts", Add)
            .WithName("AddAlert")
            .WithSummary("Add an alert (needs the API key): 201, 400 when its name or criteria are bad, 409 when the name is taken.")
            .Accepts<AlertBody>("application/json")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/alerts/{name}", Remove)
            .WithName("RemoveAlert")
            .WithSummary("Remove an alert and its hits (needs the API key).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/alerts/{name}/hits", Hits)
            .WithName("AlertHits")
            .WithSummary("An alert's most recent hits, newest first, with their articles and webhook delivery.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/alerts/{name}.atom", Feed).ExcludeFromDescription();
    }

    private static Task<IResult> List(StoreProvider stores, CancellationToken cancellationToken) =>
        stores.RunAsync<IResult>(store =>
        {
            using var book = AlertBook.Of(StoreProvider.Unwrap(store));
            return Results.Json(book.List().Select(Body), EventFormats.Json);
        }, cancellationToken);

    private static Task<IResult> Add([FromBody] AlertBody body, StoreProvider stores, MarsadWebOptions options, CancellationToken cancellationToken)
    {
        var type = body.Type?.ToUpperInvariant();
        if (type is not null && !PloverTypes.TryParse(type, out _))
        {
            return Task.FromResult(Problems.Result(400, "Bad request", $"'type' takes a PLOVER event type, not '{body.Type}'.", "type"));
        }

        var alert = new Alert(body.Name ?? "")
        {
            Query = body.Query,
            Entity = body.Entity,
            Actor = body.Actor,
            Recipient = body.Recipient,
            EventType = type,
            Country = body.Country?.ToUpperInvariant(),
            Webhook = body.Webhook,
        };
        try
        {
            alert.Validate();
        }
        catch (AlertException e)
        {
            return Task.FromResult(Problems.Result(400, "Bad request", e.Message + "."));
        }

        return stores.RunAsync(store =>
        {
            using var book = AlertBook.Of(StoreProvider.Unwrap(store));
            try
            {
                book.Add(alert, options.Clock.GetUtcNow());
            }
            catch (AlertException e)
            {
                return Problems.Result(409, "Conflict", e.Message + ".");
            }

            return Results.Json(Body(alert), EventFormats.Json, statusCode: StatusCodes.Status201Created);
        }, cancellationToken);
    }

    private static Task<IResult> Remove(string name, StoreProvider stores, CancellationToken cancellationToken) =>
        stores.RunAsync(store =>
        {
            using var book = AlertBook.Of(StoreProvider.Unwrap(store));
            try
            {
                book.Remove(name);
                return Results.NoContent();
            }
            catch (AlertException e)
            {
                return Problems.Result(404, "Not found", e.Message + ".");
            }
        }, cancellationToken);

    private static Task<IResult> Hits(string name, StoreProvider stores, CancellationToken cancellationToken) =>
        stores.RunAsync(store =>
        {
            if (Read(store, name) is not { } found)
            {
                return Problems.Result(404, "Not found", $"no alert named '{name}'.");
            }

            return Results.Json(new
            {
                alert = Body(found.Alert),
                hits = found.Hits.Select(static h => new
                {
                    document_id = h.Hit.DocumentId,
                    title = h.Document?.Title,
                    url = h.Document?.Url,
                    source = h.Document?.Source,
                    published = h.Document?.Published,
                    hit_at = Time(h.Hit.HitAt),
                    delivered_at = h.Hit.DeliveredAt is { } d ? Time(d) : null,
                    attempts = h.Hit.Attempts,
                    last_error = h.Hit.LastError,
                }),
            }, EventFormats.Json);
        }, cancellationToken);

    /// <summary>The alert's hits as an Atom feed: one entry per article, newest first, linking to its page here.</summary>
    private static Task<IResult> Feed(string name, HttpContext context, StoreProvider stores, CancellationToken cancellationToken)
    {
        var self = $"{context.Request.Scheme}://{context.Request.Host}";
        return stores.RunAsync(store =>
        {
            if (Read(store, name) is not { } found)
            {
                // Not under /api: the error middleware answers an error page, as for the other pages.
                return Results.NotFound();
            }

            var updated = found.Hits.Count > 0 ? Time(found.Hits[0].Hit.HitAt) : "1970-01-01T00:00:00Z";
            var feed = new XElement(Atom + "feed",
                new XElement(Atom + "title", $"Marsad alert: {name}"),
                new XElement(Atom + "id", $"urn:marsad:alert:{name}"),
                new XElement(Atom + "updated", updated),
                new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", $"{self}/alerts/{name}.atom")),
                found.Hits.Select(h => new XElement(Atom + "entry",
                    new XElement(Atom + "title", h.Document?.Title ?? h.Document?.Source ?? h.Hit.DocumentId),
                    new XElement(Atom + "id", $"urn:marsad:document:{h.Hit.DocumentId}"),
                    new XElement(Atom + "updated", Time(h.Hit.HitAt)),
                    new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{self}/documents/{h.Hit.DocumentId}")),
                    h.Document?.Url is { } url ? new XElement(Atom + "link", new XAttribute("rel", "related"), new XAttribute("href", url)) : null,
                    new XElement(Atom + "summary", h.Document?.Published is { } published ? $"{published} · {h.Document.Source}" : h.Document?.Source ?? ""))));
            return Results.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed, "application/atom+xml; charset=utf-8");
        }, cancellationToken);
    }

    private static (Alert Alert, List<(AlertHit Hit, StoredDocument? Document)> Hits)? Read(IStore store, string name)
    {
        using var book = AlertBook.Of(StoreProvider.Unwrap(store));
        if (book.Find(name) is not { } alert)
        {
            return null;
        }

        return (alert, [.. book.Hits(name, FeedEntries).Select(h => (h, store.Document(h.DocumentId)))]);
    }

    private static AlertBody Body(Alert a) => new(a.Name, a.Query, a.Entity, a.Actor, a.Recipient, a.EventType, a.Country, a.Webhook);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
