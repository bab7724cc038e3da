using System.Text;
using System.Text.Json;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>A search hit is one JSON shape, whether <c>marsad search --format json</c> or <c>GET /api/search</c> writes it.</summary>
public sealed class SearchHitShapeTests(TestServer server) : IClassFixture<TestServer>
{
    [Fact]
    public async Task A_search_hit_is_the_same_json_from_the_cli_and_the_api_which_adds_its_link()
    {
        await server.IngestSeed();
        var query = "ويتكوف";
        using var api = await server.GetJson("/api/search?q=" + Uri.EscapeDataString(query) + "&limit=1");
        using var stdout = new MemoryStream();
        Assert.Equal(0, Marsad.Cli.MarsadApp.Run(["search", query, "--format", "json", "--limit", "1", "--db", server.DatabasePath], Stream.Null, stdout, TextWriter.Null));
        using var cli = JsonDocument.Parse(Encoding.UTF8.GetString(stdout.ToArray()));

        var fromApi = api.RootElement.GetProperty("hits")[0];
        Assert.Equal(
            cli.RootElement.EnumerateObject().Select(static p => (p.Name, p.Value.GetRawText())),
            fromApi.EnumerateObject().Where(static p => p.Name != "link").Select(static p => (p.Name, p.Value.GetRawText())));
        var snippet = fromApi.GetProperty("snippet").GetString()!;
        var highlight = fromApi.GetProperty("highlights")[0];
        Assert.Equal(query, string.Concat(snippet.EnumerateRunes().Skip(highlight.GetProperty("start").GetInt32()).Take(highlight.GetProperty("end").GetInt32() - highlight.GetProperty("start").GetInt32())));
    }
}
