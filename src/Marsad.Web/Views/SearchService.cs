using Marsad.Storage;
using Marsad.Storage.Search;
using Marsad.Web.Api;

namespace Marsad.Web.Views;

/// <summary>A search as the API and the search page ask it.</summary>
internal sealed record SearchRequest(string Query)
{
    public string? Entity { get; init; }

    public string? EventType { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>A source key: the host of the article's URL, else its source name.</summary>
    public string? Source { get; init; }

    public int Limit { get; init; } = 10;

    public int Offset { get; init; }

    /// <summary>Only the query's own words, not the other words of their root (see <see cref="SearchQuery.Exact"/>).</summary>
    public bool Exact { get; init; }

    /// <summary>The language of the names on the search page (the API's labels are English).</summary>
    public Pages.PageLanguage Language { get; init; }

    public static SearchRequest FromQuery(IQueryCollection query) => Parse(
        Parameters.Text(query, "q"),
        Parameters.Text(query, "entity"),
        Parameters.Text(query, "type"),
        Parameters.Text(query, "from"),
        Parameters.Text(query, "to"),
        Parameters.Text(query, "source"),
        Parameters.Text(query, "limit"),
        Parameters.Text(query, "offset"),
        Parameters.Text(query, "exact"));

    public static SearchRequest Parse(
        string? q, string? entity, string? type, string? from, string? to, string? source, string? limit, string? offset, string? exact = null)
    {
        var (fromDate, toDate) = Parameters.Range(from, to);
        return new SearchRequest(Parameters.Query("q", q) ?? "")
        {
            Entity = Parameters.EntityId("entity", entity),
            EventType = Parameters.EventType("type", type),
            From = fromDate,
            To = toDate,
            Source = Parameters.Text("source", source),
            Limit = Parameters.Int("limit", limit, 10, 1, 100),
            Offset = Parameters.Int("offset", offset, 0, 0, SearchService.Window),
            Exact = Parameters.Flag("exact", exact),
        };
    }
}

/// <summary>A hit of the page shown: the store's hit, its document's text, its snippet without marks and its source key.</summary>
internal sealed record SearchResultHit(SearchHit Hit, string DocumentText, HighlightedSnippet Snippet, string SourceKey)
{
    public StoredDocument Document => Hit.Document;
}

/// <summary>A facet's value with its label (English, as the API gives it), its Arabic label where there is one, and its count.</summary>
internal sealed record FacetValue(string Value, string Label, int Documents)
{
    public string? LabelAr { get; init; }
}

/// <summary>Counts of the documents found, by entity, event type and source, and their events for a timeline.</summary>
internal sealed record SearchFacets(
    IReadOnlyList<FacetValue> Entities,
    IReadOnlyList<FacetValue> EventTypes,
    IReadOnlyList<FacetValue> Sources,
    IReadOnlyList<FacetValue> Months,
    IReadOnlyList<(string? Date, string Type)> Events);

internal sealed record SearchResult(SearchRequest Request, int Total, bool WindowFull, IReadOnlyList<SearchResultHit> Hits, SearchFacets Facets);

/// <summary>
/// Search with facets and paging over the store's ranked full-text search. The store ranks the best
/// <see cref="Window"/> matches (filtered by entity, type and dates there); the source filter and pages
/// are computed over that window, the entity and type facets and the timeline by the store's own counts
/// over the documents of the window (<see cref="IStore.Facets"/>), and a full window is reported as such.
/// </summary>
internal static class SearchService
{
    public const int Window = 200;
    public const int FacetSize = 12;

    public static SearchResult Run(IStore store, SearchRequest request)
    {
        var found = store.Search(new SearchQuery(request.Query)
        {
            Entity = request.Entity,
            EventType = request.EventType,
            From = request.From,
            To = request.To,
            Limit = Window,
            Exact = request.Exact,
        });
        var hits = found
            .Select(h => (Hit: h, SourceKey: SourceKey(h.Document)))
            .Where(h => request.Source is null || string.Equals(h.SourceKey, request.Source, StringComparison.Ordinal))
            .ToList();

        var counts = store.Facets([.. hits.Select(static h => h.Hit.Document.Id)]);
        var facets = new SearchFacets(
            // Entities found in as many documents rank by how often those documents name them.
            [.. counts.Entities.OrderByDescending(static e => e.Documents).ThenByDescending(static e => e.Mentions).ThenBy(static e => e.Id, StringComparer.Ordinal)
                .Take(FacetSize).Select(static e => new FacetValue(e.Id, e.Name, (int)e.Documents) { LabelAr = e.NameAr })],
            Top(counts.EventTypes.Select(static t => new FacetValue(t.Type, t.Type, (int)t.Documents))),
            Top(hits.GroupBy(static h => h.SourceKey, StringComparer.Ordinal).Select(static g => new FacetValue(g.Key, g.Key, g.Count()))),

            // Publication months, newest first: each narrows the date range to that month.
            [.. hits.Where(static h => h.Hit.Document.Published is { Length: >= 7 })
                .GroupBy(static h => h.Hit.Document.Published![..7], StringComparer.Ordinal)
                .OrderByDescending(static g => g.Key, StringComparer.Ordinal)
                .Take(FacetSize)
                .Select(static g => new FacetValue(g.Key, g.Key, g.Count()))],
            counts.Events);
        var page = hits.Skip(request.Offset).Take(request.Limit)
            .Select(h => (h.Hit, h.SourceKey, Text: store.Text(h.Hit.Document.Id) ?? ""))
            .Select(h => new SearchResultHit(h.Hit, h.Text, SearchHitFormat.Highlight(h.Hit.Snippet, h.Text), h.SourceKey));
        return new SearchResult(request, hits.Count, found.Count == Window, [.. page], facets);
    }

    public static string SourceKey(StoredDocument document) =>
        document.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : document.Source;

    private static FacetValue[] Top(IEnumerable<FacetValue> values) =>
        [.. values.OrderByDescending(static v => v.Documents).ThenBy(static v => v.Value, StringComparer.Ordinal).Take(FacetSize)];
}
