using System.Net;
using System.Text;
using System.Text.Json;
using Marsad.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests;

/// <summary>
/// Every write needs the key: each endpoint the app routes for a method other than GET and HEAD, found in the
/// app's own endpoint data source (so an endpoint added later is covered without editing this test), answers
/// 401 without the key and with a wrong one, and stores nothing. Forms are safe from cross-site forgery.
/// </summary>
public sealed class WriteAuthorisationTests(TestServer server) : IClassFixture<TestServer>
{
    private const string Article = "أعلنت كازاخستان يوم الخميس انضمامها إلى اتفاقات أبراهام مع إسرائيل.";

    /// <summary>The routed writes: method and a concrete path (route parameters filled in).</summary>
    private List<(string Method, string Path)> RoutedWrites() =>
        [.. server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(static e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: Concrete(e.RoutePattern))))
            .Where(static e => e.Method is not ("GET" or "HEAD"))
            .Distinct()];

    [Fact]
    public async Task Every_routed_write_answers_401_without_the_key_or_with_a_wrong_one_and_stores_nothing()
    {
        var writes = RoutedWrites();

        // The enumeration finds the writes we know of, so the loop below cannot pass by finding none.
        Assert.Contains(("POST", "/api/documents"), writes);
        Assert.Contains(("POST", "/api/analyze"), writes);
        Assert.Contains(("POST", "/analyze"), writes);

        using var before = await server.GetJson("/api/stats");
        foreach (var (method, path) in writes)
        {
            foreach (var key in new[] { null, "not-the-key" })
            {
                foreach (var body in Bodies(path))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body };
                    if (key is not null)
                    {
                        request.Headers.Add("X-Api-Key", key);
                    }

                    using var response = await server.Client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} ({body.Headers.ContentType?.MediaType}, key {key ?? "none"}) answered {(int)response.StatusCode}: {text}");
                    Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
                    var expected = path.StartsWith("/api/", StringComparison.Ordinal) ? "application/problem+json" : "text/html";
                    Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
                    Assert.Contains(key is null ? "needs the API key" : "wrong", text, StringComparison.Ordinal);
                }
            }
        }

        using var after = await server.GetJson("/api/stats");
        Assert.Equal(before.RootElement.GetRawText(), after.RootElement.GetRawText());
    }

    [Theory]
    [InlineData("DELETE", "/api/documents/0000")]
    [InlineData("PUT", "/api/documents")]
    [InlineData("PATCH", "/api/events")]
    [InlineData("POST", "/api/stats")]
    [InlineData("POST", "/nothing-routed-here")]
    [InlineData("OPTIONS", "/api/search")]
    public async Task A_method_that_is_not_a_read_needs_the_key_even_where_nothing_is_routed(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_paste_box_analyses_with_the_key_in_its_form_and_refuses_without_it()
    {
        var page = await server.Client.GetStringAsync("/analyze");
        Assert.Contains("type=\"password\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"api_key\"", page, StringComparison.Ordinal);

        using var withKey = await PostForm(("api_key", TestServer.ApiKey), ("text", Article), ("published", "2025-11-06"));
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        var analysed = await withKey.Content.ReadAsStringAsync();
        Assert.Contains("data-entity=\"KAZ\"", analysed, StringComparison.Ordinal);
        Assert.DoesNotContain(TestServer.ApiKey, analysed, StringComparison.Ordinal);

        using var without = await PostForm(("text", Article));
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.DoesNotContain("data-entity", await without.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A forged form: what a browser sends when another site's page posts to the paste box. Without the key it is
    /// refused; with the key too (say it leaked) it is still refused, because the browser says where it comes from.
    /// </summary>
    [Theory]
    [InlineData("cross-site", "https://attacker.example")]
    [InlineData("same-site", "http://127.0.0.1:9999")]
    [InlineData(null, "https://attacker.example")]
    [InlineData(null, "null")]
    public async Task A_cross_site_form_post_is_refused_with_or_without_the_key(string? fetchSite, string origin)
    {
        foreach (var key in new[] { null, TestServer.ApiKey })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/analyze")
            {
                Content = new FormUrlEncodedContent(key is null ? [new("text", Article)] : [new("text", Article), new("api_key", key)]),
            };
            request.Headers.Add("Origin", origin);
            if (fetchSite is not null)
            {
                request.Headers.Add("Sec-Fetch-Site", fetchSite);
            }

            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("refused", page, StringComparison.Ordinal);
            Assert.DoesNotContain("data-entity", page, StringComparison.Ordinal);
        }

        // The same write through the API, cross-site with a valid key: refused as well, nothing stored.
        using var before = await server.GetJson("/api/stats");
        using var api = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(JsonSerializer.Serialize(new { text = Article + " " + origin }), Encoding.UTF8, "application/json") };
        api.Headers.Add("X-Api-Key", TestServer.ApiKey);
        api.Headers.Add("Origin", origin);
        using var refused = await server.Client.SendAsync(api);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var after = await server.GetJson("/api/stats");
        Assert.Equal(before.RootElement.GetProperty("documents").GetInt64(), after.RootElement.GetProperty("documents").GetInt64());
    }

    /// <summary>Our own page's form, as browsers send it: Chromium sends <c>Origin: null</c> under our no-referrer policy.</summary>
    [Theory]
    [InlineData("same-origin", "{self}")]
    [InlineData("same-origin", "null")]
    [InlineData(null, "{self}")]
    public async Task A_same_origin_form_post_with_the_key_is_served(string? fetchSite, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/analyze")
        {
            Content = new FormUrlEncodedContent([new("text", Article), new("api_key", TestServer.ApiKey)]),
        };
        request.Headers.Add("Origin", origin.Replace("{self}", server.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostForm(params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/analyze")
        {
            Content = new FormUrlEncodedContent(fields.Select(static f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        return await server.Client.SendAsync(request);
    }

    /// <summary>What a client might send a write: a JSON article, the raw text, and a form.</summary>
    private static IEnumerable<HttpContent> Bodies(string path)
    {
        yield return new StringContent(JsonSerializer.Serialize(new { text = Article, published = "2025-11-06" }), Encoding.UTF8, "application/json");
        yield return new StringContent(Article, Encoding.UTF8, "text/plain");
        yield return new FormUrlEncodedContent([new("text", Article + " " + path)]);
    }

    /// <summary>A route's path with every parameter filled in (a document id, an entity id).</summary>
    private static string Concrete(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(static segment => string.Concat(segment.Parts.Select(static part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart => new string('a', 64),
            _ => "",
        }))));
}
