using System.Globalization;
using Marsad.Cli.Store;
using Marsad.Web.Hosting;
using Microsoft.Extensions.Hosting;
using StoreOutput = Marsad.Cli.Store.Output;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad serve</c>: the web application and REST API over the store, on loopback unless told otherwise,
/// until Ctrl+C. Writing through the API needs the key in <c>MARSAD_API_KEY</c>.
/// </summary>
internal static class ServeCommand
{
    public const string Help = """
        Usage: marsad serve [--db PATH] [--urls URL[;URL…]] [--max-body BYTES] [--rate-limit N] [--timeout SECONDS]

        Serves the web pages (search, articles, events, entities, dyads, a box to analyse a pasted
        article) and the REST API under /api, described by /openapi/v1.json, over the store.

        Options:
          --db PATH          The store (default: $MARSAD_DB, else ./marsad.db); created empty if missing.
          --urls URLS        Where to listen (default http://127.0.0.1:5080; port 0 picks a free one).
          --max-body BYTES   The largest request body accepted (default 1048576); larger ones get 413.
          --rate-limit N     Requests a second from one client address, also the largest burst
                             (default 50); more get 429 with Retry-After. Raise it for a load test.
          --timeout SECONDS  How long a request may take before it is answered 503 (default 20).
          -h, --help         Show this help.

        Every write (any method but GET and HEAD: POST /api/documents, POST /api/analyze, the paste box)
        needs the key in $MARSAD_API_KEY, sent as an X-Api-Key header or a bearer token (the paste box has
        a field for it); without the variable, writing is refused. Reading is open to loopback clients
        that call the server 127.0.0.1, [::1] or localhost; others need the key.
        Exit codes: 0 stopped, 2 usage error, 1 could not start (port in use).
        """;

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var line = StoreCommandLine.Parse("serve", args, ["--urls", "--max-body", "--rate-limit", "--timeout"]);
        if (line.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, Help);
            return ExitCodes.Success;
        }

        if (line.Positional.Count > 0)
        {
            throw new UsageException($"serve takes options only, not '{line.Positional[0]}'.");
        }

        var urls = (line.Value("--urls") ?? MarsadWebOptions.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new UsageException($"--urls takes http URLs such as http://127.0.0.1:5080, not '{url}'.");
            }
        }

        var maxBody = line.Value("--max-body") is { } text
            ? long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1024 ? n : throw new UsageException($"--max-body takes a number of bytes of at least 1024, not '{text}'.")
            : MarsadWebOptions.DefaultMaxBodyBytes;
        var rateLimit = line.Value("--rate-limit") is { } rate
            ? int.TryParse(rate, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r >= 1 ? r : throw new UsageException($"--rate-limit takes a number of requests a second of at least 1, not '{rate}'.")
            : MarsadWebOptions.DefaultRateLimit;
        var timeout = line.Value("--timeout") is { } seconds
            ? int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 3600 ? TimeSpan.FromSeconds(s) : throw new UsageException($"--timeout takes a number of seconds from 1 to 3600, not '{seconds}'.")
            : MarsadWebOptions.DefaultRequestTimeout;
        var key = Environment.GetEnvironmentVariable("MARSAD_API_KEY");
        var options = new MarsadWebOptions
        {
            DatabasePath = line.DatabasePath,
            Urls = urls,
            ApiKey = string.IsNullOrEmpty(key) ? null : key,
            MaxBodyBytes = maxBody,
            RateLimit = rateLimit,
            RequestTimeout = timeout,
        };

        using var app = MarsadWebApp.Create(options);
        app.Start();
        using (var writer = StoreOutput.Writer(stdout))
        {
            foreach (var address in MarsadWebApp.Addresses(app))
            {
                writer.WriteLine($"marsad serve: listening on {address} (store {StoreLocation(options.DatabasePath)})");
            }

            writer.WriteLine(options.ApiKey is null
                ? "marsad serve: writing is disabled; set MARSAD_API_KEY to allow POST /api/documents and analysing"
                : "marsad serve: writing is enabled for clients that send the key of MARSAD_API_KEY (X-Api-Key or a bearer token)");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"marsad serve: at most {options.RateLimit} requests a second from one client address; a request times out after {options.RequestTimeout.TotalSeconds} s"));
        }

        if (urls.Any(static u => !IsLoopback(u)))
        {
            stderr.WriteLine("marsad serve: listening beyond loopback; clients on other machines need the API key to read too.");
        }

        app.WaitForShutdown();
        return ExitCodes.Success;
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));

    private static string StoreLocation(string location) =>
        Marsad.Storage.Postgres.PostgresLocation.IsPostgres(location)
            ? Marsad.Storage.Postgres.PostgresLocation.Redacted(location)
            : Path.GetFullPath(location);
}
