using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Marsad.Web.Hosting;

/// <summary>
/// A token bucket per client address: <see cref="MarsadWebOptions.RateLimit"/> requests per window, refilled
/// each window; past it a request is answered 429 with Retry-After before anything else runs. Addresses are
/// the connection's own: a forwarded-for header is not trusted (anyone can write one), so behind a reverse
/// proxy every client shares the proxy's bucket, and the limit belongs at the proxy.
/// </summary>
internal static class RateLimits
{
    public static void Add(IServiceCollection services, MarsadWebOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RateLimit,
                    TokensPerPeriod = options.RateLimit,
                    ReplenishmentPeriod = options.RateLimitWindow,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = (rejected, _) => Reject(rejected.HttpContext, rejected.Lease, options);
        });

    /// <summary>
    /// Whose bucket a request takes from: an IPv4 address, or an IPv6 address's /64 (one host is usually given a
    /// whole /64, so counting single IPv6 addresses would let it change address for every request).
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "none";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async ValueTask Reject(HttpContext context, RateLimitLease lease, MarsadWebOptions options)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.RateLimitWindow;
        var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var window = options.RateLimitWindow == TimeSpan.FromSeconds(1) ? "second" : $"{options.RateLimitWindow.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";
        await ErrorHandling.WriteAsync(context, 429, $"too many requests from this address: the limit is {options.RateLimit} a {window}; retry after {seconds} s.").ConfigureAwait(false);
    }
}
