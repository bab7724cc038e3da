using System.Net;
using System.Text.Json;
using Marsad.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests;

/// <summary>
/// Hostile values in every parameter of every GET endpoint: SQL, FTS5 syntax, path traversal, numbers out of
/// range, NUL, bidi controls, markup. Each answer is 200 with nothing from outside the request, or a 400/404
/// that says why; never a 5xx, a stack trace or a database message; and the store holds exactly what it held.
/// The API's parameters are read from its own OpenAPI document and the pages' routes from the app's endpoints,
/// so a parameter or page added later is either covered or fails the coverage check below.
/// </summary>
public sealed class InjectionTests(InjectionTests.SeededServer seeded) : IClassFixture<InjectionTests.SeededServer>
{
    /// <summary>A word and an article that no request here asks for: finding either in an answer means data leaked.</summary>
    private const string CanaryWord = "زعفرانستان";

    private const string CanaryArticle =
        "وقعت أيسلندا وتشيلي يوم الاثنين اتفاقية للصيد البحري في ريكيافيك، وقال وزير الخارجية الأيسلندي إن " + CanaryWord + " ستبقى سرا.";

    private const string SeedQuery = "كازاخستان";

    public static TheoryData<string, string> Payloads => new()
    {
        { "sql-or", "' OR 1=1 --" },
        { "sql-drop", "'; DROP TABLE documents; --" },
        { "sql-union", "x' UNION SELECT id, text FROM document_bodies --" },
        { "fts-near", "NEAR(a b)" },
        { "fts-quote", "\"" },
        { "fts-star", "*" },
        { "fts-column", "body:term" },
        { "fts-operators", "a AND OR NOT b" },
        { "fts-caret", "^x" },
        { "traversal", "../../etc/passwd" },
        { "traversal-encoded", "%2e%2e%2f%2e%2e%2fetc%2fpasswd" },
        { "huge-number", "99999999999999999999" },
        { "negative-number", "-1" },
        { "hex-number", "0x7fffffff" },
        { "nul", "a\0b" },
        { "bidi", "\u202Eevil\u202C\u2066x\u2069" },
        { "markup", "<script>alert(1)</script>" },
        { "too-long", new string('ج', 600) },
    };

    /// <summary>The GET routes the OpenAPI document does not describe (pages, static files, the document itself) and their parameters; base values make the other parameters valid.</summary>
    private static readonly (string Route, string[] Parameters, (string, string)[] Base)[] Pages =
    [
        ("/", ["q", "entity", "type", "from", "to", "source", "limit", "offset"], [("q", SeedQuery)]),
        ("/documents/{id}", ["id"], [("id", "{seed}")]),
        ("/events", ["actor", "recipient", "type", "from", "to", "country", "near", "limit"], []),
        ("/map", ["actor", "recipient", "type", "from", "to", "country", "near"], []),
        ("/entity", ["id"], [("id", "KAZ")]),
        ("/dyad", ["a", "b", "type", "from", "to"], [("a", "KAZ"), ("b", "ISR")]),
        ("/analyze", [], []),
        ("/alerts/{name}.atom", ["name"], [("name", "nothing")]),
        ("/alerts", [], []),
        ("/sources", [], []),
        ("/static/{name}", ["name"], [("name", "marsad.css")]),
        ("/openapi/v1.json", [], []),
    ];

