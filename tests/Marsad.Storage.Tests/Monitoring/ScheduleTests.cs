using Marsad.Storage.Monitoring;

namespace Marsad.Storage.Tests.Monitoring;

public sealed class ScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(1, 20)]
    [InlineData(2, 40)]
    [InlineData(3, 80)]
    [InlineData(5, 320)]
    [InlineData(6, 360)]
    [InlineData(40, 360)]
    public void Failures_in_a_row_double_the_wait_up_to_six_hours(int failures, int minutes)
    {
        Assert.Equal(Now + TimeSpan.FromMinutes(minutes), Schedule.AfterFailure(Now, TenMinutes, failures, retryAfter: null));
    }

    [Fact]
    public void Retry_after_is_honoured_when_longer_and_capped_by_the_ceiling()
    {
        Assert.Equal(Now + TimeSpan.FromMinutes(20), Schedule.AfterFailure(Now, TenMinutes, 1, TimeSpan.FromMinutes(5)));
        Assert.Equal(Now + TimeSpan.FromHours(2), Schedule.AfterFailure(Now, TenMinutes, 1, TimeSpan.FromHours(2)));
        Assert.Equal(Now + TimeSpan.FromHours(6), Schedule.AfterFailure(Now, TenMinutes, 1, TimeSpan.FromDays(3)));
    }

    [Fact]
    public void A_daily_source_backs_off_no_further_than_its_own_interval()
    {
        Assert.Equal(Now + TimeSpan.FromDays(1), Schedule.AfterFailure(Now, TimeSpan.FromDays(1), 3, null));
        Assert.Equal(Now + TenMinutes, Schedule.AfterSuccess(Now, TenMinutes));
    }
}

/// <summary>A round polls each source at most once, however short the interval and however slow the round.</summary>
public sealed class RoundTests : IDisposable
{
    private readonly Support.TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_round_longer_than_the_interval_still_polls_each_source_once()
    {
        using var server = new FeedServer(request => Reply.Ok(Feeds.Full(int.Parse(request.Url!.AbsolutePath[3..], System.Globalization.CultureInfo.InvariantCulture)), "application/atom+xml"));
        using var store = Sqlite.SqliteStore.Open(_folder.File("round.db"));
        using var state = WatchState.Of(store);
        var clock = new TickingClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(2));
        var watcher = new Watcher(store, state, Support.TestData.Pipeline, clock)
        {
            Sources = [server.Url("/f/9"), server.Url("/f/10"), server.Url("/f/11")],
            Every = TimeSpan.FromSeconds(1),
            HostGap = TimeSpan.Zero,
            Parallelism = 1,
        };
        watcher.Register();

        var round = watcher.RunRound();

        Assert.Equal((3, 3), (round.Polled, server.Requests.Count));
    }

    /// <summary>A clock that moves on by a fixed step each time it is read: every poll takes longer than the interval.</summary>
    private sealed class TickingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow()
        {
            lock (this)
            {
                _now += step;
                return _now;
            }
        }
    }
}
