using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>
/// Entity fields suggest as a name is typed: in a real Chromium, typing part of an Arabic or English name
/// into the events page's actor field fills its list with the matching entities' ids from the API.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class EntitySuggestBrowserTests(BrowserFixture browser)
{
    private const string Options = "name => [...document.getElementById('suggest-' + name).options].map(o => o.value)";

    [Theory]
    [InlineData("/events", "actor", "إسرائي", "ISR")]
    [InlineData("/events", "recipient", "Kazakh", "KAZ")]
    [InlineData("/", "entity", "كازاخ", "KAZ")]
    [InlineData("/dyad", "a", "israel", "ISR")]
    public async Task Typing_part_of_a_name_lists_the_matching_entity_ids(string path, string field, string typed, string expected)
    {
        var (context, page, errors) = await browser.NewPage();
        await using var _ = context;
        Assert.Equal(200, (await page.GotoAsync(path))!.Status);

        await page.Locator($"input[name='{field}']").PressSequentiallyAsync(typed);
        await page.WaitForSelectorAsync($"input[name='{field}'][data-suggested]");

        Assert.Contains(expected, await page.EvaluateAsync<string[]>(Options, field));
        Assert.Empty(errors);
    }
}
