using System.Net;
using System.Net.Sockets;
using System.Text;
using Marsad.Storage.Ingest;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Cli;

/// <summary>RSS and Atom feeds from files and from a URL served on the loopback interface (never the internet).</summary>
public sealed class FeedIngestTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>أخبار</title>
            <item>
              <title>كازاخستان تنضم إلى اتفاقات أبراهام</title>
              <link>https://news.example/ar/kazakhstan</link>
              <pubDate>Thu, 06 Nov 2025 01:30:00 +0300</pubDate>
              <description>ملخص قصير</description>
              <content:encoded><![CDATA[<p>ستعلن كازاخستان يوم الخميس انضمامها إلى اتفاقات أبراهام.</p><p>شاركها.</p>]]></content:encoded>
            </item>
            <item>
              <title>قمة في الدوحة</title>
              <link>https://news.example/ar/doha</link>
              <pubDate>Wed, 05 Nov 2025 20:00:00 GMT</pubDate>
              <description>&lt;p&gt;استضافت الدوحة قمة عربية طارئة يوم الأربعاء.&lt;/p&gt;</description>
            </item>
            <item><title>بلا نص</title><link>https://news.example/ar/empty</link></item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>أخبار</title>
          <entry>
            <title>تونس والجزائر</title>
            <link rel="alternate" href="https://news.example/ar/tunisia"/>
            <published>2024-03-01T10:00:00+01:00</published>
            <content type="html">&lt;p&gt;تحدثت صحف تونس عن الاتفاقيات التجارية مع الجزائر.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Db => _folder.File("marsad.db");

    [Fact]
    public void Rss_and_atom_files_give_one_article_per_item_with_its_title_link_and_date()
    {
        var rss = _folder.File("feed.xml");
        var atom = _folder.File("atom.xml");
        File.WriteAllText(rss, Rss, Encoding.UTF8);
        File.WriteAllText(atom, Atom, Encoding.UTF8);

        var run = CliRun.Of("ingest", rss, atom, "--db", Db).AssertExit(3);

        Assert.Contains("added: 3", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("feed.xml#3: feed item has no content or description", run.Stdout, StringComparison.Ordinal);
        var hits = CliRun.Of("search", "اتفاق", "--db", Db, "--format", "json").AssertExit(0).Lines;
        Assert.Equal(2, hits.Count);
        var kazakhstan = hits.Single(h => h.GetProperty("url").GetString() == "https://news.example/ar/kazakhstan");
        Assert.Equal("كازاخستان تنضم إلى اتفاقات أبراهام", kazakhstan.GetProperty("title").GetString());
        Assert.Equal("2025-11-06", kazakhstan.GetProperty("published").GetString());
        Assert.Equal(rss + "#1", kazakhstan.GetProperty("source").GetString());
        Assert.DoesNotContain("شاركها", kazakhstan.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        var tunisia = hits.Single(h => h.GetProperty("url").GetString() == "https://news.example/ar/tunisia");
        Assert.Equal("2024-03-01", tunisia.GetProperty("published").GetString());
        Assert.Equal("2025-11-05", CliRun.Of("search", "الدوحة", "--db", Db, "--format", "json").Json.GetProperty("published").GetString());
    }

    [Fact]
    public void A_feed_and_a_page_are_fetched_from_urls()
    {
        using var server = new LoopbackServer(new Dictionary<string, (string Type, string Body)>
        {
            ["/feed.xml"] = ("application/rss+xml; charset=utf-8", Rss),
            ["/page.html"] = ("text/html; charset=utf-8", "<html><head><title>صفحة</title><meta property=\"article:published_time\" content=\"2025-10-01\"></head><body><article><p>أقامت كازاخستان علاقات دبلوماسية مع إسرائيل في عام 1992.</p></article></body></html>"),
        });

        var run = CliRun.Of("ingest", server.Url("/feed.xml"), server.Url("/page.html"), server.Url("/missing"), "--db", Db).AssertExit(3);

        Assert.Contains("added: 3", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("/missing: HTTP 404", run.Stdout, StringComparison.Ordinal);
        var page = CliRun.Of("search", "علاقات", "--db", Db, "--format", "json").Json;
        Assert.Equal(server.Url("/page.html"), page.GetProperty("source").GetString());
        Assert.Equal("2025-10-01", page.GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("Thu, 06 Nov 2025 01:30:00 +0300", "2025-11-06")]
    [InlineData("Wed, 05 Nov 2025 23:30:00 GMT", "2025-11-05")]
    [InlineData("2024-03-01T10:00:00+01:00", "2024-03-01")]
    [InlineData("not a date", null)]
    public void Feed_dates_are_read_in_the_feed_s_own_offset(string value, string? expected)
    {
        Assert.Equal(expected, FeedReader.ParseDate(value)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_broken_feed_fails_with_a_reason()
    {
        var broken = _folder.File("broken.xml");
        File.WriteAllText(broken, "<?xml version=\"1.0\"?><rss><channel><item><title>x</title>", Encoding.UTF8);

        var run = CliRun.Of("ingest", broken, "--db", Db).AssertExit(3);

        Assert.Contains("broken.xml: not a well-formed feed", run.Stdout, StringComparison.Ordinal);
    }

    /// <summary>An HTTP server on 127.0.0.1 serving fixed bodies, for as long as the test runs.</summary>
    private sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;
        private readonly int _port;

        public LoopbackServer(IReadOnlyDictionary<string, (string Type, string Body)> pages)
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                _port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
            }

            _listener.Prefixes.Add($"http://127.0.0.1:{_port}/");
            _listener.Start();
            _loop = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                    {
                        return;
                    }

                    using var response = context.Response;
                    if (pages.TryGetValue(context.Request.Url!.AbsolutePath, out var page))
                    {
                        var bytes = Encoding.UTF8.GetBytes(page.Body);
                        response.ContentType = page.Type;
                        response.ContentLength64 = bytes.Length;
                        await response.OutputStream.WriteAsync(bytes);
                    }
                    else
                    {
                        response.StatusCode = 404;
                    }
                }
            });
        }

        public string Url(string path) => $"http://127.0.0.1:{_port}{path}";

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
