using System.Text.Json;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>The API's search finds words of the query's root after its own, and <c>exact=true</c> turns that off.</summary>
public sealed class DerivedSearchApiTests(TestServer server) : IClassFixture<TestServer>
{
    [Fact]
    public async Task A_search_finds_the_root_s_words_and_exact_true_finds_only_the_query_s_own()
    {
        using var stored = await server.Ingest(new { text = "واصل المعتصمون في الساحة مطالبهم لليوم الثالث رغم الأمطار.", published = "2025-11-06" });
        stored.EnsureSuccessStatusCode();

        using var derived = await server.GetJson("/api/search?q=" + Uri.EscapeDataString("اعتصام"));
        using var exact = await server.GetJson("/api/search?q=" + Uri.EscapeDataString("اعتصام") + "&exact=true");

        var hit = Assert.Single(derived.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Contains("المعتصمون", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Empty(exact.RootElement.GetProperty("hits").EnumerateArray());
    }
}
