using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using Marsad.Storage.Tests.Support;

namespace Marsad.Bench;

/// <summary>
/// <c>feed-server N SECONDS SOURCES_OUT</c>: serves N Atom feeds on loopback for SECONDS seconds, then stops,
/// and writes their URLs to SOURCES_OUT for <c>marsad watch</c> (docs/MONITORING.md). The feeds are spread over
/// 100 loopback addresses (127.0.1.1 to 127.0.1.100, one port), so the watcher's per-host politeness sees 100
/// hosts as it would see real sites. Each feed holds one generated article (the tests' generator) and answers
/// a conditional GET with its ETag with 304, as a feed that has not changed does.
/// </summary>
internal static class FeedServerBench
{
    private const int Hosts = 100;

    public static int Run(int feeds, int seconds, string sourcesOut)
    {
        var sentences = CorpusGenerator.Sentences(
            Path.Combine(AppContext.BaseDirectory, "samples", "kazakhstan-abraham-accords.ar.txt"),
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "TimeML"));
        var folder = Directory.CreateTempSubdirectory("marsad-feed-server-").FullName;
        try
        {
            var articles = CorpusGenerator.Write(folder, feeds, sentences).Select(File.ReadAllText).ToList();
            var bodies = articles.Select((html, i) => Encoding.UTF8.GetBytes(
                $"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>feed {i}</title>" +
                $"<entry><id>urn:bench:{i}</id><title>article {i}</title><published>2026-12-01T08:00:00Z</published><content type=\"html\">{SecurityElement.Escape(html)}</content></entry></feed>")).ToList();
            using var listener = new HttpListener();
            var port = FreePort();
            for (var h = 1; h <= Hosts; h++)
            {
                listener.Prefixes.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.1.{h}:{port}/"));
            }

            listener.Start();
            File.WriteAllLines(sourcesOut, Enumerable.Range(0, feeds).Select(i => string.Create(CultureInfo.InvariantCulture, $"http://127.0.1.{1 + (i % Hosts)}:{port}/f/{i}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serving {feeds} feeds on 127.0.1.1-{Hosts}:{port} for {seconds} s; sources in {sourcesOut}"));
            var requests = 0;
            var notModified = 0;
            var loop = Task.Run(async () =>
            {
                while (listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await listener.GetContextAsync().ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }

                    Interlocked.Increment(ref requests);
                    using var response = context.Response;
                    var index = int.Parse(context.Request.Url!.AbsolutePath[3..], CultureInfo.InvariantCulture);
                    var etag = string.Create(CultureInfo.InvariantCulture, $"\"{index}\"");
                    response.Headers["ETag"] = etag;
                    if (context.Request.Headers["If-None-Match"] == etag)
                    {
                        Interlocked.Increment(ref notModified);
                        response.StatusCode = 304;
                        continue;
                    }

                    response.ContentType = "application/atom+xml; charset=utf-8";
                    response.ContentLength64 = bodies[index].Length;
                    await response.OutputStream.WriteAsync(bodies[index]).ConfigureAwait(false);
                }
            });
            Thread.Sleep(TimeSpan.FromSeconds(seconds));
            listener.Stop();
            loop.Wait();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answered {requests} requests, {notModified} with 304"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
