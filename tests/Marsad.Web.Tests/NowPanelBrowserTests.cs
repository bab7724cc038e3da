using Marsad.Storage.Sqlite;
using Marsad.Storage.Tests.Stories;
using Marsad.Web.Tests.Support;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// The home page's "now" panel in Chromium: over a store with a breaking story it shows the story with its growth,
/// sources, entities, events and articles, right to left, the articles linking to their pages; at phone width
/// nothing is wider than the screen. Over a store with nothing breaking it says so.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class NowPanelBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        using var store = SqliteStore.Open(_server.DatabasePath);
        store.Add(StoryArticles.GazaRecords(SharedPipeline.Instance, TestServer.Now));
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_home_page_shows_the_breaking_story_right_to_left_with_links_to_its_articles()
    {
        var (context, page, errors) = await browser.NewPage(1280, _server);
        await using var _ = context;

        Assert.Equal(200, (await page.GotoAsync("/"))!.Status);
        var story = page.Locator("#now li.story");
        Assert.Equal(1, await story.CountAsync());
        Assert.Equal("rtl", await story.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Contains("4 articles from 3 sources, ratio 3.2", await story.Locator(".story-growth").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["c.example 2", "a.example 1", "b.example 1"], (await story.Locator(".story-sources").InnerTextAsync())["المصادر: ".Length..].Split("، "));
        Assert.Contains("إسرائيل", await story.Locator(".story-entities").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("ASSAULT", await story.Locator(".story-events").InnerTextAsync(), StringComparison.Ordinal);
        var links = story.Locator(".story-articles a");
        Assert.Equal(4, await links.CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("now-panel.png"), FullPage = true });

        await page.FollowAsync(links.Nth(1), "**/documents/*");
        await page.WaitForSelectorAsync("#article-text");
        Assert.Contains("قصفت الطائرات الإسرائيلية", await page.Locator("#article-text").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task At_phone_width_the_panel_is_no_wider_than_the_screen()
    {
        var (context, page, errors) = await browser.NewPage(420, _server);
        await using var _ = context;

        await page.GotoAsync("/");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        var box = await page.Locator("#now li.story").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 420, $"the story spans {box.X} to {box.X + box.Width} px");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("now-panel-420.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task With_nothing_breaking_the_panel_says_so()
    {
        // The shared server holds the seed article alone: one article is a story, not a breaking one.
        await browser.Server.IngestSeed();
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;

        await page.GotoAsync("/");
        Assert.Equal(0, await page.Locator("#now li.story").CountAsync());
        Assert.Contains("No story is breaking now", await page.Locator("#now-empty").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
