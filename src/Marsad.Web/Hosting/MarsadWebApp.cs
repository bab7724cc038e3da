using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Web.Api;
using Marsad.Web.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Web.Hosting;

/// <summary>
/// Builds the web application of <c>marsad serve</c>: Kestrel on the given URLs (loopback by default), the
/// REST API under <c>/api</c> with its OpenAPI document at <c>/openapi/v1.json</c>, the pages, security
/// headers on every response and a body size limit.
/// </summary>
public static class MarsadWebApp
{
    public static WebApplication Create(MarsadWebOptions options, MarsadPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Create (or upgrade) the store once before serving, so a bad path fails at start, not at the first request.
        Stores.Open(options.DatabasePath).Dispose();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(MarsadWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(static o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The body limit is enforced while reading (413); Kestrel's own limit is where draining an oversized body stops.
            kestrel.Limits.MaxRequestBodySize = ArticleInput.DrainLimit(options.MaxBodyBytes);
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.AddSingleton(options);
        var stores = new StoreProvider(options.DatabasePath);
        builder.Services.AddSingleton(stores);
        builder.Services.AddSingleton(new Access(options.ApiKey));
        builder.Services.AddSingleton(pipeline ?? MarsadPipeline.CreateDefault());
        builder.Services.AddOpenApi(static o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Marsad API";
            document.Info.Description = "Arabic news as linked entities, dates and PLOVER events: search, documents, events, entities, dyads, timelines.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(stores.Dispose);
        app.Use(static (context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            return next(context);
        });
        app.Use(ErrorHandling.Handle);
        app.Use(static (context, next) =>
        {
            var access = context.RequestServices.GetRequiredService<Access>();
            if (access.MayRead(context) || context.Request.Path.StartsWithSegments("/static", StringComparison.Ordinal))
            {
                return next(context);
            }

            context.Response.Headers.WWWAuthenticate = "Bearer";
            return ErrorHandling.IsApi(context.Request)
                ? Problems.WriteAsync(context, 401, "Unauthorized", "reading from another machine needs the API key, as an X-Api-Key header or a bearer token.")
                : ErrorPage.WriteAsync(context, 401, "Unauthorized", "reading from another machine needs the API key.");
        });

        app.MapOpenApi("/openapi/{documentName}.json");
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        StaticAssets.Map(app);
        return app;
    }

    /// <summary>The addresses Kestrel listens on once started (the real port when 0 was asked).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
    }
}
