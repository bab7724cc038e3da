using System.Net;
using System.Text.Json;
using Marsad.Storage.Sqlite;
using Marsad.Storage.Tests.Stories;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>
/// <c>GET /api/stories</c> over a store holding a small breaking story (five reports of an air raid from three
/// outlets, one of them 30 hours old) and an unrelated article, measured at the server's clock.
/// </summary>
public sealed class StoryApiTests : IClassFixture<TestServer>
{
    private readonly TestServer _server;

    public StoryApiTests(TestServer server)
    {
        _server = server;
        using var store = SqliteStore.Open(server.DatabasePath);
        store.Add(StoryArticles.GazaRecords(SharedPipeline.Instance, TestServer.Now));
    }

    [Fact]
    public async Task Breaking_true_gives_the_breaking_story_with_growth_articles_sources_entities_and_events()
    {
        using var json = await _server.GetJson("/api/stories?breaking=true");
        var root = json.RootElement;

        Assert.Equal("2025-11-07T09:00:00Z", root.GetProperty("now").GetString());
        Assert.Equal("2025-11-07T03:00:00Z", root.GetProperty("since").GetString());
        Assert.Equal((1, 2, 1), (root.GetProperty("total").GetInt32(), root.GetProperty("in_window").GetInt32(), root.GetProperty("breaking_stories").GetInt32()));
        var story = Assert.Single(root.GetProperty("stories").EnumerateArray());
        Assert.True(story.GetProperty("breaking").GetBoolean());
        Assert.Equal(3.2, story.GetProperty("growth").GetProperty("ratio").GetDouble());
        Assert.Equal(0.25, story.GetProperty("growth").GetProperty("expected").GetDouble());
        var articles = story.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(4, articles.Count);
        Assert.All(articles, a => Assert.Equal("/api/documents/" + a.GetProperty("id").GetString(), a.GetProperty("link").GetString()));
        Assert.Equal(["c.example", "a.example", "b.example"], story.GetProperty("outlets").EnumerateArray().Select(static o => o.GetProperty("name").GetString()));
        Assert.Contains(story.GetProperty("entities").EnumerateArray(), static e => e.GetProperty("id").GetString() == "ISR");
        Assert.Contains(story.GetProperty("events").EnumerateArray(), static e => e.GetProperty("event").GetString() == "ASSAULT");

        using var document = await _server.GetJson(articles[0].GetProperty("link").GetString()!);
    }

    [Fact]
    public async Task Every_story_of_the_window_is_listed_and_paged_like_the_other_lists()
    {
        using var all = await _server.GetJson("/api/stories");
        Assert.Equal(2, all.RootElement.GetProperty("total").GetInt32());
        Assert.Equal([true, false], all.RootElement.GetProperty("stories").EnumerateArray().Select(static s => s.GetProperty("breaking").GetBoolean()));

        using var second = await _server.GetJson("/api/stories?limit=1&offset=1");
        var story = Assert.Single(second.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal("d.example", story.GetProperty("outlets")[0].GetProperty("name").GetString());

        using var narrow = await _server.GetJson("/api/stories?breaking=true&since=10m");
        Assert.Empty(narrow.RootElement.GetProperty("stories").EnumerateArray());
    }

    [Theory]
    [InlineData("since=yesterday", "since", "takes a time such as")]
    [InlineData("since=2025-11-08", "since", "the window must start before now")]
    [InlineData("since=90d", "since", "at most 31 days")]
    [InlineData("breaking=maybe", "breaking", "'breaking' takes true or false")]
    [InlineData("limit=0", "limit", "'limit' takes a whole number from 1 to 200")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string query, string parameter, string message)
    {
        using var response = await _server.Client.GetAsync("/api/stories?" + query);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        Assert.Contains(message, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
