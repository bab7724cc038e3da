using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>The limits on what one request may ask: query and text lengths, page sizes and offsets, dates, the query string and headers.</summary>
public sealed class RequestLimitTests(TestServer server) : IClassFixture<TestServer>
{
    [Theory]
    [InlineData("/api/search?q={long}", "q", "longer than 500")]
    [InlineData("/api/timeline?q={long}", "q", "longer than 500")]
    [InlineData("/?q={long}", "q", "longer than 500")]
    [InlineData("/api/search?q={words}", "q", "33 words")]
    [InlineData("/api/search?q=x&source={long}", "source", "longer than 500")]
    [InlineData("/api/events?limit=201", "limit", "from 1 to 200")]
    [InlineData("/api/events?format=csv&limit=10001", "limit", "from 1 to 10000")]
    [InlineData("/api/events?offset=10001", "offset", "from 0 to 10000")]
    [InlineData("/api/dyad?a=KAZ&b=ISR&limit=201", "limit", "from 1 to 200")]
    [InlineData("/api/search?q=x&limit=101", "limit", "from 1 to 100")]
    [InlineData("/api/search?q=x&offset=201", "offset", "from 0 to 200")]
    [InlineData("/api/entities/KAZ?top=101", "top", "from 1 to 100")]
    [InlineData("/api/events?from=10000", "from", "YYYY-MM-DD")]
    [InlineData("/api/events?from=0000", "from", "YYYY-MM-DD")]
    [InlineData("/api/events?from=2025-W45", "from", "YYYY-MM-DD")]
    [InlineData("/api/events?from=2025-11-06T00:00", "from", "YYYY-MM-DD")]
    [InlineData("/api/events?from=%D9%A2%D9%A0%D9%A2%D9%A5", "from", "YYYY-MM-DD")]
    public async Task A_parameter_over_its_limit_is_400_problem_that_names_it(string template, string parameter, string says)
    {
        var path = template
            .Replace("{long}", Uri.EscapeDataString(new string('ب', 501)), StringComparison.Ordinal)
            .Replace("{words}", Uri.EscapeDataString(string.Join(' ', Enumerable.Range(1, 33))), StringComparison.Ordinal);
        using var response = await server.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{template} answered {(int)response.StatusCode}: {body}");
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(body);
            Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
            Assert.Contains(says, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(says, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/events?to=9999")]
    [InlineData("/api/events?to=9999-12")]
    [InlineData("/api/events?from=0001&to=9999-12-31")]
    [InlineData("/api/timeline?to=9999")]
    [InlineData("/events?to=9999-12")]
    [InlineData("/api/events?format=csv&limit=10000&offset=10000")]
    [InlineData("/api/search?q=x&limit=100&offset=200")]
    [InlineData("/api/search?q=" + "%D8%A7%D8%AA%D9%81%D8%A7%D9%82")]
    public async Task Values_at_the_edge_of_each_limit_are_served(string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_query_string_over_8_KiB_is_414_problem_and_a_request_line_over_16_KiB_is_refused_by_Kestrel()
    {
        using var app = await server.Client.GetAsync("/api/search?q=x&pad=" + new string('a', 9000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, app.StatusCode);
        Assert.Equal("application/problem+json", app.Content.Headers.ContentType?.MediaType);
        Assert.Contains("8192", await app.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var kestrel = await server.Client.GetAsync("/api/search?q=x&pad=" + new string('a', 17_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, kestrel.StatusCode);
    }

    [Fact]
    public async Task Headers_over_16_KiB_or_more_than_64_headers_are_refused_with_431()
    {
        using var big = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        big.Headers.Add("X-Padding", new string('a', 17_000));
        using var first = await server.Client.SendAsync(big);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, first.StatusCode);

        using var many = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        for (var i = 0; i < 70; i++)
        {
            many.Headers.Add($"X-Header-{i}", "x");
        }

        using var second = await server.Client.SendAsync(many);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, second.StatusCode);

        using var stats = await server.GetJson("/api/stats");
    }

    [Fact]
    public async Task A_form_with_more_fields_than_the_paste_box_could_send_is_400_not_500()
    {
        var fields = Enumerable.Range(0, 20).Select(static i => new KeyValuePair<string, string>("field" + i, "x"))
            .Append(new("api_key", TestServer.ApiKey))
            .Append(new("text", "أعلنت كازاخستان انضمامها إلى اتفاقات أبراهام."));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/analyze") { Content = new FormUrlEncodedContent(fields) };
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("the form cannot be read", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_client_that_calls_the_server_by_another_name_needs_the_key_to_read()
    {
        // What a page on a site whose DNS name was rebound to 127.0.0.1 sends: our address, its own name.
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        rebound.Headers.Host = "attacker.example";
        using var refused = await server.Client.SendAsync(rebound);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("attacker.example", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        keyed.Headers.Host = "attacker.example";
        keyed.Headers.Add("X-Api-Key", TestServer.ApiKey);
        using var served = await server.Client.SendAsync(keyed);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);

        using var byName = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        byName.Headers.Host = "localhost:" + server.BaseAddress.Port;
        using var local = await server.Client.SendAsync(byName);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task A_request_line_that_is_not_HTTP_gets_400_and_the_server_keeps_serving()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /api/stats?q=\0' OR 1=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        var buffer = new byte[1024];
        var read = await stream.ReadAsync(buffer);
        Assert.StartsWith("HTTP/1.1 400", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);

        using var stats = await server.GetJson("/api/stats");
    }
}
