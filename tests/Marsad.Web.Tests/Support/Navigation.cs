using Microsoft.Playwright;

namespace Marsad.Web.Tests.Support;

/// <summary>Following a link as a reader does, without leaning on Playwright's load-state events.</summary>
public static class Navigation
{
    /// <summary>
    /// Clicks <paramref name="link"/> and returns once the page at <paramref name="urlGlob"/> has fully loaded.
    /// Why not <c>WaitForURLAsync</c> alone: once the new URL has committed it waits for the client's "load"
    /// lifecycle event, and on a loaded 2-core CI machine that event was once reported before the wait began,
    /// so the wait ran out its 30 s on a page that had long finished. Here the URL is awaited at commit, armed
    /// before the click, and the load is read from the page itself (<c>document.readyState</c>, polled in the
    /// page), which cannot be missed.
    /// </summary>
    public static async Task FollowAsync(this IPage page, ILocator link, string urlGlob)
    {
        var committed = page.WaitForURLAsync(urlGlob, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await link.ClickAsync();
        await committed;
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }
}
