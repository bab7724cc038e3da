using Marsad.Web.Tests.Support;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// The map page in a real Chromium: the world drawn from the vendored Natural Earth shapes, countries shaded
/// by their events, a dense spot drawn as one cluster, a point that opens its event's sentence, a cluster
/// that lists its events, and the page at phone width. Screenshots go where <see cref="BrowserFixture.Screenshot"/> says.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class MapBrowserTests(BrowserFixture browser)
{
    private async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> Map(string path, int width = 1280)
    {
        PlacedEvents.AddTo(browser.Server.DatabasePath);
        var (context, page, errors) = await browser.NewPage(width);
        Assert.Equal(200, (await page.GotoAsync(path))!.Status);
        return (context, page, errors);
    }

    private async Task<int> EventCount(string query)
    {
        using var json = await browser.Server.GetJson("/api/events?limit=200&" + query);
        return json.RootElement.GetProperty("count").GetInt32();
    }

    [Fact]
    public async Task The_map_draws_the_world_and_shades_each_country_by_its_events()
    {
        var (context, page, errors) = await Map("/map");
        await using var _ = context;

        Assert.True(await page.Locator("#event-map path.country").CountAsync() > 150);
        var syria = page.Locator("#event-map path[data-country=SYR]");
        Assert.Equal((await EventCount("country=SYR")).ToString(System.Globalization.CultureInfo.InvariantCulture), await syria.GetAttributeAsync("data-events"));
        Assert.Matches("country c[1-5]", await syria.GetAttributeAsync("class"));
        Assert.Matches("country c[1-5]", await page.Locator("#event-map path[data-country=IRQ]").GetAttributeAsync("class"));
        Assert.Equal("country c0", await page.Locator("#event-map path:not([data-country])").First.GetAttributeAsync("class"));
        var box = await page.Locator("#event-map").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 600 && box.Height > 200, $"the map is {box.Width}×{box.Height} px");
        Assert.Contains("بلا إحداثيات", await page.Locator("#map-count").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(await EventCount("country=SYR"), int.Parse(await page.Locator("#country-counts tr[data-country=SYR] td:last-child").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("map.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Events_close_together_are_one_cluster_that_lists_them()
    {
        var (context, page, errors) = await Map("/map?country=SYR");
        await using var _ = context;
        var syrian = await EventCount("country=SYR");

        var cluster = page.Locator("#event-map a.cluster");
        Assert.Equal(1, await cluster.CountAsync());
        Assert.Equal(0, await page.Locator("#event-map a.point").CountAsync());
        Assert.Equal(syrian.ToString(System.Globalization.CultureInfo.InvariantCulture), await cluster.GetAttributeAsync("data-events"));
        await page.FollowAsync(cluster.Locator("circle"), "**/events?**");
        Assert.Contains("near=", page.Url, StringComparison.Ordinal);
        Assert.Equal(syrian, await page.Locator("table.events tbody tr").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_point_opens_its_article_at_the_event_s_sentence()
    {
        var (context, page, errors) = await Map("/map?country=IRQ");
        await using var _ = context;

        var point = page.Locator("#event-map a.point");
        Assert.Equal(1, await point.CountAsync());
        await point.Locator("circle").ClickAsync();
        await page.WaitForSelectorAsync("html[data-script=ready]");
        var showing = await page.Locator("#detail").GetAttributeAsync("data-showing");
        Assert.StartsWith("event:", showing, StringComparison.Ordinal);
        var mark = page.Locator("mark.evt.selected").First;
        Assert.True(await mark.IsVisibleAsync());
        Assert.Contains("سيارة مفخخة في سوق ببغداد", await page.Locator("#article-text").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_map_takes_the_events_page_filters_and_a_bad_one_is_400()
    {
        var (context, page, errors) = await Map("/map?type=PROTEST&country=SYR");
        await using var _ = context;
        var protests = await EventCount("type=PROTEST&country=SYR");

        Assert.Equal(protests.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#event-map path[data-country=SYR]").GetAttributeAsync("data-events"));
        Assert.Equal("PROTEST", await page.Locator("form.filters input[name=type]").InputValueAsync());
        Assert.Equal(0, await page.Locator("#event-map path[data-country=PSE]").CountAsync());
        Assert.Equal(400, (await page.GotoAsync("/map?near=" + Uri.EscapeDataString("95,36,10")))!.Status);
        Assert.Contains("latitude", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_map_fits_a_phone()
    {
        var (context, page, errors) = await Map("/map", 420);
        await using var _ = context;

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        var box = await page.Locator("#event-map").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width is > 300 and <= 420, $"the map is {box.Width} px wide");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("map-420.png"), FullPage = true });
        Assert.Empty(errors);
    }
}
