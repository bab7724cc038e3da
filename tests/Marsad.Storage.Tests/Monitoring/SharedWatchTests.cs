using Marsad.Storage.Monitoring;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Monitoring;

/// <summary>Several watchers over one PostgreSQL store share the sources: each is polled by one of them, each article stored once.</summary>
public sealed class SharedWatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_watchers_racing_over_one_store_poll_each_source_once()
    {
        using var server = new FeedServer(request =>
        {
            var path = request.Url!.AbsolutePath;
            var n = int.Parse(path[3..], System.Globalization.CultureInfo.InvariantCulture);
            return path.StartsWith("/f/", StringComparison.Ordinal)
                ? Reply.Ok(Feeds.Summaries(p => $"http://127.0.0.1:{request.Url.Port}/p/{p}", n), "application/rss+xml")
                : Reply.Ok(Feeds.Page(n));
        });
        var url = PostgresServer.Database("shared_watch_" + Guid.NewGuid().ToString("N")[..12]);
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        string[] sources = [.. Enumerable.Range(0, 12).Select(f => server.Url($"/f/{f}"))];
        using var storeA = Postgres.PostgresStore.Open(url);
        using var storeB = Postgres.PostgresStore.Open(url);
        using var stateA = WatchState.Of(storeA);
        using var stateB = WatchState.Of(storeB);
        Watcher Make(IStore store, WatchState state, string owner) =>
            new(store, state, TestData.Pipeline, clock) { Sources = sources, HostGap = TimeSpan.Zero, Parallelism = 1, Owner = owner };
        var a = Make(storeA, stateA, "a");
        var b = Make(storeB, stateB, "b");
        a.Register();

        var rounds = new WatchRound[2];
        Parallel.Invoke(() => rounds[0] = a.RunRound(), () => rounds[1] = b.RunRound());

        Assert.Equal(12, rounds.Sum(r => r.Polled));
        Assert.Equal(12, rounds.Sum(r => r.Added));
        Assert.All(Enumerable.Range(0, 12), n => Assert.Equal(1, server.Count($"/f/{n}")));
        Assert.All(Enumerable.Range(0, 12), n => Assert.Equal(1, server.Count($"/p/{n}")));
        Assert.Equal(12, storeA.Stats().Documents);
        Assert.All(stateA.All(), s => Assert.Equal(("ok", 1, 1), (s.Health, s.Polls, s.Articles)));
    }
}
