using Marsad.Storage.Monitoring;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Monitoring;

/// <summary>The watcher's HTTP limits on loopback: redirects are followed up to five, bodies over the cap are refused.</summary>
public sealed class WatchHttpTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Redirects_are_followed_up_to_five_and_a_body_over_the_cap_is_refused()
    {
        using var server = new FeedServer(request =>
        {
            var path = request.Url!.AbsolutePath;
            if (path.StartsWith("/r/", StringComparison.Ordinal))
            {
                var left = int.Parse(path[3..], System.Globalization.CultureInfo.InvariantCulture);
                return left == 0 ? Reply.Ok(Feeds.Full(10), "application/atom+xml") : new Reply(302) { Location = $"/r/{left - 1}" };
            }

            return Reply.Ok(Feeds.Full(11, 1, 2, 3, 4, 5, 6, 7), "application/atom+xml");
        });
        using var store = Sqlite.SqliteStore.Open(_folder.File("http.db"));
        using var state = WatchState.Of(store);
        var watcher = new Watcher(store, state, TestData.Pipeline, new ManualClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)))
        {
            Sources = [server.Url("/r/5"), server.Url("/r/6"), server.Url("/big.xml")],
            HostGap = TimeSpan.Zero,
            MaxBytes = 2048,
        };
        watcher.Register();

        var round = watcher.RunRound();

        Assert.Equal((3, 2, 1), (round.Polled, round.Failed, round.Added));
        var sources = state.All().ToDictionary(s => s.Url);
        Assert.Equal("ok", sources[server.Url("/r/5")].Health);
        Assert.Contains("more than 5 redirects", sources[server.Url("/r/6")].LastError, StringComparison.Ordinal);
        Assert.Equal("larger than the cap of 2048 bytes", sources[server.Url("/big.xml")].LastError);
    }
}
