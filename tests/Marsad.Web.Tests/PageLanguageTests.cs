using System.Net;
using System.Text.RegularExpressions;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>
/// Arabic pages name entities in Arabic, with the id on hover; a page asked for in English (?lang=en, or a
/// browser whose first language is English) names them in English.
/// </summary>
public sealed partial class PageLanguageTests(TestServer server) : IClassFixture<TestServer>
{
    private static readonly string SearchPath = "/?q=" + Uri.EscapeDataString("ويتكوف");

    private async Task<string> Page(string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // The entity facet's links: their hover title (the id) and the name they show.
    private static List<(string Id, string Name)> EntityFacet(string html)
    {
        var facet = html[html.IndexOf("data-facet=\"entity\"", StringComparison.Ordinal)..];
        facet = facet[..facet.IndexOf("</section>", StringComparison.Ordinal)];
        return [.. FacetLink().Matches(facet).Select(static m => (m.Groups[1].Value, TagText().Replace(m.Groups[2].Value, "")))];
    }

    [GeneratedRegex("<a href=\"[^\"]*\" title=\"([^\"]+)\">(.*?)</a>")]
    private static partial Regex FacetLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagText();

    [Fact]
    public async Task The_search_page_s_entity_facet_names_entities_in_arabic_with_the_id_on_hover()
    {
        await server.IngestSeed();
        var facet = EntityFacet(await Page(SearchPath));
        Assert.Contains(("KAZ", "كازاخستان"), facet);
        Assert.Contains(("person/kassym-jomart-tokayev", "قاسم جومارت توكاييف"), facet);
        Assert.DoesNotContain(facet, static f => f.Name == "Kazakhstan");
    }

    [Theory]
    [InlineData("&lang=en", null)]
    [InlineData("", "en-US,en;q=0.9,ar;q=0.5")]
    public async Task Asked_for_in_english_the_facet_names_entities_in_english(string query, string? acceptLanguage)
    {
        await server.IngestSeed();
        var facet = EntityFacet(await Page(SearchPath + query, acceptLanguage));
        Assert.Contains(("KAZ", "Kazakhstan"), facet);
        Assert.DoesNotContain(facet, static f => f.Name == "كازاخستان");
    }

    [Fact]
    public async Task The_article_page_s_event_table_names_the_sides_in_the_page_s_language()
    {
        var id = await server.IngestSeed();
        var arabic = await Page("/documents/" + id);
        var english = await Page("/documents/" + id + "?lang=en");
        var table = static (string html) => html[html.IndexOf("id=\"events-table\"", StringComparison.Ordinal)..];

        Assert.Contains("<td title=\"KAZ\"><bdi>", table(english), StringComparison.Ordinal);
        Assert.Contains("Kazakhstan", table(english), StringComparison.Ordinal);
        Assert.Contains("<td title=\"KAZ\">كازاخستان</td>", table(arabic), StringComparison.Ordinal);
        Assert.DoesNotContain("Kazakhstan", table(arabic), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_a_bad_request_that_names_the_choices()
    {
        using var response = await server.Client.GetAsync(SearchPath + "&lang=fr");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is ar or en, not", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
