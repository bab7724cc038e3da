namespace Marsad.Storage.Monitoring;

/// <summary>
/// When a source is polled next. Rules:
/// <list type="bullet">
/// <item>After a success (new items or 304): one interval (<c>--every</c>) later.</item>
/// <item>After the n-th failure in a row (network error, timeout, HTTP error, malformed feed): the interval
///   times 2ⁿ (so 2, 4, 8… intervals), never more than <see cref="MaxBackoff"/> (or the interval itself when
///   that is longer).</item>
/// <item>A <c>Retry-After</c> the server sent (429, 503) is honoured when it asks for more than that, up to
///   the same ceiling.</item>
/// </list>
/// </summary>
public static class Schedule
{
    /// <summary>A failing source is still tried at least this often, so it is seen to recover.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);

    public static DateTimeOffset AfterSuccess(DateTimeOffset now, TimeSpan every) => now + every;

    public static DateTimeOffset AfterFailure(DateTimeOffset now, TimeSpan every, int failuresInARow, TimeSpan? retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failuresInARow, 1);
        var ceiling = every > MaxBackoff ? every : MaxBackoff;

        // 2^n overflows nothing: past 2^20 intervals the ceiling has long been reached.
        var backoff = every * Math.Pow(2, Math.Min(failuresInARow, 20));
        if (backoff > ceiling)
        {
            backoff = ceiling;
        }

        if (retryAfter is { } asked && asked > backoff)
        {
            backoff = asked < ceiling ? asked : ceiling;
        }

        return now + backoff;
    }
}
