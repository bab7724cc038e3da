using System.Globalization;

namespace Marsad.Storage.Monitoring;

/// <summary>
/// A watched source as the store keeps it: its schedule, the validators of its last good answer (for a
/// conditional GET), and its health. Times are UTC.
/// </summary>
public sealed record WatchSource
{
    public required long Id { get; init; }

    public required string Url { get; init; }

    public required int EverySeconds { get; init; }

    public required DateTimeOffset NextDue { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public DateTimeOffset? LastPolled { get; init; }

    public DateTimeOffset? LastSuccess { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>The HTTP status of the last answer, or null when there was none (timeout, refused connection).</summary>
    public int? LastStatus { get; init; }

    /// <summary>Polls that failed in a row since the last success; the backoff grows with it.</summary>
    public int Failures { get; init; }

    public int Polls { get; init; }

    /// <summary>Feed items (or page versions) handed over so far.</summary>
    public int ItemsSeen { get; init; }

    /// <summary>Articles this source added to the store.</summary>
    public int Articles { get; init; }

    /// <summary>The source's health in one word: <c>new</c> (never polled), <c>ok</c>, or <c>failing</c>.</summary>
    public string Health => Polls == 0 ? "new" : Failures == 0 ? "ok" : "failing";
}

/// <summary>How times are written in the watch tables: UTC ISO 8601 to the millisecond, which sorts as text.</summary>
internal static class WatchTimes
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Write(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Write(DateTimeOffset? time) => time is { } t ? Write(t) : null;

    public static DateTimeOffset Read(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ReadNullable(string? text) => text is null ? null : Read(text);
}
