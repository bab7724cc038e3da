using Marsad.Web.Api;
using Marsad.Web.Pages;

namespace Marsad.Web.Hosting;

/// <summary>
/// Turns every failure into a clear answer and never a stack trace: a bad parameter is 400, a body over the
/// limit 413, a malformed request what Kestrel says, a fault of ours 500 with the exception's type only
/// (a request that runs out of time is answered 503 by the request timeouts, <see cref="RequestTimeouts"/>).
/// API paths answer RFC 7807 problem details, pages an HTML page; empty error statuses (404, 405) get a body too.
/// </summary>
internal static class ErrorHandling
{
    public static async Task Handle(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadParameterException e)
        {
            await WriteAsync(context, 400, e.Message, e.Parameter).ConfigureAwait(false);
        }
        catch (BodyTooLargeException e)
        {
            await WriteAsync(context, 413, e.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            var detail = e.StatusCode == 413
                ? $"the request body is larger than the limit of {context.RequestServices.GetRequiredService<MarsadWebOptions>().MaxBodyBytes} bytes."
                : e.Message;
            await WriteAsync(context, e.StatusCode, detail).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
#pragma warning disable CA1031 // The last line of defence: a fault of ours is a 500 with a message, never a stack trace.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            await WriteAsync(context, 500, $"internal error: {e.GetType().Name}").ConfigureAwait(false);
        }

        if (context.Response is { HasStarted: false, StatusCode: >= 400 } response && response.ContentLength is null && response.ContentType is null)
        {
            var detail = response.StatusCode switch
            {
                404 => $"nothing at {context.Request.Path}.",
                405 => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
                _ => Problems.Title(response.StatusCode),
            };
            await WriteAsync(context, response.StatusCode, detail).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Answers <paramref name="status"/> with a problem (API) or an error page, in place of whatever was begun;
    /// the headers that explain a refusal (WWW-Authenticate, Retry-After) are kept.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int status, string detail, string? parameter = null)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        var headers = context.Response.Headers;
        var (challenge, retryAfter) = (headers.WWWAuthenticate, headers.RetryAfter);
        context.Response.Clear();
        SecurityHeaders.Apply(context.Response);
        (headers.WWWAuthenticate, headers.RetryAfter) = (challenge, retryAfter);
        return IsApi(context.Request)
            ? Problems.WriteAsync(context, status, Problems.Title(status), detail, parameter)
            : ErrorPage.WriteAsync(context, status, Problems.Title(status), detail);
    }

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
