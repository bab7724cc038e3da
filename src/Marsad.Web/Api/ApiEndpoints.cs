using System.Text;
using System.Text.Json;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Storage.Search;
using Marsad.Web.Hosting;
using Marsad.Web.Views;
using Microsoft.AspNetCore.Mvc;

namespace Marsad.Web.Api;

/// <summary>The REST API under <c>/api</c>, described by the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        // Any request may be refused for its rate (429) or run out of time (503).
        var api = app.MapGroup("/api").WithTags("Marsad")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Arabic full-text search with filters, facets and paging; snippets carry the matched words as highlight spans.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/documents/{id}", Document)
            .WithName("GetDocument")
            .WithSummary("One stored document: its metadata and its full analysis (marsad.analysis/1).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/documents", Ingest)
            .WithName("IngestDocument")
            .WithSummary("Analyse an article and store it (needs the API key). 201 when added, 200 when already stored.")
            .Accepts<ArticleBody>("application/json", "text/plain", "text/html")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapPost("/analyze", Analyze)
            .WithName("Analyze")
            .WithSummary("Analyse an article without storing it (needs the API key, as every POST does); answers the marsad.analysis/1 JSON.")
            .Accepts<ArticleBody>("application/json", "text/plain", "text/html")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("/events", Events)
            .WithName("Events")
            .WithSummary("Events merged across sources, filtered, paged, as JSON, CSV or PLOVER JSON lines.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/dyad", Dyad)
            .WithName("Dyad")
            .WithSummary("The events between two actors (either way round) and their timeline.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        GeoJsonEndpoint.Map(api);
        EntitySearchEndpoint.Map(api);
        AlertEndpoints.Map(app, api);
        StoryEndpoints.Map(api);

        api.MapGet("/entities/{**id}", Entity)
            .WithName("Entity")
            .WithSummary("An entity's profile: mentions over time, events by type, co-mentioned entities.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/timeline", TimelineOf)
            .WithName("Timeline")
            .WithSummary("Events per day (or month, or year for long spans) by type, for a query, an entity, a dyad or everything.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/stats", Stats)
            .WithName("Stats")
            .WithSummary("Counts of what the store holds.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    private static async Task<IResult> Search(
        StoreProvider stores,
        [FromQuery] string? q,
        [FromQuery] string? entity,
        [FromQuery] string? type,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? source,
        [FromQuery] string? limit,
        [FromQuery] string? offset,
        [FromQuery] string? exact,
        CancellationToken cancellationToken)
    {
        var request = SearchRequest.Parse(q, entity, type, from, to, source, limit, offset, exact);
        if (request.Query.Length == 0)
        {
            throw new BadParameterException("q", "'q' is required: the words to search for.");
        }

        var result = await stores.RunAsync(store => SearchService.Run(store, request), cancellationToken).ConfigureAwait(false);
        return Json(new
        {
            query = request.Query,
            total = result.Total,
            total_is_lower_bound = result.WindowFull,
            offset = request.Offset,
            limit = request.Limit,
            hits = result.Hits.Select((h, i) =>
            {
                var hit = SearchHitFormat.Json(request.Offset + i + 1, h.Hit, h.Snippet, h.DocumentText);
                hit["link"] = "/api/documents/" + h.Document.Id;
                return hit;
            }),
            facets = new
            {
                entity = result.Facets.Entities.Select(Facet),
                type = result.Facets.EventTypes.Select(Facet),
                source = result.Facets.Sources.Select(Facet),
                month = result.Facets.Months.Select(Facet),
            },
        });
    }

    private static object Facet(FacetValue f) => new { value = f.Value, label = f.Label, documents = f.Documents };

    private static async Task<IResult> Document(StoreProvider stores, string id, CancellationToken cancellationToken)
    {
        if (!IsDocumentId(id))
        {
            throw new BadParameterException("id", $"a document id is 64 lower-case hex digits (the SHA-256 of its text), not '{id}'.");
        }

        var (document, analysis) = await stores.RunAsync(store => (store.Document(id), store.AnalysisJson(id)), cancellationToken).ConfigureAwait(false);
        if (document is null || analysis is null)
        {
            return Problems.Result(404, "Not found", $"no stored document has the id {id}.");
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AnalysisJsonWriter.WriterOptions()))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("document");
            JsonSerializer.Serialize(writer, DocumentJson(document), EventFormats.Json);
            writer.WritePropertyName("analysis");
            writer.WriteRawValue(analysis, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return Results.Text(Encoding.UTF8.GetString(buffer.ToArray()), "application/json", Encoding.UTF8);
    }

    private static object DocumentJson(StoredDocument d) => new
    {
        id = d.Id,
        source = d.Source,
        url = d.Url,
        title = d.Title,
        published = d.Published,
        cluster = d.Cluster,
        similar_to = d.SimilarTo,
        similarity = d.Similarity,
        ingested_at = d.IngestedAt,
        page = "/documents/" + d.Id,
    };

    /// <summary>Stores an article. The key was checked before the request got here (<see cref="AccessControl"/>), as for every write.</summary>
    private static async Task<IResult> Ingest(HttpContext context, StoreProvider stores, MarsadPipeline pipeline, MarsadWebOptions options)
    {
        var article = await ArticleInput.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        var now = options.Clock.GetUtcNow();

        // A write that runs out of time may still be stored; the id is the text's hash, so posting it again answers duplicate.
        var (analysis, outcome) = await stores.RunAsync(
            store =>
            {
                var analysis = pipeline.Analyze(article);
                return (analysis, store.Add([DocumentRecord.Create(analysis, article, now)]));
            },
            context.RequestAborted).ConfigureAwait(false);

        var body = new
        {
            id = analysis.Id,
            added = outcome.Added == 1,
            duplicate = outcome.Duplicates == 1,
            entities = analysis.Entities.Length,
            events = analysis.Events.Length,
            link = "/api/documents/" + analysis.Id,
            page = "/documents/" + analysis.Id,
        };
        if (outcome.Added == 0)
        {
            return Json(body);
        }

        context.Response.Headers.Location = body.link;
        return Results.Json(body, EventFormats.Json, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> Analyze(HttpContext context, MarsadPipeline pipeline, MarsadWebOptions options)
    {
        var article = await ArticleInput.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        var json = await Task.Run(() => AnalysisJson(pipeline.Analyze(article)), CancellationToken.None).WaitAsync(context.RequestAborted).ConfigureAwait(false);
        return Results.Text(json, "application/json", Encoding.UTF8);
    }

    public static string AnalysisJson(Model.Analysis analysis)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AnalysisJsonWriter.WriterOptions()))
        {
            AnalysisJsonWriter.Write(writer, analysis);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Task<IResult> Events(
        StoreProvider stores,
        MarsadWebOptions options,
        [AsParameters] EventFilters filters,
        [FromQuery] string? limit,
        [FromQuery] string? offset,
        [FromQuery] string? format,
        CancellationToken cancellationToken) =>
        EventsResult(stores, options, filters.ToQuery(), format, limit, offset, cancellationToken);

    private static Task<IResult> Dyad(
        StoreProvider stores,
        MarsadWebOptions options,
        [FromQuery] string? a,
        [FromQuery] string? b,
        [FromQuery] string? exact,
        [FromQuery] string? type,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? limit,
        [FromQuery] string? offset,
        [FromQuery] string? format,
        CancellationToken cancellationToken)
    {
        var first = Parameters.EntityId("a", a) ?? throw new BadParameterException("a", "'a' is required: the first actor's entity id.");
        var second = Parameters.EntityId("b", b) ?? throw new BadParameterException("b", "'b' is required: the second actor's entity id.");
        var (fromDate, toDate) = Parameters.Range(from, to);
        var query = new EventQuery
        {
            Dyad = (first, second), Exact = Parameters.Flag("exact", exact), EventType = Parameters.EventType("type", type), From = fromDate, To = toDate,
        };
        return EventsResult(stores, options, query, format, limit, offset, cancellationToken, withTimeline: true);
    }

    /// <summary>A page of events: JSON pages up to <see cref="Parameters.MaxPage"/> rows, CSV and PLOVER downloads up to <see cref="Parameters.MaxExport"/>.</summary>
    private static async Task<IResult> EventsResult(
        StoreProvider stores, MarsadWebOptions options, EventQuery query, string? format, string? limit, string? offset, CancellationToken cancellationToken, bool withTimeline = false)
    {
        var chosen = Parameters.Choice("format", format, "json", "json", "csv", "plover");
        var take = Parameters.Int("limit", limit, 100, 1, chosen == "json" ? Parameters.MaxPage : Parameters.MaxExport);
        var skip = Parameters.Int("offset", offset, 0, 0, Parameters.MaxOffset);
        var (events, timeline) = await stores.RunAsync(
            store => (store.Events(query with { Limit = skip + take }).Skip(skip).ToList(), withTimeline && chosen == "json" ? TimelineService.Of(store.Events(query)) : null),
            cancellationToken).ConfigureAwait(false);
        return chosen switch
        {
            "csv" => Results.Text(EventFormats.Csv(events), "text/csv; charset=utf-8", Encoding.UTF8),
            "plover" => Results.Text(EventFormats.PloverLines(events, options.Clock.GetUtcNow()), "application/x-ndjson; charset=utf-8", Encoding.UTF8),
            _ => Json(new
            {
                offset = skip,
                limit = take,
                count = events.Count,
                events = events.Select(EventFormats.ToJson),
                timeline = timeline is null ? null : TimelineJson(timeline),
            }),
        };
    }

    private static async Task<IResult> Entity(StoreProvider stores, string id, [FromQuery] string? top, CancellationToken cancellationToken)
    {
        var entityId = Parameters.EntityId("id", id) ?? throw new BadParameterException("id", "an entity id is required.");
        var count = Parameters.Int("top", top, 10, 1, 100);
        if (await stores.RunAsync(store => store.Entity(entityId, count), cancellationToken).ConfigureAwait(false) is not { } profile)
        {
            return Problems.Result(404, "Not found", $"no stored document mentions '{entityId}'.");
        }

        return Json(new
        {
            id = profile.Entity.Id,
            type = profile.Type,
            name = profile.Entity.Name,
            name_ar = profile.Entity.NameAr,
            country = profile.Entity.Country,
            sector = profile.Entity.Sector,
            documents = profile.Documents,
            mentions = profile.Mentions,
            mentions_over_time = profile.MentionsOverTime.Select(static m => new { period = m.Period, mentions = m.Mentions, documents = m.Documents }),
            events_by_type = profile.EventsByType.Select(static e => new { @event = e.Event, as_actor = e.AsActor, as_recipient = e.AsRecipient }),
            co_mentioned = profile.CoMentioned.Select(static c => new { id = c.Entity.Id, name = c.Entity.Name, documents = c.Documents }),
            page = "/entity?id=" + Uri.EscapeDataString(profile.Entity.Id),
        });
    }

    private static async Task<IResult> TimelineOf(
        StoreProvider stores,
        [FromQuery] string? q,
        [FromQuery] string? entity,
        [FromQuery] string? a,
        [FromQuery] string? b,
        [FromQuery] string? exact,
        [FromQuery] string? type,
        [FromQuery] string? from,
        [FromQuery] string? to,
        CancellationToken cancellationToken)
    {
        var (fromDate, toDate) = Parameters.Range(from, to);
        var (query, entityId, first, second, eventType) =
            (Parameters.Query("q", q), Parameters.EntityId("entity", entity), Parameters.EntityId("a", a), Parameters.EntityId("b", b), Parameters.EventType("type", type));
        var timeline = await stores.RunAsync(store => TimelineService.For(store, query, entityId, first, second, eventType, fromDate, toDate), cancellationToken).ConfigureAwait(false);
        return Json(TimelineJson(timeline));
    }

    private static object TimelineJson(Timeline t) => new
    {
        bucket = t.Bucket,
        types = t.Types,
        unplaced = t.Unplaced,
        earlier = t.Earlier,
        earlier_years = t.EarlierYears is var (first, last) ? new[] { first, last } : null,
        points = t.Points.Select(static p => new { period = p.Period, total = p.Total, counts = p.Counts }),
    };

    private static async Task<IResult> Stats(StoreProvider stores, CancellationToken cancellationToken) =>
        Json(StoreFormats.Stats(await stores.RunAsync(static store => store.Stats(), cancellationToken).ConfigureAwait(false)));

    private static IResult Json(object body) => Results.Json(body, EventFormats.Json);

    public static bool IsDocumentId(string id) => id.Length == 64 && id.All(static c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}

/// <summary>The JSON body of a POST: the article as plain text or as a page, and what the input does not carry.</summary>
/// <param name="Text">The article as plain text (or give Html).</param>
/// <param name="Html">The article as an HTML page; its main text, title and published date are read from it.</param>
/// <param name="Title">The title, if the text does not carry one.</param>
/// <param name="Url">The article's address (http or https).</param>
/// <param name="Published">The publication date, YYYY-MM-DD; relative dates resolve against it.</param>
/// <param name="Source">A name for where the article came from (default "api").</param>
internal sealed record ArticleBody(string? Text, string? Html, string? Title, string? Url, string? Published, string? Source);
