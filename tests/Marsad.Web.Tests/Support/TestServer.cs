using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Marsad.Web.Tests.Support;

/// <summary>
/// The real web application on Kestrel, on a free loopback port, over a real SQLite file in a temp folder.
/// Tests talk to it over HTTP like any client.
/// </summary>
public sealed class TestServer : IAsyncLifetime
{
    public const string ApiKey = "test-key-5f1c";
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>What the server's clock always says.</summary>
    public static readonly DateTimeOffset Now = new(2025, 11, 7, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-web-test-").FullName;
    private readonly string? _key;
    private readonly string? _database;
    private readonly Func<MarsadWebOptions, MarsadWebOptions> _configure = static o => o;
    private WebApplication? _app;

    public TestServer()
        : this(ApiKey)
    {
    }

    /// <summary>A server with another key, or none (writing refused).</summary>
    internal TestServer(string? key) => _key = key;

    /// <summary>A server with other limits (a low rate limit, a short timeout).</summary>
    internal TestServer(Func<MarsadWebOptions, MarsadWebOptions> configure)
    {
        _key = ApiKey;
        _configure = configure;
    }

    /// <summary>A server over another store: a <c>postgres://</c> URL, say.</summary>
    internal TestServer(string? key, string database)
    {
        _key = key;
        _database = database;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public string DatabasePath => _database ?? Path.Combine(_folder, "marsad.db");

    public WebApplication App => _app ?? throw new InvalidOperationException("not started");

    public static string SeedArticle => Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt");

    public async Task InitializeAsync()
    {
        _app = MarsadWebApp.Create(_configure(new MarsadWebOptions
        {
            DatabasePath = DatabasePath,
            Urls = ["http://127.0.0.1:0"],
            ApiKey = _key,
            MaxBodyBytes = MaxBodyBytes,

            // Tests about other things fire requests faster than any person; the rate limit has tests of its own.
            RateLimit = 1_000_000,
            Clock = new FixedClock(Now),
        }), SharedPipeline.Instance);
        await _app.StartAsync();
        BaseAddress = new Uri(MarsadWebApp.Addresses(_app).Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>POSTs an article as JSON with the API key; returns the response.</summary>
    public Task<HttpResponseMessage> Ingest(object article, string? key = ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = new StringContent(JsonSerializer.Serialize(article), Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Stores the seed article (plain text, published 2025-11-06) and returns its document id.</summary>
    public async Task<string> IngestSeed()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents?published=2025-11-06&title=" + Uri.EscapeDataString("كازاخستان تعلن انضمامها إلى اتفاقات أبراهام") + "&url=" + Uri.EscapeDataString("https://www.middleeasteye.net/news/kazakhstan-abraham-accords"))
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(SeedArticle)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        using var response = await Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(response.IsSuccessStatusCode, $"ingest answered {(int)response.StatusCode}: {json.RootElement}");
        return json.RootElement.GetProperty("id").GetString()!;
    }

    public async Task<JsonDocument> GetJson(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }
}

/// <summary>One pipeline for the whole test run: building it loads the knowledge base.</summary>
internal static class SharedPipeline
{
    public static Marsad.Pipeline.MarsadPipeline Instance { get; } = Marsad.Pipeline.MarsadPipeline.CreateDefault();
}

/// <summary>A clock that always says the same time, so ingest times and PLOVER coded dates are known.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
