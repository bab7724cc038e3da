using Marsad.Web.Tests.Support;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// Every page works at phone width: in Chromium 420 CSS pixels wide, no page is wider than the screen (no
/// sideways scrolling of the whole page; a wide table scrolls inside its own box), and the article page
/// still shows its text. Screenshots at 420 px go where <see cref="BrowserFixture.Screenshot"/> says.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PhoneWidthBrowserTests(BrowserFixture browser)
{
    private const int Phone = 420;

    // The widest thing on the page, and what it is, when the page is wider than the window.
    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return null;
          let worst = null;
          for (const e of document.body.querySelectorAll('*')) {
            const r = e.getBoundingClientRect();
            const out = Math.max(r.right - width, -r.left);
            if (out > 1 && (!worst || out > worst.out)) worst = { out, what: e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': ' + (e.textContent || '').trim().slice(0, 40) };
          }
          return (worst ? worst.what : '?') + ' (page ' + document.documentElement.scrollWidth + ' px wide)';
        }
        """;

    public static TheoryData<string> Pages() => PageTour.Paths();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_is_no_wider_than_a_phone(string path)
    {
        await browser.Server.IngestSeed();
        var (context, page, errors) = await browser.NewPage(Phone);
        await using var _ = context;

        Assert.Equal(200, (await page.GotoAsync(path))!.Status);
        Assert.Null(await page.EvaluateAsync<string?>(Overflow));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_seed_article_page_is_no_wider_than_a_phone_and_shows_its_text()
    {
        var id = await browser.Server.IngestSeed();
        var (context, page, errors) = await browser.NewPage(Phone);
        await using var _ = context;

        await page.GotoAsync("/documents/" + id);
        await page.WaitForSelectorAsync("html[data-script=ready]");
        Assert.Null(await page.EvaluateAsync<string?>(Overflow));
        var text = await page.Locator("#article-text").BoundingBoxAsync();
        Assert.NotNull(text);
        Assert.True(text.Width is > Phone / 2 and <= Phone, $"the article text is {text.Width} px wide");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.Screenshot("article-420.png"), FullPage = true });
        Assert.Empty(errors);
    }
}
