using System.Globalization;
using System.Text;
using Marsad.Storage.Monitoring;
using Marsad.Storage.Postgres;
using Marsad.Storage.Tests.Support;
using Npgsql;

namespace Marsad.Storage.Tests.Monitoring;

/// <summary>
/// Real <c>marsad watch</c> processes over a real PostgreSQL, killed with SIGKILL while a round is storing: nothing
/// already stored is lost, nothing is stored twice, the restart refetches nothing it had stored, a killed watcher's
/// claimed sources go at once to a watcher on the same machine, and the alert hits of articles stored just before the
/// kill are recorded and posted once by the next round. Every wait is on state the test can see (requests the feed
/// server received, rows, sessions waiting on a lock), with a generous overall limit.
/// </summary>
public sealed class PostgresWatchKillTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);
    private readonly TempFolder _folder = new();
    private readonly string _prefix = "watchkill_" + Guid.NewGuid().ToString("N")[..10];
    private int _holding = 1;

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    /// <summary>Feeds /f/N of one summary each, linking to /p/N; page 7 hangs while the test holds it.</summary>
    private FeedServer OnePagePerFeed() => new(request =>
    {
        var path = request.Url!.AbsolutePath;
        var n = int.Parse(path[3..], CultureInfo.InvariantCulture);
        if (path.StartsWith("/f/", StringComparison.Ordinal))
        {
            return Reply.Ok(Feeds.Summaries(p => $"http://127.0.0.1:{request.Url.Port}/p/{p}", n), "application/rss+xml");
        }

        return n == 7 && Volatile.Read(ref _holding) == 1 ? new Reply(200) { Hang = true } : Reply.Ok(Feeds.Page(n));
    });

    private static long Count(string db, string sql) => PostgresChecks.Scalar(db, sql);

    private static long Documents(string db) => Count(db, "SELECT count(*) FROM documents");

    [Fact]
    public void A_watch_killed_mid_round_on_PostgreSQL_loses_nothing_stored_and_a_restart_stores_the_rest_once()
    {
        // Four feeds of three summaries each; page 7 (the third feed's second) hangs until released.
        using var server = new FeedServer(request =>
        {
            var path = request.Url!.AbsolutePath;
            var n = int.Parse(path[3..], CultureInfo.InvariantCulture);
            return path.StartsWith("/f/", StringComparison.Ordinal)
                ? Reply.Ok(Feeds.Summaries(p => $"http://127.0.0.1:{request.Url.Port}/p/{p}", n * 3, (n * 3) + 1, (n * 3) + 2), "application/rss+xml")
                : n == 7 && Volatile.Read(ref _holding) == 1 ? new Reply(200) { Hang = true } : Reply.Ok(Feeds.Page(n));
        });
        var db = PostgresServer.Database(_prefix + "_round");
        var list = Write("sources.txt", string.Join('\n', Enumerable.Range(0, 4).Select(f => server.Url($"/f/{f}"))));

        using (var child = CliRun.Start(["watch", list, "--db", db, "--gap", "0", "--parallel", "1", "--timeout", "600"]))
        {
            var held = PostgresChecks.WaitFor(() => (server.Count("/p/7") == 1 && Documents(db) >= 6) || child.HasExited, Limit, 20);
            Assert.True(held && !child.HasExited, "the watcher stopped before reaching the held page");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        // The first two feeds were stored and recorded before the kill; the third was half read.
        Assert.Equal(6, Documents(db));
        Assert.Equal(2, Count(db, "SELECT count(*) FROM watch_sources WHERE polls = 1"));
        Volatile.Write(ref _holding, 0);
        server.Release();

        // A watch started at once on the same machine sees that the process holding the two half-read feeds is gone
        // and takes them without waiting out its lease (300 s by default); the feeds stored are not due.
        Assert.Contains("round 1: 2 sources polled, 0 not modified, 0 failed, 6 new items, 6 articles added", CliRun.Of("watch", list, "--db", db, "--once", "--gap", "0").AssertExit(0).Stderr, StringComparison.Ordinal);

        Assert.Equal(12, Documents(db));
        Assert.Equal(12, Count(db, "SELECT count(DISTINCT url) FROM documents"));
        Assert.Equal(12, Count(db, "SELECT count(*) FROM watch_items WHERE document_id IN (SELECT id FROM documents)"));
        Assert.Equal(4, Count(db, "SELECT count(*) FROM watch_sources WHERE polls = 1 AND lease_owner IS NULL"));
        // The restart fetched none of what was stored: feeds 0 and 1 and their pages once, the half-read feed's pages again.
        Assert.Equal((1, 1, 2, 1), (server.Count("/f/0"), server.Count("/f/1"), server.Count("/f/2"), server.Count("/f/3")));
        Assert.All(Enumerable.Range(0, 6).Concat(Enumerable.Range(9, 3)), n => Assert.Equal(1, server.Count($"/p/{n}")));
        Assert.Equal((2, 2), (server.Count("/p/6"), server.Count("/p/7")));
    }

    [Fact]
    public void Two_watch_processes_share_the_sources_without_double_work_and_a_killed_ones_sources_are_picked_up_at_once_on_its_machine()
    {
        using var server = OnePagePerFeed();
        var db = PostgresServer.Database(_prefix + "_shared");
        string[] sources = [.. Enumerable.Range(0, 12).Select(f => server.Url($"/f/{f}"))];
        var list = Write("sources.txt", string.Join('\n', sources));
        string[] args = ["watch", list, "--db", db, "--gap", "0", "--parallel", "1", "--timeout", "600", "--lease", "3600", "--every", "7200"];

        var children = new[] { CliRun.Start(args), CliRun.Start(args) };
        string owner;
        try
        {
            // Both run until every source is polled and recorded, except those the holder of feed 7 claimed: it
            // waits on page 7, and the sources after it in its claim wait behind it.
            var f7 = server.Url("/f/7");
            var settled = PostgresChecks.WaitFor(() => children.Any(c => c.HasExited) || (server.Count("/p/7") == 1 && Count(db, $"""
                SELECT count(*) FROM watch_sources
                WHERE polls = 0 AND lease_owner IS DISTINCT FROM (SELECT lease_owner FROM watch_sources WHERE url = '{f7}')
                """) == 0), Limit, 20);
            Assert.True(settled && children.All(c => !c.HasExited), "the watchers stopped before settling on the held page");
            owner = PostgresChecks.Text(db, $"SELECT lease_owner FROM watch_sources WHERE url = '{f7}'")!;
            var holder = children.Single(c => owner.Split(':')[^2] == c.Id.ToString(CultureInfo.InvariantCulture));
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
        }
        finally
        {
            // The other one has nothing left to do that it may take: stop it too.
            foreach (var child in children)
            {
                if (!child.HasExited)
                {
                    child.Kill(entireProcessTree: true);
                }

                child.WaitForExit();
                child.Dispose();
            }
        }

        // No double work: each feed and page was asked for once; what the killed watcher held is still leased to it.
        Assert.All(Enumerable.Range(0, 12), n => Assert.InRange(server.Count($"/f/{n}"), 0, 1));
        Assert.All(Enumerable.Range(0, 12), n => Assert.Equal(server.Count($"/f/{n}"), server.Count($"/p/{n}")));
        var stored = Documents(db);
        var held = Count(db, $"SELECT count(*) FROM watch_sources WHERE polls = 0 AND lease_owner = '{owner}'");
        Assert.InRange(held, 1, 4);
        Assert.Equal(12 - held, stored);
        // Which feeds the dead watcher held, and how often each feed and page was asked for by then: it may have
        // fetched some held feeds' pages before it hung on page 7, without storing them.
        var heldFeeds = Enumerable.Range(0, 12).Where(n => Count(db,
            $"SELECT count(*) FROM watch_sources WHERE url = '{server.Url($"/f/{n}")}' AND polls = 0 AND lease_owner = '{owner}'") == 1).ToHashSet();
        var feedsBefore = Enumerable.Range(0, 12).Select(n => server.Count($"/f/{n}")).ToArray();
        var pagesBefore = Enumerable.Range(0, 12).Select(n => server.Count($"/p/{n}")).ToArray();
        Assert.Contains(7, heldFeeds);
        Volatile.Write(ref _holding, 0);
        server.Release();

        using var store = PostgresStore.Open(db);
        using var state = WatchState.Of(store);
        Watcher Survivor(TimeProvider clock) => new(store, state, TestData.Pipeline, clock)
        {
            Sources = sources, Every = TimeSpan.FromSeconds(7200), HostGap = TimeSpan.Zero, Parallelism = 1, Owner = "survivor",
        };

        // The survivor runs on the same machine: the holder's process is gone, so its round takes exactly the
        // sources it held at once, though the lease (3,600 s) has not passed, and stores their articles once.
        var round = Survivor(TimeProvider.System).RunRound();
        Assert.Equal((held, held), ((long)round.Polled, (long)round.Added));
        Assert.Equal(12, Documents(db));
        Assert.Equal(12, Count(db, "SELECT count(DISTINCT url) FROM documents"));
        Assert.Equal(12, Count(db, "SELECT count(*) FROM watch_sources WHERE polls = 1 AND lease_owner IS NULL"));
        // The survivor asked once more for exactly the held feeds and their pages, and for nothing stored.
        Assert.All(Enumerable.Range(0, 12), n => Assert.Equal(pagesBefore[n] + (heldFeeds.Contains(n) ? 1 : 0), server.Count($"/p/{n}")));
        Assert.All(Enumerable.Range(0, 12), n => Assert.Equal(feedsBefore[n] + (heldFeeds.Contains(n) ? 1 : 0), server.Count($"/f/{n}")));
    }

    [Fact]
    public void A_watch_killed_after_storing_its_articles_but_before_their_alert_hits_has_them_recorded_and_posted_once_after_restart()
    {
        using var server = new FeedServer(request => request.Url!.AbsolutePath switch
        {
            "/feed.xml" => Reply.Ok(PendingHitTests.Feed, "application/atom+xml"),
            "/hook" => new Reply(204),
            _ => new Reply(404),
        });
        var db = PostgresServer.Database(_prefix + "_hits");
        var database = new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString(db)).Database!;
        var list = Write("sources.txt", server.Url("/feed.xml"));
        CliRun.Of("alert", "add", "embassy", "--query", "السفارة", "--webhook", server.Url("/hook"), "--db", db).AssertExit(0);

        // The test holds alert_hits against writes (reading stays open): the child stores its articles, then waits
        // on the lock inside the transaction that would record their hits, and is killed there.
        using (var blocker = PostgresChecks.Open(db))
        using (var blocking = blocker.BeginTransaction())
        {
            PostgresChecks.Execute(blocker, "LOCK TABLE alert_hits IN EXCLUSIVE MODE", blocking);
            using var child = CliRun.Start(["watch", list, "--db", db, "--gap", "0", "--once"]);
            try
            {
                var waiting = PostgresChecks.WaitFor(() => child.HasExited || (Documents(db) == 2 && Count(db, $"""
                    SELECT count(*) FROM pg_stat_activity a
                    WHERE a.datname = '{database}' AND a.application_name = 'marsad' AND a.wait_event_type = 'Lock'
                    """) == 1), Limit, 20);
                Assert.True(waiting && !child.HasExited, "the watcher never reached the hits' transaction");
                Assert.Equal((2, 0, 1), (Documents(db), Count(db, "SELECT count(*) FROM alert_hits"), Count(db, "SELECT count(*) FROM alert_pending")));
            }
            finally
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
            }

            blocking.Rollback();
        }

        // The server learns of the dead client when it next writes to it; until then its backend lingers.
        Assert.True(PostgresChecks.WaitFor(() => Count(db, $"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' AND application_name = 'marsad'") == 0, Limit, 50),
            "the killed child's session never ended");
        Assert.Equal((2, 0, 1), (Documents(db), Count(db, "SELECT count(*) FROM alert_hits"), Count(db, "SELECT count(*) FROM alert_pending")));

        // The restart's round records the pending hit and posts it (the feed itself stays leased to the dead
        // watcher until its lease passes; then it is refetched and its two articles are duplicates).
        CliRun.Of("watch", list, "--db", db, "--gap", "0", "--once").AssertExit(0);
        var baghdad = TestData.Record(PendingHitTests.Baghdad, "baghdad").Id;
        Assert.Equal(2, Documents(db));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM alert_pending"));
        Assert.Equal(baghdad, PostgresChecks.Text(db, "SELECT document_id FROM alert_hits WHERE alert = 'embassy' AND delivered_at IS NOT NULL AND attempts = 1"));
        var post = Assert.Single(server.Requests, r => r.Path == "/hook");
        Assert.Contains(baghdad, post.Body, StringComparison.Ordinal);

        // Exactly once: another run finds nothing due, nothing pending and posts nothing.
        CliRun.Of("watch", list, "--db", db, "--gap", "0", "--once").AssertExit(0);
        Assert.Single(server.Requests, r => r.Path == "/hook");
        Assert.Equal(1, Count(db, "SELECT count(*) FROM alert_hits"));
    }
}
