using System.Text;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Monitoring;

/// <summary>The real <c>marsad watch</c> and <c>marsad sources</c> commands, in-process and as a child killed with -9.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Db => _folder.File("marsad.db");

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    [Theory]
    [InlineData("missing.txt", null, "no such sources file")]
    [InlineData("list.txt", "# feeds\nhttp://127.0.0.1:9/a.xml\nftp://example.org/feed.xml\n", "list.txt:3: not an http(s) URL: 'ftp://example.org/feed.xml'")]
    [InlineData("list.txt", "# nothing but a comment\n", "names no source")]
    [InlineData("feeds.opml", "<opml version=\"2.0\"><body><outline text=\"أخبار\" xmlUrl=\"http://127.0.0.1:9/a.xml\">", "not a well-formed OPML file")]
    [InlineData("feeds.opml", "<opml version=\"2.0\"><body><outline text=\"x\" xmlUrl=\"file:///etc/passwd\"/></body></opml>", "xmlUrl is not an http(s) URL")]
    [InlineData("feeds.xml", "<rss version=\"2.0\"><channel/></rss>", "an XML file that is not OPML")]
    public void A_bad_sources_file_is_a_clear_message_and_a_non_zero_exit(string name, string? text, string message)
    {
        var path = text is null ? _folder.File(name) : Write(name, text);

        var run = CliRun.Of("watch", path, "--db", Db, "--once").AssertExit(2);

        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_once_stores_the_new_articles_sources_shows_their_health_and_a_second_run_fetches_nothing()
    {
        using var server = new FeedServer(request => request.Url!.AbsolutePath switch
        {
            "/a.xml" => Reply.Conditional(request, Feeds.Full(6, 7), "\"a\"", "application/atom+xml"),
            "/b.xml" => Reply.Conditional(request, Feeds.Summaries(n => $"http://127.0.0.1:{request.Url.Port}/p/{n}", 8), "\"b\"", "application/rss+xml"),
            "/p/8" => Reply.Ok(Feeds.Page(8)),
            _ => new Reply(500),
        });
        var opml = Write("feeds.opml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>مصادر</title></head><body>
              <outline text="أخبار"><outline text="أ" type="rss" xmlUrl="{server.Url("/a.xml")}"/><outline text="ب" type="rss" xmlUrl="{server.Url("/b.xml")}"/></outline>
              <outline text="معطل" type="rss" xmlUrl="{server.Url("/down.xml")}"/>
            </body></opml>
            """);

        var first = CliRun.Of("watch", opml, "--db", Db, "--once", "--gap", "0").AssertExit(3);
        Assert.Contains("round 1: 3 sources polled, 0 not modified, 1 failed, 3 new items, 3 articles added", first.Stderr, StringComparison.Ordinal);

        var table = CliRun.Of("sources", "--db", Db).AssertExit(0).Stdout;
        Assert.Contains("3 sources: 2 ok, 1 failing, 0 new", table, StringComparison.Ordinal);
        Assert.Contains("last error: HTTP 500", table, StringComparison.Ordinal);
        var json = CliRun.Of("sources", "--db", Db, "--format", "json").AssertExit(0).Lines.ToDictionary(l => l.GetProperty("url").GetString()!);
        Assert.Equal(2, json[server.Url("/a.xml")].GetProperty("articles").GetInt32());
        Assert.Equal("\"b\"", json[server.Url("/b.xml")].GetProperty("etag").GetString());
        Assert.Equal(("failing", 1), (json[server.Url("/down.xml")].GetProperty("health").GetString(), json[server.Url("/down.xml")].GetProperty("failures").GetInt32()));
        Assert.Equal(3, SqliteChecks.Documents(Db));

        // Nothing is due yet: a restart polls nothing and fetches nothing.
        var requests = server.Requests.Count;
        var second = CliRun.Of("watch", opml, "--db", Db, "--once", "--gap", "0").AssertExit(0);
        Assert.Contains("round 1: 0 sources polled", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(requests, server.Requests.Count);
        Assert.Equal(3, SqliteChecks.Documents(Db));
    }

    [Fact]
    public void Sources_on_a_missing_store_says_so()
    {
        var run = CliRun.Of("sources", "--db", _folder.File("none.db")).AssertExit(3);

        Assert.Contains("no store at", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_watch_killed_mid_round_loses_nothing_stored_and_a_restart_stores_the_rest_once()
    {
        // Four feeds of three summaries each; one page of the third feed hangs until released.
        var holding = true;
        using var server = new FeedServer(request =>
        {
            var path = request.Url!.AbsolutePath;
            if (path.StartsWith("/f/", StringComparison.Ordinal))
            {
                var feed = int.Parse(path[3..4], System.Globalization.CultureInfo.InvariantCulture);
                return Reply.Ok(Feeds.Summaries(n => $"http://127.0.0.1:{request.Url.Port}/p/{n}", feed * 3, (feed * 3) + 1, (feed * 3) + 2), "application/rss+xml");
            }

            var page = int.Parse(path[3..], System.Globalization.CultureInfo.InvariantCulture);
            return page == 7 && Volatile.Read(ref holding) ? new Reply(200) { Hang = true } : Reply.Ok(Feeds.Page(page));
        });
        var list = Write("sources.txt", string.Join('\n', Enumerable.Range(0, 4).Select(f => server.Url($"/f/{f}.xml"))));

        using (var child = CliRun.Start(["watch", list, "--db", Db, "--gap", "0", "--parallel", "1", "--timeout", "600"]))
        {
            // Polls run ahead of the writes: wait for the held page and for the first two feeds' articles.
            var held = PostgresChecks.WaitFor(() => (server.Count("/p/7") == 1 && File.Exists(Db) && SqliteChecks.Documents(Db) >= 6) || child.HasExited, TimeSpan.FromMinutes(3), 20);
            Assert.True(held && !child.HasExited, "the watcher stopped before reaching the held page");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        // The first two feeds were stored before the kill; the third was half read.
        Assert.Equal(6, SqliteChecks.Documents(Db));
        Volatile.Write(ref holding, false);
        server.Release();

        CliRun.Of("watch", list, "--db", Db, "--once", "--gap", "0").AssertExit(0);

        Assert.Equal(12, SqliteChecks.Documents(Db));
        SqliteChecks.AssertConsistent(Db, 12);
        Assert.All(Enumerable.Range(0, 6), n => Assert.Equal(1, server.Count($"/p/{n}")));
        Assert.All(Enumerable.Range(9, 3), n => Assert.Equal(1, server.Count($"/p/{n}")));
        Assert.Equal((2, 2), (server.Count("/p/6"), server.Count("/p/7")));
        Assert.Equal(1, SqliteChecks.Scalar(Db, "SELECT count(*) FROM documents WHERE url = '" + server.Url("/p/6") + "'"));
    }

    [Fact]
    public void A_watch_that_dies_after_storing_its_articles_but_before_their_hits_has_them_recorded_and_posted_once_by_the_next_run()
    {
        using var server = new FeedServer(request => request.Url!.AbsolutePath switch
        {
            "/feed.xml" => Reply.Ok(PendingHitTests.Feed, "application/atom+xml"),
            "/hook" => new Reply(204),
            _ => new Reply(404),
        });
        var list = Write("sources.txt", server.Url("/feed.xml"));
        CliRun.Of("alert", "add", "embassy", "--query", "السفارة", "--webhook", server.Url("/hook"), "--db", Db).AssertExit(0);

        // The fault: a trigger fails the first write to alert_hits, so the child process stores its articles and
        // dies in the transaction that would record their hit (SQLite cannot hold one writer and let another by,
        // as the PostgreSQL test's lock does).
        Execute("CREATE TRIGGER injected_fault BEFORE INSERT ON alert_hits BEGIN SELECT RAISE(ABORT, 'injected fault before the hits'); END;");
        var died = CliRun.Child(["watch", list, "--db", Db, "--gap", "0", "--once"]);
        Assert.NotEqual(0, died.ExitCode);
        Assert.Contains("injected fault before the hits", died.Stderr, StringComparison.Ordinal);
        died.AssertNoStackTrace();
        Assert.Equal((2, 0, 1), (SqliteChecks.Documents(Db), SqliteChecks.Scalar(Db, "SELECT count(*) FROM alert_hits"), SqliteChecks.Scalar(Db, "SELECT count(*) FROM alert_pending")));
        Execute("DROP TRIGGER injected_fault;");

        // The next run refetches the feed (its poll was never recorded): both articles are duplicates, and the
        // round records the pending hit and posts it, once.
        var next = CliRun.Of("watch", list, "--db", Db, "--gap", "0", "--once").AssertExit(0);
        Assert.Contains("0 articles added, 2 duplicates", next.Stderr, StringComparison.Ordinal);
        Assert.Equal((2, 0), (SqliteChecks.Documents(Db), SqliteChecks.Scalar(Db, "SELECT count(*) FROM alert_pending")));
        Assert.Equal(1, SqliteChecks.Scalar(Db, "SELECT count(*) FROM alert_hits WHERE alert = 'embassy' AND delivered_at IS NOT NULL AND attempts = 1"));
        Assert.Contains(TestData.Record(PendingHitTests.Baghdad, "baghdad").Id, Assert.Single(server.Requests, r => r.Path == "/hook").Body, StringComparison.Ordinal);

        CliRun.Of("watch", list, "--db", Db, "--gap", "0", "--once").AssertExit(0);
        Assert.Single(server.Requests, r => r.Path == "/hook");
        SqliteChecks.AssertConsistent(Db, 2);
    }

    private void Execute(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
