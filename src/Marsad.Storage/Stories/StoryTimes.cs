using System.Globalization;

namespace Marsad.Storage.Stories;

/// <summary>
/// The times the story commands and the API take, and the outlet an article counts for. Bad input is a
/// message, never an exception: the command turns it into a usage error, the API into a 400.
/// </summary>
public static class StoryTimes
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>
    /// A time: ISO 8601 (<c>2026-12-06T18:00:00Z</c>; without an offset it is UTC; a date alone is its midnight UTC),
    /// or, when <paramref name="now"/> is given, a span back from it: <c>90m</c>, <c>6h</c>, <c>2d</c>.
    /// </summary>
    public static (DateTimeOffset? Time, string? Error) Parse(string name, string text, DateTimeOffset? now)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (now is { } from && value.Length is > 1 and < 12 && value[^1] is 'm' or 'h' or 'd'
            && double.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            var span = value[^1] switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            return amount > 0 && span.TotalHours <= StoryThresholds.MaxWindowHours
                ? (from - span, null)
                : (null, $"{name} takes a span of more than 0 and at most {StoryThresholds.MaxWindowHours / 24} days, not '{value}'");
        }

        if (DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return (time, null);
        }

        var spans = now is null ? "" : ", or a span back from now such as 90m, 6h or 2d";
        return (null, $"{name} takes a time such as 2026-12-06T18:00:00Z or 2026-12-06{spans}; '{value}' is neither");
    }

    /// <summary>
    /// The outlet an article counts for: the host of its URL (or of its source, when that is a URL), without
    /// <c>www.</c>; else the file it was read from (a JSON lines file for <c>path#line</c>) or its folder; so
    /// two articles of one site are one source however many feeds carried them.
    /// </summary>
    public static string Outlet(string source, string? url)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var candidate in new[] { url, source })
        {
            if (candidate is not null && Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                var host = uri.IdnHost.ToLowerInvariant();
                return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
            }
        }

        var hash = source.LastIndexOf('#');
        if (hash > 0)
        {
            return source[..hash];
        }

        var slash = source.LastIndexOfAny(['/', '\\']);
        return slash > 0 ? source[..slash] : source;
    }

    public static string Write(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
