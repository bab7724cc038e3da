using System.Globalization;
using Marsad.Model;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Web.Api;
using Marsad.Web.Hosting;
using Marsad.Web.Views;

namespace Marsad.Web.Pages;

/// <summary>The pages: search, article, events, entity, dyad and the box that analyses a pasted article.</summary>
internal static class PageEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", Search).ExcludeFromDescription();
        app.MapGet("/documents/{id}", Document).ExcludeFromDescription();
        app.MapGet("/events", Events).ExcludeFromDescription();
        app.MapGet("/entity", Entity).ExcludeFromDescription();
        app.MapGet("/dyad", Dyad).ExcludeFromDescription();
        app.MapGet("/analyze", AnalyzeForm).ExcludeFromDescription();
        app.MapPost("/analyze", Analyze).ExcludeFromDescription();
        SourcesPage.Map(app);
        AlertsPage.Map(app);
    }

    // Each page parses its parameters on the request, then reads the store and renders away from it
    // (StoreProvider.RunAsync), so a request that runs out of time is answered 503 and never waits on the store.
    private static Task<IResult> Search(HttpContext context, StoreProvider stores, MarsadWebOptions options)
    {
        var request = SearchRequest.FromQuery(context.Request.Query) with { Language = PageLanguages.Of(context.Request) };
        var now = options.Clock.GetUtcNow();
        return stores.RunAsync(store => SearchPage(store, request, now), context.RequestAborted);
    }

    private static IResult SearchPage(IStore store, SearchRequest request, DateTimeOffset now)
    {
        var h = new Html();
        h.Open("section", ("class", "search"));
        h.Open("form", ("method", "get"), ("action", "/"), ("class", "filters"), ("role", "search"));
        Field(h, "q", "كلمات البحث", "Search", request.Query, "search", wide: true);
        EntityField(h, "entity", "كيان", "Entity", request.Entity);
        Field(h, "type", "نوع الحدث", "Event type", request.EventType, "text");
        Field(h, "from", "من", "From", Iso(request.From), "text", placeholder: "YYYY-MM-DD");
        Field(h, "to", "إلى", "To", Iso(request.To), "text", placeholder: "YYYY-MM-DD");
        Field(h, "source", "المصدر", "Source", request.Source, "text");
        h.Open("button", ("type", "submit")).Text("ابحث ").Element("span", "Search", ("class", "en")).Close("button");
        h.Close("form");

        if (request.Query.Length == 0)
        {
            var stats = store.Stats();
            h.Element("p", $"في المخزن {ArabicCount.Phrase(stats.Documents, CountedNoun.Article)} و{ArabicCount.Phrase(stats.Events, CountedNoun.Event)} · {stats.Documents} documents, {stats.Events} events in the store", ("class", "note"));
            NowPanel.Render(h, store, now, request.Language);
            return Layout.Page("بحث", h.Close("section"));
        }

        var result = SearchService.Run(store, request);
        h.Open("div", ("class", "results-layout"));
        Facets(h, result);
        h.Open("div", ("class", "results"));
        var total = result.Total.ToString(CultureInfo.InvariantCulture) + (result.WindowFull ? "+" : "");
        var counted = ArabicCount.Phrase(result.Total, CountedNoun.Result, result.WindowFull ? total : null);
        h.Element("p", $"{counted} · {total} results", ("class", "count"), ("id", "result-count"));
        h.Open("ol", ("class", "hits"), ("start", (request.Offset + 1).ToString(CultureInfo.InvariantCulture)));
        foreach (var hit in result.Hits)
        {
            h.Open("li", ("class", "hit"), ("data-document", hit.Document.Id));
            h.Open("a", ("href", "/documents/" + hit.Document.Id), ("class", "hit-title")).Text(hit.Document.Title ?? hit.Document.Source).Close("a");
            h.Open("p", ("class", "hit-meta")).Element("bdi", hit.Document.Published ?? "undated").Text(" · ").Element("bdi", hit.SourceKey).Close("p");
            h.Open("p", ("class", "snippet"));
            var cursor = 0;
            foreach (var span in hit.Snippet.Highlights)
            {
                h.Text(hit.Snippet.Text[cursor..span.Start]).Element("mark", hit.Snippet.Text[span.Start..span.End], ("class", "hl"));
                cursor = span.End;
            }

            h.Text(hit.Snippet.Text[cursor..]).Close("p").Close("li");
        }

        h.Close("ol");
        Pager(h, request, result.Total);
        h.Close("div").Close("div");
        TimelineSvg.Render(h, Timeline.Build(result.Facets.Events, whole: request.From is not null || request.To is not null), "«" + request.Query + "»");
        return Layout.Page(request.Query, h.Close("section"));
    }

    private static void Facets(Html h, SearchResult result)
    {
        var request = result.Request;
        h.Open("aside", ("class", "facets"));
        Facet(h, "الكيانات", "Entities", "entity", result.Facets.Entities, request, v => request with { Entity = v, Offset = 0 });
        Facet(h, "أنواع الأحداث", "Event types", "type", result.Facets.EventTypes, request, v => request with { EventType = v, Offset = 0 });
        Facet(h, "المصادر", "Sources", "source", result.Facets.Sources, request, v => request with { Source = v, Offset = 0 });
        Facet(h, "شهر النشر", "Published", "month", result.Facets.Months, request, v => request with
        {
            From = v is null ? null : Parameters.Date("from", v, upperBound: false),
            To = v is null ? null : Parameters.Date("to", v, upperBound: true),
            Offset = 0,
        });
        h.Close("aside");
    }

    private static void Facet(Html h, string ar, string en, string name, IReadOnlyList<FacetValue> values, SearchRequest request, Func<string?, SearchRequest> with)
    {
        h.Open("section", ("class", "facet"), ("data-facet", name)).Heading("h3", ar, en).Open("ul");
        foreach (var value in values)
        {
            var label = name == "entity" ? request.Language.Name(value.Label, value.LabelAr, value.Value) : value.Label;
            h.Open("li").Open("a", ("href", SearchUrl(with(value.Value))), ("title", value.Value)).Say(label).Close("a").Text(" ").Element("span", value.Documents.ToString(CultureInfo.InvariantCulture), ("class", "n")).Close("li");
        }

        var current = name switch
        {
            "entity" => request.Entity,
            "type" => request.EventType,
            "month" => request.From is null && request.To is null ? null : $"{Iso(request.From)}…{Iso(request.To)}",
            _ => request.Source,
        };
        if (current is not null)
        {
            h.Open("li").Link(SearchUrl(with(null)), "× " + current, "clear").Close("li");
        }

        h.Close("ul").Close("section");
    }

    private static void Pager(Html h, SearchRequest request, int total)
    {
        h.Open("nav", ("class", "pager"));
        if (request.Offset > 0)
        {
            h.Link(SearchUrl(request with { Offset = Math.Max(0, request.Offset - request.Limit) }), "السابق · Previous");
        }

        if (request.Offset + request.Limit < total)
        {
            h.Link(SearchUrl(request with { Offset = request.Offset + request.Limit }), "التالي · Next");
        }

        h.Close("nav");
    }

    private static string SearchUrl(SearchRequest r) => Html.Query(
        "/",
        ("q", r.Query),
        ("entity", r.Entity),
        ("type", r.EventType),
        ("from", Iso(r.From)),
        ("to", Iso(r.To)),
        ("source", r.Source),
        ("offset", r.Offset == 0 ? null : r.Offset.ToString(CultureInfo.InvariantCulture)),
        ("lang", r.Language.Query()));

    private static Task<IResult> Document(HttpContext context, StoreProvider stores, string id)
    {
        if (!ApiEndpoints.IsDocumentId(id))
        {
            throw new BadParameterException("id", $"a document id is 64 lower-case hex digits, not '{id}'.");
        }

        var language = PageLanguages.Of(context.Request);
        return stores.RunAsync(store => DocumentPage(store, id, language), context.RequestAborted);
    }

    private static IResult DocumentPage(IStore store, string id, PageLanguage language)
    {
        if (store.Document(id) is not { } document || store.AnalysisJson(id) is not { } json)
        {
            return Layout.Page("غير موجود", new Html().Heading("h1", "غير موجود", "Not found").Element("p", $"no stored document has the id {id}."), 404);
        }

        var view = AnalysisView.Parse(json) with { Language = language };
        return Layout.Page(view.Title ?? view.Source, ArticleView.Render(new Html(), view, document));
    }

    private static Task<IResult> Events(HttpContext context, StoreProvider stores)
    {
        var query = context.Request.Query;
        var eventQuery = Parameters.EventFilters(query);
        var limit = Parameters.Int(query, "limit", 200, 1, MaxTableRows);
        var language = PageLanguages.Of(context.Request);
        return stores.RunAsync(store => EventsPage(store, eventQuery, limit, language), context.RequestAborted);
    }

    /// <summary>The most rows a page's events table shows; the CSV download has them all (up to its own limit).</summary>
    private const int MaxTableRows = 1000;

    private static IResult EventsPage(IStore store, EventQuery eventQuery, int limit, PageLanguage language)
    {
        var all = store.Events(eventQuery);
        var h = new Html();
        h.Open("section", ("class", "events-page")).Heading("h1", "الأحداث", "Events");
        EventFilterForm.Render(h, eventQuery, "/events");
        var filters = EventFilterForm.Pairs(eventQuery);
        h.Open("p", ("class", "downloads"));
        h.Open("a", ("href", Html.Query("/api/events", [.. filters, ("format", "csv"), ("limit", "10000")])), ("download", "marsad-events.csv"), ("id", "csv-download")).Say("تنزيل CSV ").Element("span", "Download CSV", ("class", "en")).Close("a");
        h.Text(" · ").Link(Html.Query("/api/events", [.. filters, ("format", "plover"), ("limit", "10000")]), "PLOVER JSON lines");
        h.Text(" · ").Link(Html.Query("/api/events.geojson", [.. filters, ("limit", "10000")]), "GeoJSON");
        h.Text(" · ").Link(Html.Query("/map", filters), "الخريطة · map");
        h.Close("p");
        TimelineSvg.Render(h, TimelineService.Of(all, whole: eventQuery.From is not null || eventQuery.To is not null), "الأحداث المختارة · selected events");
        h.Element("p", $"{all.Count} حدثا · events" + (all.Count > limit ? $" (أول {limit} · first {limit} shown)" : ""), ("class", "count"));
        EventTable.Render(h, [.. all.Take(limit)], language);
        return Layout.Page("الأحداث", h.Close("section"));
    }

    private static Task<IResult> Entity(HttpContext context, StoreProvider stores)
    {
        var id = Parameters.EntityId(context.Request.Query, "id") ?? throw new BadParameterException("id", "the entity page needs ?id=, such as ?id=KAZ.");
        var language = PageLanguages.Of(context.Request);
        return stores.RunAsync(store => EntityPage(store, id, language), context.RequestAborted);
    }

    private static IResult EntityPage(IStore store, string id, PageLanguage language)
    {
        if (store.Entity(id, 12) is not { } profile)
        {
            return Layout.Page(id, new Html().Heading("h1", "غير موجود", "Not found").Element("p", $"no stored document mentions '{id}'."), 404);
        }

        var h = new Html();
        h.Open("section", ("class", "entity-page"), ("data-entity-page", profile.Entity.Id));
        h.Open("h1").Text(profile.Entity.NameAr ?? profile.Entity.Name ?? id).Text(" ").Element("span", profile.Entity.Name, ("class", "en")).Close("h1");
        h.Open("p", ("class", "meta")).Element("span", profile.Type, ("class", "ent ent-" + profile.Type)).Text(" ").Element("code", profile.Entity.Id, ("dir", "ltr"))
            .Say($" · {ArabicCount.Phrase(profile.Mentions, CountedNoun.Mention)} في {ArabicCount.Phrase(profile.Documents, CountedNoun.Article)} · {profile.Mentions} mentions in {profile.Documents} documents").Close("p");
        var events = TimelineService.EntityEvents(store, id, null, null, null);
        TimelineSvg.Render(h, TimelineService.Of(events), profile.Entity.Name ?? id);

        h.Open("div", ("class", "columns"));
        h.Open("section").Heading("h2", "الأحداث حسب النوع", "Events by type").Open("table", ("class", "small")).Open("thead").Open("tr")
            .Element("th", "Event").Element("th", "as actor").Element("th", "as recipient").Close("tr").Close("thead").Open("tbody");
        foreach (var (type, asActor, asRecipient) in profile.EventsByType)
        {
            h.Open("tr").Open("td").Element("span", type, ("class", "type t-" + type)).Close("td")
                .Element("td", N(asActor)).Element("td", N(asRecipient)).Close("tr");
        }

        h.Close("tbody").Close("table").Close("section");
        h.Open("section").Heading("h2", "يذكر مع", "Co-mentioned").Open("ul", ("class", "co-mentioned"));
        foreach (var (other, documents) in profile.CoMentioned)
        {
            h.Open("li").Link(Html.Query("/entity", ("id", other.Id)), language.Name(other.Name, other.NameAr, other.Id))
                .Say($" ({documents}) ").Link(Html.Query("/dyad", ("a", profile.Entity.Id), ("b", other.Id)), "العلاقة · dyad", "dyad-link").Close("li");
        }

        h.Close("ul").Close("section");
        h.Open("section").Heading("h2", "الذكر عبر الزمن", "Mentions over time").Open("table", ("class", "small")).Open("tbody");
        foreach (var (period, mentions, documents) in profile.MentionsOverTime)
        {
            h.Open("tr").Element("td", period, ("dir", "ltr")).Element("td", $"{mentions} mentions").Element("td", $"{documents} documents").Close("tr");
        }

        h.Close("tbody").Close("table").Close("section").Close("div");
        h.Heading("h2", "الأحداث", "Events");
        EventTable.Render(h, [.. events.Take(MaxTableRows)], language);
        h.Open("p").Link(Html.Query("/", ("q", profile.Entity.NameAr ?? profile.Entity.Name ?? id), ("entity", id)), "مقالات تذكره · articles that mention it").Close("p");
        return Layout.Page(profile.Entity.Name ?? id, h.Close("section"));
    }

    private static async Task<IResult> Dyad(HttpContext context, StoreProvider stores)
    {
        var query = context.Request.Query;
        var a = Parameters.EntityId(query, "a");
        var b = Parameters.EntityId(query, "b");
        var type = Parameters.EventType(query);
        var (from, to) = Parameters.Range(query);
        var language = PageLanguages.Of(context.Request);
        return a is null || b is null
            ? DyadPage(null, a, b, type, from, to, language)
            : await stores.RunAsync(store => DyadPage(store, a, b, type, from, to, language), context.RequestAborted).ConfigureAwait(false);
    }

    private static IResult DyadPage(IStore? store, string? a, string? b, string? type, DateOnly? from, DateOnly? to, PageLanguage language)
    {
        var h = new Html();
        h.Open("section", ("class", "dyad-page")).Heading("h1", "العلاقة بين طرفين", "Dyad");
        h.Open("form", ("method", "get"), ("action", "/dyad"), ("class", "filters"));
        EntityField(h, "a", "الطرف الأول", "Actor A", a);
        EntityField(h, "b", "الطرف الثاني", "Actor B", b);
        TypeAndDateFields(h, type, from, to);
        h.Open("button", ("type", "submit")).Text("عرض ").Element("span", "Show", ("class", "en")).Close("button");
        h.Close("form");
        if (store is null || a is null || b is null)
        {
            h.Element("p", "اختر طرفين، مثل KAZ و ISR · Choose two entity ids, such as KAZ and ISR.", ("class", "note"));
            return Layout.Page("العلاقة", h.Close("section"));
        }

        var events = store.Events(new EventQuery { Dyad = (a, b), EventType = type, From = from, To = to });
        var nameA = Name(store, a, language);
        var nameB = Name(store, b, language);
        h.Open("h2", ("class", "dyad-title")).Link(Html.Query("/entity", ("id", a)), nameA).Text(" ⇄ ").Link(Html.Query("/entity", ("id", b)), nameB).Close("h2");
        TimelineSvg.Render(h, TimelineService.Of(events), $"{nameA} ⇄ {nameB}");
        var byType = events.GroupBy(static e => PloverTypes.Name(e.Event), StringComparer.Ordinal).OrderByDescending(static g => g.Count());
        h.Open("ul", ("class", "legend dyad-summary"));
        foreach (var group in byType)
        {
            // Rolled up: an actor of A's country counts as A.
            var forward = group.Count(e => e.Actor.Any(x => x.Id == a || x.Country == a));
            h.Open("li").Element("span", group.Key, ("class", "type t-" + group.Key)).Say($" {group.Count()} ({a} → {b}: {forward}, {b} → {a}: {group.Count() - forward})").Close("li");
        }

        h.Close("ul");
        h.Open("p", ("class", "downloads")).Open("a", ("href", Html.Query("/api/dyad", ("a", a), ("b", b), ("type", type), ("from", Iso(from)), ("to", Iso(to)), ("format", "csv"), ("limit", "10000"))), ("download", "marsad-dyad.csv")).Say("تنزيل CSV ").Element("span", "Download CSV", ("class", "en")).Close("a").Close("p");
        EventTable.Render(h, [.. events.Take(MaxTableRows)], language);
        return Layout.Page($"{nameA} ⇄ {nameB}", h.Close("section"));
    }

    private static string Name(IStore store, string id, PageLanguage language) => store.Entity(id, 1)?.Entity is { } e ? language.Name(e.Name, e.NameAr, id) : id;

    private static IResult AnalyzeForm(Access access) => Layout.Page("تحليل نص", AnalyzeBox(new Html(), "", null, access));

    /// <summary>
    /// The paste box. Analysing costs like a write, so the form carries the API key (a password field the browser
    /// may remember; a plain form cannot send a header). No cookie is set, so there is no ambient credential for
    /// another site's page to borrow, and the key is never written back into the page.
    /// </summary>
    private static Html AnalyzeBox(Html h, string text, string? published, Access access)
    {
        h.Open("section", ("class", "analyze")).Heading("h1", "تحليل نص", "Analyse an article");
        h.Element("p", "الصق مقالا لترى تحليله دون حفظه · Paste an article to see its analysis; nothing is stored.", ("class", "note"));
        if (!access.WritingEnabled)
        {
            h.Element("p", "التحليل معطل: شغّل الخادم مع MARSAD_API_KEY · Analysing is disabled: this server was started without MARSAD_API_KEY.", ("class", "note"), ("id", "analyze-disabled"));
        }

        h.Open("form", ("method", "post"), ("action", "/analyze"), ("class", "analyze-form"));
        h.Open("label", ("for", Access.FormField)).Text("مفتاح الكتابة ").Element("span", "API key", ("class", "en")).Close("label");
        h.Open("input", ("type", "password"), ("id", Access.FormField), ("name", Access.FormField), ("autocomplete", "current-password"), ("required", "required"), ("dir", "ltr"));
        h.Open("label", ("for", "published")).Text("تاريخ النشر ").Element("span", "Published", ("class", "en")).Close("label");
        h.Open("input", ("type", "text"), ("id", "published"), ("name", "published"), ("value", published), ("placeholder", "YYYY-MM-DD"), ("dir", "ltr"));
        h.Open("textarea", ("name", "text"), ("id", "text"), ("rows", "12"), ("required", "required")).Text(text).Close("textarea");
        h.Open("button", ("type", "submit")).Text("حلل ").Element("span", "Analyse", ("class", "en")).Close("button");
        return h.Close("form").Close("section");
    }

    /// <summary>Analyses the pasted article. The key and the request's origin were checked before it got here (<see cref="AccessControl"/>).</summary>
    private static async Task<IResult> Analyze(HttpContext context, MarsadPipeline pipeline, Access access)
    {
        if (!context.Request.HasFormContentType)
        {
            throw new BadParameterException("text", "send the form of this page.");
        }

        var form = await FormInput.ReadAsync(context).ConfigureAwait(false);
        var text = form["text"].ToString();
        var published = form["published"].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BadParameterException("text", "paste an article to analyse.");
        }

        var article = ArticleInput.FromForm(text, published);
        var view = new AnalysisView(await Task.Run(() => pipeline.Analyze(article), CancellationToken.None).WaitAsync(context.RequestAborted).ConfigureAwait(false))
        {
            Language = PageLanguages.Of(context.Request),
        };
        var h = AnalyzeBox(new Html(), text, published, access);
        return Layout.Page("تحليل نص", ArticleView.Render(h, view, null));
    }

    /// <summary>The event type and date range fields the events and dyad filters share.</summary>
    private static void TypeAndDateFields(Html h, string? type, DateOnly? from, DateOnly? to)
    {
        Field(h, "type", "النوع", "Event type", type, "text");
        Field(h, "from", "من", "From", Iso(from), "text", placeholder: "YYYY-MM-DD");
        Field(h, "to", "إلى", "To", Iso(to), "text", placeholder: "YYYY-MM-DD");
    }

    internal static void Field(Html h, string name, string ar, string en, string? value, string type, bool wide = false, string? placeholder = null)
    {
        h.Open("label", ("class", wide ? "field wide" : "field")).Open("span", ("class", "label")).Text(ar + " ").Element("span", en, ("class", "en")).Close("span");
        h.Open("input", ("type", type), ("name", name), ("value", value), ("placeholder", placeholder), ("dir", type == "search" ? null : "auto")).Close("label");
    }

    /// <summary>
    /// A field that takes an entity id, with suggestions as the user types a name in Arabic or English
    /// (marsad.js fills its list from <c>GET /api/entities?q=</c>; without the script it is a plain field).
    /// </summary>
    internal static void EntityField(Html h, string name, string ar, string en, string? value)
    {
        var list = "suggest-" + name;
        h.Open("label", ("class", "field")).Open("span", ("class", "label")).Text(ar + " ").Element("span", en, ("class", "en")).Close("span");
        h.Open("input", ("type", "text"), ("name", name), ("value", value), ("dir", "auto"), ("list", list), ("autocomplete", "off"), ("data-suggest", "entities")).Close("label");
        h.Open("datalist", ("id", list)).Close("datalist");
    }

    internal static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
