using Marsad.Model;
using Marsad.Storage;
using Marsad.Storage.Monitoring;
using Marsad.Storage.Sqlite;
using Marsad.Web.Tests.Support;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// The monitoring pages in a real Chromium: <c>/sources</c> lists each watched source's health with the failing
/// ones first, <c>/alerts</c> each alert's criteria, its Atom feed and its hits, linking to the articles; both
/// reached from the site's navigation. The store is filled through the same classes <c>marsad watch</c> uses.
/// Screenshots go where <see cref="BrowserFixture.Screenshot"/> says.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class MonitoringBrowserTests(BrowserFixture browser)
{
    // Jordan's foreign minister visiting an embassy in Amman (written for these tests; placed in Jordan, so the
    // map tests' counts in Iraq and Syria, on the same shared store, stay as they are).
    private const string Embassy = "وزار وزير الخارجية الأردني مقر السفارة في عمّان يوم الخميس لبحث حماية البعثات الدبلوماسية.";

    private static readonly DateTimeOffset Polled = new(2025, 11, 7, 8, 30, 0, TimeSpan.Zero);

    private const string Healthy = "http://127.0.0.1:9/healthy.xml";
    private const string Down = "http://127.0.0.1:9/down.xml";
    private const string Fresh = "http://127.0.0.1:9/fresh.xml";

    /// <summary>Three sources as a watcher leaves them (one polled fine, one failing three times in a row, one never polled) and an alert with one hit.</summary>
    private string Fill()
    {
        using var store = SqliteStore.Open(browser.Server.DatabasePath);
        using var state = WatchState.Of(store);
        state.Register([Healthy, Down, Fresh], TimeSpan.FromSeconds(600), Polled);
        var sources = state.All().ToDictionary(static s => s.Url, StringComparer.Ordinal);
        state.Record(sources[Healthy] with
        {
            NextDue = Polled.AddMinutes(10), LastPolled = Polled, LastSuccess = Polled, LastStatus = 200, Polls = 4, ItemsSeen = 7, Articles = 5,
        }, [], Polled);
        state.Record(sources[Down] with
        {
            NextDue = Polled.AddMinutes(80), LastPolled = Polled, LastError = "HTTP 503 Service Unavailable", LastErrorAt = Polled, LastStatus = 503, Failures = 3, Polls = 3,
        }, [], Polled);

        using var book = AlertBook.Of(store);
        if (book.Find("embassy") is null)
        {
            book.Add(new Alert("embassy") { Query = "السفارة", Country = "JOR", Webhook = "http://127.0.0.1:9/hook" }, Polled);
            book.Add(new Alert("qatar") { Entity = "QAT" }, Polled);
        }

        // A hit as watch records it: pending, the article stored, then the hit.
        var document = new SourceDocument { Source = "http://127.0.0.1:9/down.xml", Text = Embassy, Title = "زيارة أردنية لمقر السفارة", Url = "http://127.0.0.1:9/embassy", Published = new DateOnly(2025, 11, 6) };
        var record = DocumentRecord.Create(SharedPipeline.Instance.Analyze(document), document, Polled);
        book.Pend([record], Polled);
        store.Add([record]);
        book.Fire([record]);
        return record.Id;
    }

    [Fact]
    public async Task The_sources_page_shows_each_sources_health_with_the_failing_first()
    {
        Fill();
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;

        await page.GotoAsync("/");
        await page.FollowAsync(page.Locator("header.site nav a[href='/sources']"), "**/sources");

        var rows = page.Locator("#sources tbody tr");
        Assert.Equal([Down, Fresh, Healthy], await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.url)"));
        var down = page.Locator($"#sources tr[data-url='{Down}']");
        Assert.Equal("health-failing", await down.GetAttributeAsync("class"));
        Assert.Contains("HTTP 503 Service Unavailable", await down.Locator("td.last-error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("3", await down.Locator("td.failures").InnerTextAsync());
        var healthy = page.Locator($"#sources tr[data-url='{Healthy}']");
        Assert.Equal(["ok", "http://127.0.0.1:9/healthy.xml", "2025-11-07 08:30 UTC", "", "0", "7", "5", "now"],
            (await healthy.Locator("td").AllInnerTextsAsync()).Select(static t => t.Trim()).Select(static (t, i) => i == 0 ? t[(t.LastIndexOf(' ') + 1)..] : t));
        Assert.Contains("in 50 min", await down.Locator("td.next").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("3 sources: 1 ok, 1 failing, 1 new", await page.Locator("#sources-count").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("sources.png"), FullPage = true });
        Assert.Empty(errors);

        // At phone width the table scrolls in its own box (PhoneWidthBrowserTests checks no page is wider).
        var (phoneContext, phone, phoneErrors) = await browser.NewPage(420);
        await using var __ = phoneContext;
        await phone.GotoAsync("/sources");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("sources-420.png"), FullPage = true });
        Assert.Empty(phoneErrors);
    }

    [Fact]
    public async Task The_alerts_page_shows_each_alerts_criteria_feed_and_hits_linking_to_the_articles()
    {
        var id = Fill();
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;

        await page.GotoAsync("/");
        await page.FollowAsync(page.Locator("header.site nav a[href='/alerts']"), "**/alerts");

        Assert.Equal(["embassy", "qatar"], await page.Locator("article.alert").EvaluateAllAsync<string[]>("a => a.map(e => e.dataset.alert)"));
        var embassy = page.Locator("#alert-embassy");
        Assert.Equal(["السفارة", "JOR", "http://127.0.0.1:9/hook"], await embassy.Locator("dl.criteria dd").AllInnerTextsAsync());
        Assert.Equal("/alerts/embassy.atom", await embassy.Locator("a.atom").GetAttributeAsync("href"));
        Assert.Equal(1, await embassy.Locator("ol.alert-hits li").CountAsync());
        Assert.Contains("في الانتظار", await embassy.Locator(".delivery").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("لا إصابات بعد", await page.Locator("#alert-qatar").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("alerts.png"), FullPage = true });

        // The Atom feed is the alert's, and the hit opens its article's page.
        var feed = await page.APIRequest.GetAsync("/alerts/embassy.atom");
        Assert.Equal(200, feed.Status);
        Assert.Contains($"/documents/{id}", await feed.TextAsync(), StringComparison.Ordinal);
        await page.FollowAsync(embassy.Locator("a.hit-title"), $"**/documents/{id}");
        Assert.Contains("السفارة", await page.Locator("#article-text").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
