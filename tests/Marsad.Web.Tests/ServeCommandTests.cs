using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Marsad.Cli;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Tests;

/// <summary>The real <c>marsad serve</c> command, and who may read and write.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Marsad_serve_starts_on_loopback_over_the_store_and_answers_the_api()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-serve-test-").FullName;
        var cli = Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "serve", "--db", Path.Combine(folder, "store.db"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["MARSAD_API_KEY"] = "serve-test-key";
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.NotNull(line);
            Assert.StartsWith("marsad serve: listening on http://127.0.0.1:", line, StringComparison.Ordinal);
            var address = line!["marsad serve: listening on ".Length..].Split(' ')[0];
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            using var stats = JsonDocument.Parse(await client.GetStringAsync("/api/stats"));
            Assert.Equal(0, stats.RootElement.GetProperty("documents").GetInt64());
            // The key is set: serve says writing is enabled, and nothing that reads as if the key were missing.
            var access = await process.StandardOutput.ReadLineAsync();
            Assert.Equal("marsad serve: writing is enabled for clients that send the key of MARSAD_API_KEY (X-Api-Key or a bearer token)", access);
            Assert.DoesNotContain("disabled", access, StringComparison.Ordinal);
            Assert.DoesNotContain("needs", access, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "store.db")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--urls", "ftp://127.0.0.1:21")]
    [InlineData("--max-body", "12")]
    [InlineData("extra")]
    [InlineData("--port", "80")]
    [InlineData("--rate-limit", "0")]
    [InlineData("--rate-limit", "many")]
    [InlineData("--timeout", "0")]
    [InlineData("--timeout", "3601")]
    public void Marsad_serve_refuses_a_bad_command_line_with_exit_2(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = MarsadApp.Run(["serve", .. args], Stream.Null, stdout, stderr);
        Assert.Equal(2, code);
        Assert.StartsWith("marsad: ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Marsad_serve_help_names_the_key_and_the_default_address()
    {
        using var stdout = new MemoryStream();
        Assert.Equal(0, MarsadApp.Run(["serve", "--help"], Stream.Null, stdout, TextWriter.Null));
        var help = System.Text.Encoding.UTF8.GetString(stdout.ToArray());
        Assert.Contains("MARSAD_API_KEY", help, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:5080", help, StringComparison.Ordinal);
        Assert.Contains("--rate-limit N", help, StringComparison.Ordinal);
        Assert.Contains("--timeout SECONDS", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_from_another_machine_needs_the_key_and_loopback_does_not()
    {
        var access = new Access("k3y");
        var remote = new DefaultHttpContext();
        remote.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.10");
        Assert.False(access.MayRead(remote));
        remote.Request.Headers["X-Api-Key"] = "k3y";
        Assert.True(access.MayRead(remote));

        var local = new DefaultHttpContext();
        local.Connection.RemoteIpAddress = IPAddress.IPv6Loopback;
        local.Request.Host = new HostString("[::1]:5080");
        Assert.True(access.MayRead(local));

        // A page on another site whose DNS name was rebound to 127.0.0.1 reaches us from loopback, under its own name.
        var rebound = new DefaultHttpContext();
        rebound.Connection.RemoteIpAddress = IPAddress.Loopback;
        rebound.Request.Host = new HostString("attacker.example:5080");
        Assert.False(access.MayRead(rebound));
        rebound.Request.Host = new HostString("localhost:5080");
        Assert.True(access.MayRead(rebound));
        Assert.False(access.HasKey(local.Request));
        local.Request.Headers.Authorization = "Bearer k3y";
        Assert.True(access.HasKey(local.Request));
        local.Request.Headers.Authorization = "Bearer k3y-and-more";
        Assert.False(access.HasKey(local.Request));

        var keyless = new Access(null);
        local.Request.Headers["X-Api-Key"] = "";
        Assert.False(keyless.HasKey(local.Request));
        Assert.False(keyless.MayRead(remote));
    }
}
