using System.Globalization;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Output;
using Marsad.Storage;
using Marsad.Web.Api;
using Marsad.Web.Hosting;
using Marsad.Web.Views;

namespace Marsad.Web.Pages;

/// <summary>
/// <c>/map</c>: the events of the events page's filters on a world map drawn on the server from Natural
/// Earth's shapes (no tiles, no script needed): countries shaded by how many events took place in them,
/// events as points, clustered where dense, each a link — one event to its sentence in its article, a
/// cluster to the events page for the circle it covers — and the events without coordinates counted.
/// </summary>
internal static class MapPage
{
    /// <summary>Upper bounds of the shades: 1, 2–5, 6–20, 21–100, more.</summary>
    private static readonly int[] Shades = [1, 5, 20, 100];

    public static void Map(WebApplication app) => app.MapGet("/map", Page).ExcludeFromDescription();

    private static Task<IResult> Page(HttpContext context, StoreProvider stores)
    {
        var query = Parameters.EventFilters(context.Request.Query);
        var language = PageLanguages.Of(context.Request);
        return stores.RunAsync(store => Render(store, query, language), context.RequestAborted);
    }

    private static IResult Render(IStore store, EventQuery query, PageLanguage language)
    {
        var events = store.Events(query with { Limit = Parameters.MaxExport });
        var placed = events.Where(static e => e.Place is { Lat: not null, Lon: not null }).ToList();
        var byCountry = events.Where(static e => e.Place?.Country is not null)
            .GroupBy(static e => e.Place!.Country!, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.Count(), StringComparer.Ordinal);
        var filters = EventFilterForm.Pairs(query);

        var h = new Html();
        h.Open("section", ("class", "map-page")).Heading("h1", "الخريطة", "Map");
        EventFilterForm.Render(h, query, "/map");
        h.Open("p", ("class", "downloads"));
        h.Link(Html.Query("/events", filters), "الأحداث نفسها في جدول · the same events as a table");
        h.Text(" · ").Link(Html.Query("/api/events.geojson", [.. filters, ("limit", Parameters.MaxExport.ToString(CultureInfo.InvariantCulture))]), "GeoJSON");
        h.Close("p");
        var without = events.Count - placed.Count;
        h.Element(
            "p",
            $"{ArabicCount.Phrase(placed.Count, CountedNoun.Event)} على الخريطة، و{ArabicCount.Phrase(without, CountedNoun.Event)} بلا إحداثيات · {placed.Count} events on the map, {without} without coordinates",
            ("class", "count"),
            ("id", "map-count"));

        var (x, y, width, height) = ViewBox(placed);
        h.Open("figure", ("class", "world-map"), ("dir", "ltr"));
        h.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"{N(x)} {N(y)} {N(width)} {N(height)}"), ("role", "img"),
            ("aria-label", "خريطة الأحداث · map of the events"), ("preserveAspectRatio", "xMidYMid meet"), ("id", "event-map"));
        Countries(h, byCountry);
        Points(h, EventClusters.Of(placed, width / 36), width, filters, language);
        h.Close("svg");
        Legend(h);
        h.Close("figure");
        CountryTable(h, byCountry, filters, language);
        return Layout.Page("الخريطة", h.Close("section"));
    }

    /// <summary>
    /// The part of the world the events cover, padded, at least 40° by 20° and two wide for one high; the
    /// whole world without Antarctica when no event has coordinates.
    /// </summary>
    private static (double X, double Y, double Width, double Height) ViewBox(List<StoredEvent> placed)
    {
        if (placed.Count == 0)
        {
            return (-180, -84, 360, 144);
        }

        var xs = placed.Select(static e => e.Place!.Lon!.Value).ToList();
        var ys = placed.Select(static e => -e.Place!.Lat!.Value).ToList();
        var width = Math.Max(40, (xs.Max() - xs.Min()) * 1.4);
        var height = Math.Max(20, (ys.Max() - ys.Min()) * 1.4);
        (width, height) = (Math.Max(width, height * 2), Math.Max(height, width / 2));
        (width, height) = (Math.Min(width, 360), Math.Min(height, 180));
        var cx = Math.Clamp((xs.Max() + xs.Min()) / 2, -180 + (width / 2), 180 - (width / 2));
        var cy = Math.Clamp((ys.Max() + ys.Min()) / 2, -90 + (height / 2), 90 - (height / 2));
        return (cx - (width / 2), cy - (height / 2), width, height);
    }

    private static void Countries(Html h, Dictionary<string, int> byCountry)
    {
        var byNumeric = byCountry
            .Select(static c => (Numeric: CountryCodes.Numeric(c.Key), Iso3: c.Key, Count: c.Value))
            .Where(static c => c.Numeric is not null)
            .ToDictionary(static c => c.Numeric!, static c => (c.Iso3, c.Count), StringComparer.Ordinal);
        h.Open("g", ("class", "countries"));
        foreach (var shape in WorldMap.Countries)
        {
            var counted = shape.Numeric is not null && byNumeric.TryGetValue(shape.Numeric, out var c) ? c : default;
            var shade = counted.Count == 0 ? "c0" : "c" + (Array.FindIndex(Shades, s => counted.Count <= s) is var i and >= 0 ? i + 1 : Shades.Length + 1).ToString(CultureInfo.InvariantCulture);
            h.Open("path", ("d", shape.Path), ("class", "country " + shade), ("data-country", counted.Iso3), ("data-events", counted.Count == 0 ? null : N(counted.Count)));
            h.Element("title", counted.Count == 0 ? shape.Name : $"{shape.Name}: {counted.Count}");
            h.Close("path");
        }

        h.Close("g");
    }

    /// <summary>One event: a dot linking to its sentence. Several: a larger dot with their count, linking to the events within its circle.</summary>
    private static void Points(Html h, IReadOnlyList<EventCluster> clusters, double width, (string, string?)[] filters, PageLanguage language)
    {
        var unit = width / 180;
        h.Open("g", ("class", "points"));
        foreach (var cluster in clusters)
        {
            var (x, y) = WorldMap.Project(cluster.Lat, cluster.Lon);
            var count = cluster.Events.Count;
            string href;
            string title;
            if (count == 1)
            {
                var e = cluster.Events[0];
                var source = e.Sources.Count > 0 ? e.Sources[0] : null;
                href = source is null ? Html.Query("/events", filters) : Html.Query("/documents/" + source.DocumentId, ("lang", language.Query())) + "#event=" + Uri.EscapeDataString(source.EventId);
                title = $"{PloverTypes.Name(e.Event)} · {e.Place!.Name} · {e.Date ?? "undated"}";
            }
            else
            {
                var near = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(cluster.Lat, 4):R},{Math.Round(cluster.Lon, 4):R},{Math.Ceiling(cluster.RadiusKm + 1):R}");
                href = Html.Query("/events", [.. filters.Where(static f => f.Item1 != "near"), ("near", near)]);
                title = $"{count} events · {string.Join(", ", cluster.Events.Select(static e => e.Place!.Name).Distinct(StringComparer.Ordinal).Take(4))}";
            }

            h.Open("a", ("href", href), ("class", count == 1 ? "point" : "cluster"), ("data-events", N(count)));
            h.Element("title", title);
            h.Open("circle", ("cx", N(x)), ("cy", N(y)), ("r", N(unit * (count == 1 ? 1.6 : 2 + Math.Min(4, Math.Sqrt(count)))))).Close("circle");
            if (count > 1)
            {
                h.Element("text", N(count), ("x", N(x)), ("y", N(y + unit)), ("text-anchor", "middle"), ("font-size", N(unit * 2.6)));
            }

            h.Close("a");
        }

        h.Close("g");
    }

    private static void Legend(Html h)
    {
        h.Open("figcaption", ("dir", "rtl")).Open("ul", ("class", "legend"));
        var low = 1;
        for (var i = 0; i <= Shades.Length; i++)
        {
            var label = i < Shades.Length ? (low == Shades[i] ? N(low) : $"{low}–{Shades[i]}") : $"> {Shades[^1]}";
            // A range of digits is laid out left to right on its own, or the page's direction would read 2–5 as 5–2.
            h.Open("li").Element("span", "", ("class", "swatch c" + (i + 1).ToString(CultureInfo.InvariantCulture)))
                .Open("bdi", ("dir", "ltr")).Text(label).Close("bdi").Close("li");
            low = i < Shades.Length ? Shades[i] + 1 : low;
        }

        h.Open("li").Element("span", "", ("class", "swatch point")).Say("حدث · event").Close("li");
        h.Open("li").Element("span", "", ("class", "swatch cluster")).Say("مجموعة أحداث · cluster").Close("li");
        h.Close("ul").Close("figcaption");
    }

    private static void CountryTable(Html h, Dictionary<string, int> byCountry, (string, string?)[] filters, PageLanguage language)
    {
        if (byCountry.Count == 0)
        {
            h.Element("p", "لا أحداث ذات مكان · no events with a place", ("class", "empty"));
            return;
        }

        h.Heading("h2", "الأحداث حسب البلد", "Events by country");
        h.Open("div", ("class", "table-scroll")).Open("table", ("class", "small"), ("id", "country-counts"));
        h.Open("thead").Open("tr").Element("th", "البلد · country").Element("th", "الأحداث · events").Close("tr").Close("thead").Open("tbody");
        foreach (var (iso3, count) in byCountry.OrderByDescending(static c => c.Value).ThenBy(static c => c.Key, StringComparer.Ordinal))
        {
            var entry = KnowledgeBase.Default.ById.GetValueOrDefault(iso3);
            var name = language.Name(entry?.Name, entry?.Arabic.FirstOrDefault(), iso3);
            h.Open("tr", ("data-country", iso3)).Open("td")
                .Link(Html.Query("/map", [.. filters.Where(static f => f.Item1 != "country"), ("country", iso3)]), name).Text(" ").Element("code", iso3, ("dir", "ltr"))
                .Close("td").Open("td").Link(Html.Query("/events", [.. filters.Where(static f => f.Item1 != "country"), ("country", iso3)]), N(count)).Close("td").Close("tr");
        }

        h.Close("tbody").Close("table").Close("div");
    }

    private static string N(double value) => WorldMap.Number(value);
}
