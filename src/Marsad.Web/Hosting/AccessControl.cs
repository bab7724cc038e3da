using Marsad.Web.Api;

namespace Marsad.Web.Hosting;

/// <summary>
/// The one place that decides whether a request may go on, before any endpoint runs, so a new endpoint is
/// covered without doing anything: reads need a loopback client calling a loopback name, or the key; every
/// other method needs the key and must not come from another site's page.
/// </summary>
internal static class AccessControl
{
    public static async Task Check(HttpContext context, RequestDelegate next)
    {
        var access = context.RequestServices.GetRequiredService<Access>();
        var request = context.Request;
        if (Access.IsRead(request.Method))
        {
            if (access.MayRead(context) || request.Path.StartsWithSegments("/static", StringComparison.Ordinal))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            context.Response.Headers.WWWAuthenticate = "Bearer";
            var detail = Access.IsLoopback(context)
                ? $"this server answers without the key only to the names 127.0.0.1, [::1] and localhost, not '{request.Host.Host}'; send the API key as an X-Api-Key header or a bearer token."
                : "reading from another machine needs the API key, as an X-Api-Key header or a bearer token.";
            await ErrorHandling.WriteAsync(context, 401, detail).ConfigureAwait(false);
            return;
        }

        if (Access.CrossSite(request) is { } crossSite)
        {
            await ErrorHandling.WriteAsync(context, 403, crossSite).ConfigureAwait(false);
            return;
        }

        var key = Access.KeyHeader(request);
        if (key is null && request.HasFormContentType && !ErrorHandling.IsApi(request))
        {
            var form = await FormInput.ReadAsync(context).ConfigureAwait(false);
            key = form[Access.FormField].ToString() is { Length: > 0 } field ? field : null;
        }

        if (!access.IsKey(key))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ErrorHandling.WriteAsync(context, 401, access.WriteRefusal(keyGiven: key is not null)).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
