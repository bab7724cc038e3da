using Marsad.Storage;
using Marsad.Storage.Monitoring;
using Marsad.Web.Hosting;

namespace Marsad.Web.Pages;

/// <summary>
/// <c>/alerts</c>: every alert with its criteria, its Atom feed and its recent hits, each linking to the article's
/// page (docs/MONITORING.md). Read-only: alerts are written with <c>marsad alert</c> or the API and its key.
/// </summary>
internal static class AlertsPage
{
    /// <summary>How many of an alert's newest hits the page lists (its Atom feed has 50).</summary>
    private const int RecentHits = 10;

    public static void Map(WebApplication app) => app.MapGet("/alerts", Page).ExcludeFromDescription();

    private static Task<IResult> Page(HttpContext context, StoreProvider stores) =>
        stores.RunAsync(Render, context.RequestAborted);

    private static IResult Render(IStore store)
    {
        using var book = AlertBook.Of(StoreProvider.Unwrap(store));
        var alerts = book.List();
        var h = new Html();
        h.Open("section", ("class", "alerts-page")).Heading("h1", "التنبيهات", "Alerts");
        h.Element("p", "تُضاف التنبيهات وتُحذف بالأمر marsad alert أو عبر الواجهة البرمجية بالمفتاح · Alerts are added and removed with marsad alert or the API and its key", ("class", "note"));
        if (alerts.Count == 0)
        {
            h.Element("p", "لا تنبيهات بعد · No alerts yet", ("class", "empty"));
            return Layout.Page("التنبيهات", h.Close("section"));
        }

        foreach (var alert in alerts)
        {
            h.Open("article", ("class", "alert"), ("id", "alert-" + alert.Name), ("data-alert", alert.Name));
            h.Open("h2").Element("bdi", alert.Name).Close("h2");
            Criteria(h, alert);
            h.Open("p", ("class", "feed")).Link($"/alerts/{alert.Name}.atom", "خلاصة Atom · Atom feed", "atom").Close("p");
            var hits = book.Hits(alert.Name, RecentHits);
            if (hits.Count == 0)
            {
                h.Element("p", "لا إصابات بعد · No hits yet", ("class", "empty"));
            }
            else
            {
                h.Open("ol", ("class", "alert-hits"));
                foreach (var hit in hits)
                {
                    var document = store.Document(hit.DocumentId);
                    h.Open("li", ("data-document", hit.DocumentId));
                    h.Open("a", ("href", "/documents/" + hit.DocumentId), ("class", "hit-title")).Element("bdi", document?.Title ?? document?.Source ?? hit.DocumentId).Close("a");
                    h.Open("span", ("class", "hit-meta")).Text(" · ").Element("bdi", SourcesPage.Time(hit.HitAt));
                    if (document?.Source is { } source)
                    {
                        h.Text(" · ").Element("bdi", source);
                    }

                    h.Text(" · ").Element("span", Delivery(alert, hit), ("class", "delivery"));
                    h.Close("span").Close("li");
                }

                h.Close("ol");
            }

            h.Close("article");
        }

        return Layout.Page("التنبيهات", h.Close("section"));
    }

    private static void Criteria(Html h, Alert alert)
    {
        h.Open("dl", ("class", "criteria"));
        foreach (var (ar, en, value) in (ReadOnlySpan<(string, string, string?)>)[
            ("كلمات", "Query", alert.Query), ("كيان", "Entity", alert.Entity), ("الفاعل", "Actor", alert.Actor),
            ("المتلقي", "Recipient", alert.Recipient), ("نوع الحدث", "Event type", alert.EventType), ("البلد", "Country", alert.Country),
            ("رابط الإشعار", "Webhook", alert.Webhook)])
        {
            if (value is not null)
            {
                h.Open("dt").Text(ar + " ").Element("span", en, ("class", "en")).Close("dt");
                h.Open("dd").Element("bdi", value).Close("dd");
            }
        }

        h.Close("dl");
    }

    private static string Delivery(Alert alert, AlertHit hit) =>
        alert.Webhook is null ? "بلا إشعار · no webhook"
        : hit.DeliveredAt is not null ? "أُرسل · delivered"
        : hit.Attempts > 0 ? $"لم يُرسل بعد {hit.Attempts} محاولات · not delivered after {hit.Attempts} attempts"
        : "في الانتظار · pending";
}
