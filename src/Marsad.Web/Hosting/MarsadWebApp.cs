using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Web.Api;
using Marsad.Web.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Web.Hosting;

/// <summary>
/// Builds the web application of <c>marsad serve</c>: Kestrel on the given URLs (loopback by default), the
/// REST API under <c>/api</c> with its OpenAPI document at <c>/openapi/v1.json</c>, the pages, and around them,
/// in this order: security headers, error answers, a rate limit per client, the query-string limit, access
/// control (reads, writes, cross-site writes) and a timeout per request. docs/RELIABILITY.md ("Web security")
/// lists each control with its limit and its test.
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
            RequestLimits.Apply(kestrel.Limits, options);
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.AddSingleton(options);
        var stores = new StoreProvider(options.DatabasePath);
        builder.Services.AddSingleton(stores);
        builder.Services.AddSingleton(new Access(options.ApiKey));
        builder.Services.AddSingleton(pipeline ?? MarsadPipeline.CreateDefault());
        builder.Services.Configure<FormOptions>(form =>
        {
            // The paste box has three fields; a form is never bigger than a body may be.
            form.ValueCountLimit = 16;
            form.KeyLengthLimit = 64;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxBodyBytes);
            form.MultipartBodyLengthLimit = options.MaxBodyBytes;
        });
        RateLimits.Add(builder.Services, options);
        RequestTimeouts.Add(builder.Services, options);
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
        app.UseRateLimiter();
        app.Use(RequestLimits.Check);
        app.Use(AccessControl.Check);
        app.UseRequestTimeouts();

        // One document at a fixed path: a {documentName} route would answer other names with a plain-text 404 that echoes them.
        app.MapOpenApi("/openapi/v1.json");
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        MapPage.Map(app);
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
