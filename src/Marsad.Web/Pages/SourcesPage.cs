using System.Globalization;
using Marsad.Storage;
using Marsad.Storage.Monitoring;
using Marsad.Web.Hosting;

namespace Marsad.Web.Pages;

/// <summary>
/// <c>/sources</c>: the health of every source <c>marsad watch</c> polls (docs/MONITORING.md), read-only. The
/// unhealthy come first (the most failures in a row first), then the sources never polled, then the healthy;
/// so what needs a look is at the top however many sources are watched.
/// </summary>
internal static class SourcesPage
{
    public static void Map(WebApplication app) => app.MapGet("/sources", Page).ExcludeFromDescription();

    private static Task<IResult> Page(HttpContext context, StoreProvider stores, MarsadWebOptions options) =>
        stores.RunAsync(store => Render(store, options.Clock.GetUtcNow()), context.RequestAborted);

    private static IResult Render(IStore store, DateTimeOffset now)
    {
        using var state = WatchState.Of(StoreProvider.Unwrap(store));
        var sources = state.All()
            .OrderBy(static s => s.Health switch { "failing" => 0, "new" => 1, _ => 2 })
            .ThenByDescending(static s => s.Failures)
            .ThenBy(static s => s.Url, StringComparer.Ordinal)
            .ToList();

        var h = new Html();
        h.Open("section", ("class", "sources-page")).Heading("h1", "المصادر", "Sources");
        int failing = sources.Count(static s => s.Health == "failing"), fresh = sources.Count(static s => s.Health == "new");
        h.Element(
            "p",
            $"المصادر: {sources.Count}، منها {sources.Count - failing - fresh} سليم و{failing} متعثر و{fresh} لم يُستطلع بعد · {sources.Count} sources: {sources.Count - failing - fresh} ok, {failing} failing, {fresh} new",
            ("class", "count"),
            ("id", "sources-count"));
        if (sources.Count == 0)
        {
            h.Element("p", "لا مصادر بعد: شغّل marsad watch · No sources yet: run marsad watch", ("class", "empty"));
            return Layout.Page("المصادر", h.Close("section"));
        }

        h.Open("div", ("class", "table-scroll")).Open("table", ("class", "small sources"), ("id", "sources")).Open("thead").Open("tr");
        foreach (var (ar, en) in Columns)
        {
            h.Open("th").Text(ar + " ").Element("span", en, ("class", "en")).Close("th");
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var s in sources)
        {
            h.Open("tr", ("class", "health-" + s.Health), ("data-url", s.Url));
            h.Open("td").Element("span", HealthLabel(s.Health), ("class", "health " + s.Health)).Close("td");
            h.Open("td", ("class", "url"), ("dir", "ltr")).Link(s.Url, s.Url).Close("td");
            h.Element("td", Time(s.LastSuccess), ("class", "when"), ("dir", "ltr"));
            h.Open("td", ("class", "last-error"));
            if (s.LastError is not null)
            {
                h.Element("bdi", Time(s.LastErrorAt)).Text(" ").Element("span", s.LastError, ("class", "error-text"), ("dir", "ltr"));
            }

            h.Close("td");
            h.Element("td", N(s.Failures), ("class", "num failures"));
            h.Element("td", N(s.ItemsSeen), ("class", "num"));
            h.Element("td", N(s.Articles), ("class", "num"));
            h.Element("td", Due(s.NextDue, now), ("class", "when next"), ("dir", "ltr"));
            h.Close("tr");
        }

        h.Close("tbody").Close("table").Close("div");
        return Layout.Page("المصادر", h.Close("section"));
    }

    private static readonly (string Ar, string En)[] Columns =
    [
        ("الحالة", "Health"), ("المصدر", "Source"), ("آخر نجاح", "Last success"), ("آخر خطأ", "Last error"),
        ("إخفاقات متتالية", "Failures in a row"), ("المواد", "Items"), ("المقالات", "Articles"), ("الاستطلاع التالي", "Next poll"),
    ];

    private static string HealthLabel(string health) => health switch
    {
        "failing" => "متعثر · failing",
        "new" => "جديد · new",
        _ => "سليم · ok",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A stored time to the minute, UTC; a dash when there is none.</summary>
    internal static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "—";

    private static string Due(DateTimeOffset due, DateTimeOffset now) => due <= now
        ? "now"
        : string.Create(CultureInfo.InvariantCulture, $"{Time(due)} (in {Math.Ceiling((due - now).TotalMinutes)} min)");
}
