using Marsad.Storage.Monitoring;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Monitoring;

/// <summary>
/// The watcher against feeds served on loopback that change between rounds, on a clock the test moves:
/// new items, a 304, a 500 then recovery, a 429 with Retry-After, a source that never answers, a malformed
/// feed. Each new article is stored exactly once, and a restart refetches nothing. Both backends.
/// </summary>
public abstract class WatchEndToEndTests : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(60);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly FeedServer _server;
    private readonly FeedServer _slow;
    private int _round = 1;

    protected WatchEndToEndTests()
    {
        _server = new FeedServer(Answer);
        _slow = new FeedServer(_ => new Reply(200) { Hang = true });
    }

    protected TempFolder Folder { get; } = new();

    protected abstract IStore Open(string name);

    public void Dispose()
    {
        _slow.Dispose();
        _server.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private string[] Sources =>
    [
        _server.Url("/news.xml"), _server.Url("/full.xml"), _server.Url("/broken.xml"), _server.Url("/limited.xml"), _slow.Url("/slow.xml"),
    ];

    /// <summary>
    /// news.xml: summaries of articles 0 and 1, and 2 from round 3 (a new ETag then); full.xml: 500 in round 1,
    /// then the whole text of article 0 (the same article as news.xml's first) and of article 3.
    /// </summary>
    private Reply Answer(System.Net.HttpListenerRequest request)
    {
        var path = request.Url!.AbsolutePath;
        return path switch
        {
            "/news.xml" => _round < 3
                ? Reply.Conditional(request, Feeds.Summaries(n => _server.Url($"/a/{n}"), 0, 1), "\"v1\"", "application/rss+xml")
                : Reply.Conditional(request, Feeds.Summaries(n => _server.Url($"/a/{n}"), 2, 0, 1), "\"v2\"", "application/rss+xml"),
            "/full.xml" => _round == 1 ? new Reply(500) : Reply.Conditional(request, Feeds.Full(0, 3), "\"f1\"", "application/atom+xml"),
            "/broken.xml" => Reply.Ok("<?xml version=\"1.0\"?><rss><channel><item><title>نص", "application/rss+xml"),
            "/limited.xml" => new Reply(429) { RetryAfter = "3600" },
            _ when path.StartsWith("/a/", StringComparison.Ordinal) => Reply.Ok(Feeds.Page(int.Parse(path[3..], System.Globalization.CultureInfo.InvariantCulture))),
            _ => new Reply(404),
        };
    }

    private Watcher Watcher(IStore store, WatchState state) => new(store, state, TestData.Pipeline, _clock)
    {
        Sources = Sources,
        Every = Every,
        HostGap = TimeSpan.Zero,
        Timeout = TimeSpan.FromSeconds(1),
        Parallelism = 4,
    };

    [Fact]
    public void New_items_are_stored_once_failures_back_off_and_recover_and_a_restart_refetches_nothing()
    {
        var store = Open("watch");
        var state = WatchState.Of(store);
        var watcher = Watcher(store, state);
        watcher.Register();

        var first = watcher.RunRound();
        Assert.Equal((5, 0, 4, 2, 2), (first.Polled, first.NotModified, first.Failed, first.NewItems, first.Added));
        var sources = state.All().ToDictionary(s => s.Url);
        Assert.Equal("ok", sources[_server.Url("/news.xml")].Health);
        Assert.Equal("\"v1\"", sources[_server.Url("/news.xml")].ETag);
        Assert.Equal((500, 1), (sources[_server.Url("/full.xml")].LastStatus, sources[_server.Url("/full.xml")].Failures));
        Assert.Equal(_clock.GetUtcNow() + 2 * Every, sources[_server.Url("/full.xml")].NextDue);
        Assert.StartsWith("not a well-formed feed", sources[_server.Url("/broken.xml")].LastError, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromHours(1), sources[_server.Url("/limited.xml")].NextDue);
        Assert.StartsWith("timed out", sources[_slow.Url("/slow.xml")].LastError, StringComparison.Ordinal);

        // One interval on: only news.xml is due, and it has not changed.
        _clock.Advance(Every);
        _round = 2;
        var second = watcher.RunRound();
        Assert.Equal((1, 1, 0, 0), (second.Polled, second.NotModified, second.Failed, second.Added));

        // Two intervals on: full.xml recovers (its first article is news.xml's first: a duplicate), news.xml has one new item.
        _clock.Advance(Every);
        _round = 3;
        var third = watcher.RunRound();
        Assert.Equal((4, 0, 2, 2, 1), (third.Polled, third.NotModified, third.Failed, third.Added, third.Duplicates));
        sources = state.All().ToDictionary(s => s.Url);
        Assert.Equal(("ok", 0, 2), (sources[_server.Url("/full.xml")].Health, sources[_server.Url("/full.xml")].Failures, sources[_server.Url("/full.xml")].ItemsSeen));
        Assert.Equal((2, 3, 3), (sources[_server.Url("/broken.xml")].Failures, sources[_server.Url("/news.xml")].ItemsSeen, sources[_server.Url("/news.xml")].Articles));
        Assert.Equal(_clock.GetUtcNow() + 4 * Every, sources[_server.Url("/broken.xml")].NextDue);
        Assert.Equal(4, store.Stats().Documents);

        // A restart: a new store, state and watcher over the same database.
        state.Dispose();
        store.Dispose();
        var before = _server.Requests.Count;
        _clock.Advance(Every);
        using var reopened = Open("watch");
        using var reopenedState = WatchState.Of(reopened);
        var restarted = Watcher(reopened, reopenedState);
        restarted.Register();
        var fourth = restarted.RunRound();

        Assert.Equal((2, 2, 0), (fourth.Polled, fourth.NotModified, fourth.Added));
        var since = _server.Requests.Skip(before).ToList();
        Assert.Equal(["/full.xml", "/news.xml"], since.Select(r => r.Path).Order(StringComparer.Ordinal));
        Assert.All(since, r => Assert.NotNull(r.IfNoneMatch));
        Assert.Equal(4, reopened.Stats().Documents);
        Assert.All(Enumerable.Range(0, 3), n => Assert.Equal(1, _server.Count($"/a/{n}")));
        Assert.Equal(1, _server.Count("/limited.xml"));
        Assert.Equal(1, _server.MaxInFlight);
    }

    [Fact]
    public void A_page_that_fails_is_tried_again_at_the_next_poll_and_the_rest_is_stored()
    {
        var failing = true;
        using var server = new FeedServer(request => request.Url!.AbsolutePath switch
        {
            "/news.xml" => Reply.Conditional(request, Feeds.Summaries(n => $"http://127.0.0.1:{request.Url.Port}/p/{n}", 4, 5), "\"same\"", "application/rss+xml"),
            "/p/5" when failing => new Reply(503),
            var path when path.StartsWith("/p/", StringComparison.Ordinal) => Reply.Ok(Feeds.Page(int.Parse(path[3..], System.Globalization.CultureInfo.InvariantCulture))),
            _ => new Reply(404),
        });
        using var store = Open("pages");
        using var state = WatchState.Of(store);
        var watcher = new Watcher(store, state, TestData.Pipeline, _clock) { Sources = [server.Url("/news.xml")], Every = Every, HostGap = TimeSpan.Zero };
        watcher.Register();

        Assert.Equal(1, watcher.RunRound().Added);
        var source = Assert.Single(state.All());
        Assert.Null(source.ETag);
        Assert.Contains("/p/5: HTTP 503", source.LastError, StringComparison.Ordinal);

        failing = false;
        _clock.Advance(Every);
        Assert.Equal(1, watcher.RunRound().Added);
        // Both feed requests were whole: the first knew no ETag, and the first poll kept none since a page failed.
        Assert.Equal((1, 2, 2), (server.Count("/p/4"), server.Count("/p/5"), server.Requests.Count(r => r.Path == "/news.xml" && r.IfNoneMatch is null)));
        Assert.Equal(2, store.Stats().Documents);
    }
}

public sealed class SqliteWatchEndToEndTests : WatchEndToEndTests
{
    protected override IStore Open(string name) => Sqlite.SqliteStore.Open(Folder.File(name + ".db"));
}

public sealed class PostgresWatchEndToEndTests : WatchEndToEndTests
{
    private readonly string _prefix = "watch_" + Guid.NewGuid().ToString("N")[..12];

    protected override IStore Open(string name) => Postgres.PostgresStore.Open(PostgresServer.Database(_prefix + "_" + name));
}
