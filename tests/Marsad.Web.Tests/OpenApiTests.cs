using System.Text.Json;
using Marsad.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests;

/// <summary>The OpenAPI document the app serves describes every API endpoint the app routes.</summary>
public sealed class OpenApiTests(TestServer server) : IClassFixture<TestServer>
{
    [Fact]
    public async Task The_OpenAPI_document_lists_every_api_endpoint_with_its_method()
    {
        using var document = await server.GetJson("/openapi/v1.json");
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.RootElement.GetProperty("paths");
        var described = paths.EnumerateObject()
            .SelectMany(static p => p.Value.EnumerateObject().Select(m => (Path: p.Name, Method: m.Name.ToUpperInvariant())))
            .ToHashSet();

        var routed = server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(static e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(static e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Path: Normalise(e.RoutePattern.RawText!), Method: m)))
            .ToList();

        string[] issue = ["GET /api/search", "GET /api/documents/{id}", "POST /api/documents", "POST /api/analyze", "GET /api/events", "GET /api/events.geojson", "GET /api/dyad", "GET /api/entities/{id}", "GET /api/entities", "GET /api/timeline", "GET /api/stats", "GET /api/alerts", "POST /api/alerts", "DELETE /api/alerts/{name}", "GET /api/alerts/{name}/hits", "GET /api/stories"];
        Assert.Equal(issue.Order(StringComparer.Ordinal), routed.Select(static e => $"{e.Method} {e.Path}").Order(StringComparer.Ordinal));
        foreach (var endpoint in routed)
        {
            Assert.True(described.Contains(endpoint), $"{endpoint.Method} {endpoint.Path} is not in the OpenAPI document");
        }

        Assert.Equal(routed.Count, described.Count);

        // Parameters and bodies are described too.
        var events = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(static p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["actor", "recipient", "exact", "type", "from", "to", "country", "near", "limit", "offset", "format"], events);
        var geojson = paths.GetProperty("/api/events.geojson").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(static p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["actor", "recipient", "exact", "type", "from", "to", "country", "near", "limit", "offset"], geojson);
        Assert.True(paths.GetProperty("/api/documents").GetProperty("post").TryGetProperty("requestBody", out var body));
        Assert.True(body.GetProperty("content").TryGetProperty("application/json", out _));
    }

    /// <summary>Route templates as OpenAPI writes them: a catch-all {**id} is {id}.</summary>
    private static string Normalise(string template) => template.Replace("{**", "{", StringComparison.Ordinal);
}
