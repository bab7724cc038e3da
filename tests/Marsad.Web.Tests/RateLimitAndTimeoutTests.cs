using System.Net;
using System.Text.Json;
using Marsad.Web.Hosting;
using Marsad.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Marsad.Web.Tests;

/// <summary>
/// A client that asks too often gets 429 with Retry-After; a request that cannot finish in time gets 503, not a
/// hung connection. Each test runs its own server with its own limits. Nothing here depends on how fast the
/// machine is: the rate limit's window is an hour, and the slow request waits on a lock the test holds.
/// </summary>
public sealed class RateLimitAndTimeoutTests
{
    [Fact]
    public async Task Past_the_rate_limit_a_client_gets_429_with_Retry_After_and_a_problem_even_with_the_key()
    {
        var server = new TestServer(static o => o with { RateLimit = 5, RateLimitWindow = TimeSpan.FromHours(1) });
        await server.InitializeAsync();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                using var allowed = await server.Client.GetAsync("/api/stats");
                Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            }

            using var refused = await server.Client.GetAsync("/api/stats");
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var retryAfter = refused.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Contains("the limit is 5", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("default-src 'none'", refused.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

            // The key does not lift the limit, and pages are limited too (an HTML answer).
            using var keyed = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
            keyed.Headers.Add("X-Api-Key", TestServer.ApiKey);
            using var stillRefused = await server.Client.SendAsync(keyed);
            Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
            using var page = await server.Client.GetAsync("/events");
            Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("192.0.2.10", "192.0.2.10")]
    [InlineData("::ffff:192.0.2.10", "192.0.2.10")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("::1", "::/64")]
    public void Clients_are_counted_by_IPv4_address_or_IPv6_64_prefix(string address, string key) =>
        Assert.Equal(key, RateLimits.ClientKey(IPAddress.Parse(address)));

    [Fact]
    public async Task A_read_that_waits_on_a_locked_store_is_answered_503_problem_after_the_timeout_and_the_server_recovers()
    {
        // The limit covers every request, the recovery read after the lock too, so it is far above what an
        // ordinary read takes on a loaded 2-core machine (a second or two at worst); the locked reads wait it out
        // whatever it is, since they wait on a lock the test holds, not on the machine.
        var server = new TestServer(static o => o with { RequestTimeout = TimeSpan.FromSeconds(10) });
        await server.InitializeAsync();
        try
        {
            // Another process holds the store exclusively (a backup, a VACUUM): every read of ours waits on it.
            using (var holder = new SqliteConnection($"Data Source={server.DatabasePath};Pooling=False"))
            {
                holder.Open();
                using (var lockIt = holder.CreateCommand())
                {
                    lockIt.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM documents;";
                    lockIt.ExecuteScalar();
                }

                string[] paths = ["/api/search?q=%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86", "/api/stats", "/events"];
                var responses = await Task.WhenAll(paths.Select(path => server.Client.GetAsync(path)));
                foreach (var (path, response) in paths.Zip(responses))
                {
                    using var _ = response;
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{path} answered {(int)response.StatusCode}: {body}");
                    Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
                    if (path.StartsWith("/api/", StringComparison.Ordinal))
                    {
                        using var problem = JsonDocument.Parse(body);
                        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
                        Assert.Contains("longer than the limit of 10 s", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
                    }
                }

                using var rollback = holder.CreateCommand();
                rollback.CommandText = "ROLLBACK;";
                rollback.ExecuteNonQuery();
            }

            // The lock released, the same reads are served again.
            using var stats = await server.GetJson("/api/stats");
            Assert.Equal(0, stats.RootElement.GetProperty("documents").GetInt64());
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
