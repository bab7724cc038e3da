using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Marsad.Web.Hosting;

/// <summary>
/// Every request has <see cref="MarsadWebOptions.RequestTimeout"/> to answer: past it the request's token is
/// cancelled and the client gets 503 with a problem, not a connection that hangs. The store's work runs apart
/// from the request (see <see cref="StoreProvider.RunAsync{T}"/>), so a query that cannot be interrupted (SQLite
/// waiting on a lock) is abandoned rather than awaited.
/// </summary>
internal static class RequestTimeouts
{
    public static void Add(IServiceCollection services, MarsadWebOptions options) =>
        services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => ErrorHandling.WriteAsync(
                context,
                StatusCodes.Status503ServiceUnavailable,
                $"the request took longer than the limit of {options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s and was abandoned; try a narrower query, or again later."),
        });
}
