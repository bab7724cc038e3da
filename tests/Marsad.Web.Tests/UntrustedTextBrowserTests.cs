using Marsad.Web.Tests.Support;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// Article text is data, never markup: an article carrying script and event-handler payloads, stored
/// through the API and pasted into the analyse box, shows them as text and runs none of them.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class UntrustedTextBrowserTests(BrowserFixture browser)
{
    private const string Script = "<script>window.__marsadXss = 'script'; alert('script')</script>";
    private const string Handler = "<img src=x onerror=\"window.__marsadXss='onerror'; alert('onerror')\">";
    private const string Quote = "\"><svg onload=\"window.__marsadXss='svg'\">";

    private static string Article =>
        $"أعلنت كازاخستان يوم الخميس انضمامها إلى اتفاقات أبراهام مع إسرائيل. {Script}\n\n"
        + $"وقال الرئيس قاسم جومارت توكاييف إن القرار تاريخي {Handler} ثم غادر.\n\n{Quote} انتهى.";

    [Fact]
    public async Task A_stored_article_with_script_and_onerror_payloads_shows_them_as_text_and_runs_nothing()
    {
        using var response = await browser.Server.Ingest(new { text = Article, published = "2025-11-06", title = "عنوان " + Handler });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetString();

        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;
        await page.GotoAsync("/documents/" + id);
        await page.WaitForSelectorAsync("html[data-script=ready]");
        await AssertInert(page, errors);
        Assert.Contains(Handler, await page.Locator("h1.title").InnerTextAsync(), StringComparison.Ordinal);

        // The search page shows the same text in its snippet, as text.
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("اتفاقات"));
        Assert.Equal(0, await page.Locator("li.hit img, li.hit script, li.hit svg").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__marsadXss"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_pasted_article_with_payloads_is_analysed_and_shown_as_text()
    {
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;
        await page.GotoAsync("/analyze");
        await page.FillAsync("input[name=api_key]", TestServer.ApiKey);
        await page.FillAsync("input[name=published]", "2025-11-06");
        await page.FillAsync("textarea[name=text]", Article + "\n\nنص ملصق لا يحفظ.");
        await page.ClickAsync("form.analyze-form button[type=submit]");
        await page.WaitForSelectorAsync("#article-text");
        await AssertInert(page, errors);
        Assert.True(await page.Locator("#article-text [data-entity=KAZ]").CountAsync() > 0, "the pasted article's entities are not marked");

        // Nothing was stored: the analysed document's id is unknown to the store.
        var id = await page.Locator("article.analysis").GetAttributeAsync("data-document");
        Assert.Matches("^[0-9a-f]{64}$", id);
        using var stored = await browser.Server.Client.GetAsync("/api/documents/" + id);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, stored.StatusCode);
    }

    private static async Task AssertInert(IPage page, List<string> errors)
    {
        var text = await page.Locator("#article-text").InnerTextAsync();
        Assert.Contains(Script, text, StringComparison.Ordinal);
        Assert.Contains(Handler, text, StringComparison.Ordinal);
        Assert.Contains(Quote, text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#article-text script, #article-text img, #article-text svg, main img").CountAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__marsadXss"));
        Assert.Empty(errors);
    }
}
