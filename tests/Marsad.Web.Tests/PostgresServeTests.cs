using Marsad.Storage.Tests.Support;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>
/// The web app over the PostgreSQL store (a throwaway server started by scripts/pg-throwaway.sh): the same
/// API writes and reads, with one shared, thread-safe store behind every request.
/// </summary>
public sealed class PostgresServeTests : IAsyncLifetime
{
    private readonly TestServer _server = new(TestServer.ApiKey, PostgresServer.Database("web_" + Guid.NewGuid().ToString("N")[..12]));

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_seed_article_is_stored_searched_and_served_from_PostgreSQL()
    {
        var id = await _server.IngestSeed();

        using var stats = await _server.GetJson("/api/stats");
        using var search = await _server.GetJson("/api/search?q=" + Uri.EscapeDataString("اتفاقيات أبراهام"));
        using var document = await _server.GetJson($"/api/documents/{id}");
        var requests = Enumerable.Range(0, 8).Select(_ => _server.Client.GetAsync("/api/dyad?a=KAZ&b=ISR")).ToArray();
        var answers = await Task.WhenAll(requests);

        Assert.Equal(1, stats.RootElement.GetProperty("documents").GetInt64());
        Assert.Contains(id, search.RootElement.ToString(), StringComparison.Ordinal);
        Assert.Contains("كازاخستان", document.RootElement.ToString(), StringComparison.Ordinal);
        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, $"dyad answered {(int)a.StatusCode}"));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }
}
