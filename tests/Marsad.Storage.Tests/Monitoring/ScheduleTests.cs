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
