using Marsad.Web.Tests.Support;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// The seed article through the whole web app in a real Chromium: stored through the API, read on its page
/// with its entities and events marked, followed to its dyad and events pages. Screenshots of the article
/// page and the dyad timeline go to a scratch folder, so a test run leaves the tree clean; to refresh the
/// ones docs/WEB.md shows, run with MARSAD_SCREENSHOTS=docs/screenshots (relative to the repository).
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class SeedArticleBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_seed_article_page_marks_Kazakhstan_Israel_and_Tokayev_and_lists_the_Abraham_Accords_event()
    {
        var id = await browser.Server.IngestSeed();
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;

        var response = await page.GotoAsync("/documents/" + id);
        Assert.Equal(200, response!.Status);
        Assert.Contains("script-src 'self'", response.Headers["content-security-policy"], StringComparison.Ordinal);
        await page.WaitForSelectorAsync("html[data-script=ready]");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));

        foreach (var (entity, arabic) in new[] { ("KAZ", "كازاخستان"), ("ISR", "إسرائيل"), ("person/kassym-jomart-tokayev", "توكاييف") })
        {
            var marks = page.Locator($"#article-text [data-entity=\"{entity}\"]");
            Assert.True(await marks.CountAsync() > 0, $"{entity} is not marked in the article text");
            Assert.True(await marks.First.IsVisibleAsync(), $"{entity}'s mark is not visible");
            var marked = string.Join(" ", await marks.AllTextContentsAsync());
            Assert.Contains(arabic, marked, StringComparison.Ordinal);
        }

        // Colours by type: a country and a person are painted differently.
        var country = await page.Locator("#article-text [data-entity=KAZ]").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var person = await page.Locator("#article-text [data-entity=\"person/kassym-jomart-tokayev\"]").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual(country, person);
        Assert.NotEqual("rgba(0, 0, 0, 0)", country);

        // The Abraham Accords event: a SUPPORT or AGREE row whose "about" is the agreement (named in Arabic, its id on hover).
        var rows = page.Locator("#events-table tbody tr:has(td.about[title*=\"agreement/abraham-accords\"])");
        Assert.True(await rows.CountAsync() > 0, "no event about the Abraham Accords in the events table");
        var type = await rows.First.GetAttributeAsync("data-type");
        Assert.Contains(type, new[] { "SUPPORT", "AGREE" });
        Assert.Contains("كازاخستان", await rows.First.InnerTextAsync(), StringComparison.Ordinal);

        // Clicking a mark shows the linked entity's record, and an event trigger its event record.
        await page.Locator("#article-text [data-entity=KAZ]").First.ClickAsync();
        await Assertions.Expect(page.Locator("#detail")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#detail")).ToContainTextAsync("Kazakhstan");
        await Assertions.Expect(page.Locator("#detail")).ToContainTextAsync("Q232");
        var eventId = await rows.First.GetAttributeAsync("data-event-record");
        var trigger = page.Locator($"#article-text mark[data-event=\"{eventId}\"]").First;
        Assert.Equal("انضمامها", await trigger.InnerTextAsync());
        await trigger.ClickAsync();
        await Assertions.Expect(page.Locator("#detail")).ToHaveAttributeAsync("data-showing", "event:" + eventId);
        await Assertions.Expect(page.Locator("#detail")).ToContainTextAsync("اتفاقات أبراهام");

        // Hovering names what a mark is.
        Assert.Contains("Kazakhstan", await page.Locator("#article-text [data-entity=KAZ]").First.GetAttributeAsync("title"), StringComparison.Ordinal);
        Assert.StartsWith(type + " ", await trigger.GetAttributeAsync("title"), StringComparison.Ordinal);

        await page.Locator("#article-text [data-entity=KAZ]").First.ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("article.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_dyad_page_of_Kazakhstan_and_Israel_draws_a_timeline_and_lists_their_events()
    {
        await browser.Server.IngestSeed();
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;

        await page.GotoAsync("/dyad?a=KAZ&b=ISR");
        var bars = page.Locator("figure.timeline svg.chart g.bar");
        Assert.True(await bars.CountAsync() > 0, "the dyad timeline has no bars");
        var drawn = page.Locator("figure.timeline svg.chart rect");
        Assert.True(await drawn.CountAsync() > 0, "the dyad timeline draws no events");
        // The 1992 event is said apart, below the recent window's days, not drawn as 34 yearly bars.
        Assert.Equal("day", await page.Locator("figure.timeline").GetAttributeAsync("data-bucket"));
        Assert.Equal("1", await page.Locator("figure.timeline p.earlier").GetAttributeAsync("data-earlier"));
        var rows = page.Locator("#events-table tbody tr");
        Assert.True(await rows.CountAsync() > 0, "the dyad page lists no events");
        Assert.Contains("1992", await page.Locator("#events-table").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("dyad.png"), FullPage = true });

        // The entity page links to the dyad; the events page offers the CSV of what it shows.
        await page.GotoAsync("/entity?id=KAZ");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Kazakhstan");
        Assert.True(await page.Locator("a.dyad-link[href*=\"b=ISR\"]").CountAsync() == 1, "the entity page does not link to the KAZ–ISR dyad");
        await page.GotoAsync("/events?actor=KAZ");
        var csvHref = await page.Locator("#csv-download").GetAttributeAsync("href");
        var csv = await page.APIRequest.GetAsync(csvHref!);
        Assert.Equal(200, csv.Status);
        var text = await csv.TextAsync();
        Assert.StartsWith("event_id,date,", text, StringComparison.Ordinal);
        Assert.Contains(",KAZ,Kazakhstan,", text, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Search_finds_the_seed_with_highlighted_words_and_facets_that_filter()
    {
        await browser.Server.IngestSeed();
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;

        await page.GotoAsync("/");
        // Witkoff's name is in the seed article only (other tests of this class store other articles).
        await page.FillAsync("input[name=q]", "ويتكوف اتفاق");
        await page.ClickAsync("form.filters button[type=submit]");
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(1);
        var highlighted = await page.Locator("li.hit mark.hl").AllTextContentsAsync();
        Assert.Contains("ويتكوف", highlighted);

        // The entity facet narrows to documents that mention Kazakhstan; the source facet lists the site.
        await page.Locator("[data-facet=entity] a[href*=\"entity=KAZ\"]").First.ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(1);
        Assert.Contains("entity=KAZ", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-facet=source]")).ToContainTextAsync("www.middleeasteye.net");
        Assert.True(await page.Locator("figure.timeline svg.chart rect").CountAsync() > 0, "the query's timeline draws no events");

        // The month facet narrows the date range to November 2025.
        await page.Locator("[data-facet=month] a", new PageLocatorOptions { HasText = "2025-11" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(1);
        Assert.Equal("2025-11-01", await page.InputValueAsync("input[name=from]"));
        Assert.Equal("2025-11-30", await page.InputValueAsync("input[name=to]"));

        // An event-type facet that the seed lacks finds nothing.
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("ويتكوف") + "&type=ASSAULT");
        await Assertions.Expect(page.Locator("li.hit")).ToHaveCountAsync(0);
        Assert.Empty(errors);
    }

    private static string Screenshot(string name) => BrowserFixture.Screenshot(name);
}