    /// <summary>Base values for the API's required parameters.</summary>
    private static readonly Dictionary<string, (string, string)[]> ApiBase = new(StringComparer.Ordinal)
    {
        ["/api/search"] = [("q", SeedQuery)],
        ["/api/documents/{id}"] = [("id", "{seed}")],
        ["/api/dyad"] = [("a", "KAZ"), ("b", "ISR")],
        ["/api/entities/{id}"] = [("id", "KAZ")],
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_hostile_value_in_any_parameter_is_answered_200_without_foreign_data_or_400_404_and_changes_nothing(string name, string payload)
    {
        var server = seeded.Server;
        var slots = await Slots();
        Assert.True(slots.Count >= 50, $"only {slots.Count} parameters found");
        var before = await Counts();
        var failures = new List<string>();
        foreach (var (route, parameter, baseValues) in slots)
        {
            var url = Url(route, parameter, payload, baseValues);
            using var response = await server.Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            var type = response.Content.Headers.ContentType?.MediaType;
            var isApi = route.StartsWith("/api/", StringComparison.Ordinal) || route.StartsWith("/openapi/", StringComparison.Ordinal);

            // Kestrel itself refuses a NUL decoded into a path, with a bare 400, before the app sees the request.
            var refusedByKestrel = status == 400 && payload.Contains('\0', StringComparison.Ordinal) && route.Contains("{" + parameter + "}", StringComparison.Ordinal) && body.Length == 0;
            string? wrong = status switch
            {
                >= 500 => "a server error",
                not (200 or 400 or 404) => "an unexpected status",
                _ when refusedByKestrel => null,
                400 or 404 when isApi && type != "application/problem+json" => $"an error without a problem ({type})",
                400 or 404 when !isApi && route != "/static/{name}" && type != "text/html" => $"an error without an error page ({type})",
                _ when body.Contains(CanaryWord, StringComparison.Ordinal) || body.Contains(seeded.CanaryId, StringComparison.Ordinal) => "data from outside the request",
                _ when body.Contains("root:x:0:0", StringComparison.Ordinal) => "a local file",
                _ when body.Contains("   at ", StringComparison.Ordinal) || body.Contains("SQLite", StringComparison.OrdinalIgnoreCase) || body.Contains("Exception", StringComparison.Ordinal) => "internals",
                _ when type == "text/html" && body.Contains("<script>alert", StringComparison.OrdinalIgnoreCase) => "the payload as markup",
                _ => null,
            };
            if (wrong is not null)
            {
                failures.Add($"{name}: GET {url} answered {status} with {wrong}: {Shorten(body)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public void Every_GET_route_outside_the_api_is_covered_by_the_injection_table()
    {
        var routed = seeded.Server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(static e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(static e => e.RoutePattern.RawText!)
            .Where(static r => !r.StartsWith("/api", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(routed, Pages.Select(static p => p.Route).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_seeded_store_answers_the_legitimate_requests_the_table_starts_from()
    {
        // The base values are real: the seed is found, the canary is in the store, and the table's 200s are not empty by accident.
        using var search = await seeded.Server.GetJson("/api/search?q=" + Uri.EscapeDataString(SeedQuery));
        Assert.Equal(seeded.SeedId, search.RootElement.GetProperty("hits")[0].GetProperty("id").GetString());
        using var canary = await seeded.Server.GetJson("/api/search?q=" + Uri.EscapeDataString(CanaryWord));
        Assert.Equal(seeded.CanaryId, canary.RootElement.GetProperty("hits")[0].GetProperty("id").GetString());
        using var dyad = await seeded.Server.GetJson("/api/dyad?a=KAZ&b=ISR");
        Assert.True(dyad.RootElement.GetProperty("count").GetInt32() > 0);
    }

    /// <summary>Every (route, parameter) pair: the API's from its OpenAPI document, the pages' from the table above.</summary>
    private async Task<List<(string Route, string Parameter, (string, string)[] Base)>> Slots()
    {
        using var openApi = await seeded.Server.GetJson("/openapi/v1.json");
        var slots = new List<(string, string, (string, string)[])>();
        foreach (var path in openApi.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            var parameters = get.TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(static p => p.GetProperty("name").GetString()!).ToList() : [];
            slots.AddRange(parameters.Select(p => (path.Name, p, ApiBase.GetValueOrDefault(path.Name, []))));
        }

        slots.AddRange(Pages.SelectMany(static page => page.Parameters.Select(p => (page.Route, p, page.Base))));
        return slots;
    }

    private string Url(string route, string parameter, string payload, (string Name, string Value)[] baseValues)
    {
        var values = baseValues.ToDictionary(static b => b.Name, static b => b.Value, StringComparer.Ordinal);
        values[parameter] = payload;
        var path = route;
        var query = new List<string>();
        foreach (var (name, raw) in values)
        {
            var value = raw == "{seed}" ? seeded.SeedId : raw;
            var placeholder = "{" + name + "}";
            if (path.Contains(placeholder, StringComparison.Ordinal))
            {
                path = path.Replace(placeholder, Uri.EscapeDataString(value), StringComparison.Ordinal);
            }
            else
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private async Task<string> Counts()
    {
        using var stats = await seeded.Server.GetJson("/api/stats");
        return stats.RootElement.GetRawText();
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    /// <summary>A server holding the seed article and the canary, stored once for the class.</summary>
    public sealed class SeededServer : IAsyncLifetime
    {
        public TestServer Server { get; } = new();

        public string SeedId { get; private set; } = "";

        public string CanaryId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await Server.InitializeAsync();
            SeedId = await Server.IngestSeed();
            using var response = await Server.Ingest(new { text = CanaryArticle, published = "2025-10-13", title = "أيسلندا وتشيلي", url = "https://canary.example/iceland-chile" });
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            CanaryId = json.RootElement.GetProperty("id").GetString()!;
        }

        public Task DisposeAsync() => Server.DisposeAsync();
    }
}
