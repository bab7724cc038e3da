using System.Globalization;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Marsad.Web.Hosting;

/// <summary>
/// Kestrel's limits, each set on purpose rather than left to its defaults, and the query-string limit the app
/// answers itself. Kestrel refuses what breaks its limits before the app sees it (an empty 414 or 431); the app's
/// own query limit sits below Kestrel's request line so an over-long query gets a problem that says why.
/// </summary>
internal static class RequestLimits
{
    /// <summary>Characters of raw query string: 500 characters of Arabic percent-encoded are about 3,000, with every filter set still under 4,000.</summary>
    public const int MaxQueryString = 8 * 1024;

    /// <summary>The request line (method, path, query): room for <see cref="MaxQueryString"/> and a path.</summary>
    public const int MaxRequestLine = 16 * 1024;

    public const int MaxHeadersTotal = 16 * 1024;

    public const int MaxHeaderCount = 64;

    public static readonly TimeSpan HeadersTimeout = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(60);

    public static void Apply(KestrelServerLimits limits, MarsadWebOptions options)
    {
        // The body limit is enforced while reading (413); Kestrel's own limit is where draining an oversized body stops.
        limits.MaxRequestBodySize = Api.ArticleInput.DrainLimit(options.MaxBodyBytes);
        limits.MaxRequestLineSize = MaxRequestLine;
        limits.MaxRequestHeadersTotalSize = MaxHeadersTotal;
        limits.MaxRequestHeaderCount = MaxHeaderCount;

        // A client that sends its headers a byte at a time (slowloris) is cut off; an idle connection is closed.
        limits.RequestHeadersTimeout = HeadersTimeout;
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        limits.MaxConcurrentConnections = 1000;
    }

    /// <summary>An over-long query string is 414 with a problem; every parameter also has its own limit (400).</summary>
    public static Task Check(HttpContext context, RequestDelegate next)
    {
        var length = context.Request.QueryString.Value?.Length ?? 0;
        return length <= MaxQueryString
            ? next(context)
            : ErrorHandling.WriteAsync(context, 414, string.Create(CultureInfo.InvariantCulture, $"the query string is {length} characters; the limit is {MaxQueryString}."));
    }
}
