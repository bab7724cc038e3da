using System.Net;
using Marsad.Web.Tests.Support;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// Cross-site request forgery, done by a real browser: a page on another site (served to Chromium as
/// http://attacker.example) whose button submits a form to the paste box or the API on our loopback server. The browser
/// sends what it really sends (Origin, Sec-Fetch-Site, no header of the attacker's choosing), and the server
/// refuses it — even when the forged form somehow carries the right key.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CrossSiteBrowserTests(BrowserFixture browser)
{
    private const string AttackerPage = "http://attacker.example/";

    [Theory]
    [InlineData("/analyze", false)]
    [InlineData("/analyze", true)]
    [InlineData("/api/documents", true)]
    public async Task A_form_on_another_site_that_posts_to_the_server_is_refused_and_nothing_is_analysed_or_stored(string action, bool withKey)
    {
        using var before = await browser.Server.GetJson("/api/stats");
        var target = new Uri(browser.Server.BaseAddress, action);
        var key = withKey ? $"<input name=\"api_key\" value=\"{TestServer.ApiKey}\">" : "";
        var forged = $"""
            <!doctype html><html><body>
            <form id="forged" method="post" action="{target}" enctype="application/x-www-form-urlencoded">
              <input name="text" value="أعلنت كازاخستان انضمامها إلى اتفاقات أبراهام.">{key}
              <button type="submit">Win a prize</button>
            </form>
            </body></html>
            """;

        var (context, page, _) = await browser.NewPage();
        await using var _ = context;
        await page.RouteAsync(AttackerPage + "**", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = forged }));

        // The visitor clicks (a script could submit it just as well; a click keeps the two navigations apart).
        await page.GotoAsync(AttackerPage);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("#forged button"),
            r => r.Url == target.ToString());
        var sent = await response.Request.AllHeadersAsync();

        // The request really was cross-site, as the browser reports it.
        Assert.Equal("http://attacker.example", sent.GetValueOrDefault("origin"));
        Assert.Equal(403, response.Status);
        Assert.Contains("refused", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#article-text").CountAsync());

        using var after = await browser.Server.GetJson("/api/stats");
        Assert.Equal(before.RootElement.GetProperty("documents").GetInt64(), after.RootElement.GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task The_paste_box_without_the_key_is_refused_in_the_browser_with_a_page_that_says_why()
    {
        var (context, page, _) = await browser.NewPage();
        await using var _ = context;
        await page.GotoAsync("/analyze");
        await page.FillAsync("textarea[name=text]", "أعلنت كازاخستان انضمامها إلى اتفاقات أبراهام.");

        // The field is required; a user who clears that check (or a script) still meets the server's.
        await page.EvalOnSelectorAsync("input[name=api_key]", "e => e.removeAttribute('required')");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("form.analyze-form button[type=submit]"),
            r => r.Url.EndsWith("/analyze", StringComparison.Ordinal) && r.Request.Method == "POST");
        Assert.Equal((int)HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("API key", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#article-text").CountAsync());
    }
}
