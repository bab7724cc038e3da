using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Marsad.Cli.Store;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Storage.Monitoring;

namespace Marsad.Cli.Watch;

/// <summary><c>marsad watch</c> and <c>marsad sources</c>: live monitoring of feeds and pages (docs/MONITORING.md).</summary>
internal static class WatchCommands
{
    private const string WatchHelp = """
        Usage: marsad watch SOURCES [options]

        Polls the feeds and pages SOURCES names (a text file, one http(s) URL a line, # for comments; or an
        OPML file) on a schedule, and analyses and stores each new article once. Conditional GETs (ETag,
        Last-Modified); one request at a time per host with a gap; timeouts, at most 5 redirects and a
        size cap; exponential backoff on errors, honouring Retry-After. A feed that carries only summaries
        has its linked pages fetched. Each source's state is kept in the store, so a restart resumes
        without refetching; on PostgreSQL several watchers share the sources.
        One progress line per poll round goes to stderr. Stops on Ctrl+C or SIGTERM after the current write.

        Options:
          --db PATH          The store (default: $MARSAD_DB, else ./marsad.db).
          --every SECONDS    How often each source is polled (default 600).
          --once             Poll the due sources once and exit (for cron; new sources are due at once).
          --gap SECONDS      The least time between two requests to one host (default 1; 0 for none).
          --timeout SECONDS  Give up on a request after this long (default 30).
          --max-bytes N      Refuse a feed or page larger than this (default 16777216).
          --parallel N       Sources polled at once (default 16).
          --lease SECONDS    PostgreSQL: how long a claim holds before another watcher may take it (default 300).
          -h, --help         Show this help.

        Exit codes: 0 stopped (or, with --once, every source answered), 3 with --once some source failed
        (see 'marsad sources'), 2 usage error or bad sources file, 1 internal error.
        """;

    private const string SourcesHelp = """
        Usage: marsad sources [--db PATH] [--format table|json]

        Each watched source's health: ok, failing (with its last error) or new; when it last succeeded and
        failed, its failures in a row, the items and articles it gave, and when it is polled next.
        """;

    public static int Watch(string[] args, Stream stdout, TextWriter stderr, TimeProvider clock)
    {
        var line = StoreCommandLine.Parse("watch", args, ["--every", "--gap", "--timeout", "--max-bytes", "--parallel", "--lease"], ["--once"]);
        if (line.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, WatchHelp);
            return ExitCodes.Success;
        }

        if (line.Positional.Count != 1)
        {
            throw new UsageException("watch needs one SOURCES file: one feed or page URL a line, or an OPML file.");
        }

        IReadOnlyList<string> sources;
        try
        {
            sources = SourceList.Load(line.Positional[0]);
        }
        catch (SourceListException e)
        {
            throw new UsageException(e.Message);
        }

        var once = line.Flag("--once");
        using var store = Stores.Open(line.DatabasePath);
        using var state = WatchState.Of(store);
        using var book = AlertBook.Of(store);
        var sender = new WebhookSender(book, clock, Environment.GetEnvironmentVariable("MARSAD_WEBHOOK_SECRET"), TimeSpan.FromSeconds(10));
        sender.EnqueueUndelivered(store);
        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var watcher = new Watcher(store, state, MarsadPipeline.CreateDefault(), clock)
            {
                Sources = sources,
                Every = TimeSpan.FromSeconds(line.Int("--every", 600)),
                HostGap = TimeSpan.FromSeconds(line.Int("--gap", 1, min: 0)),
                Timeout = TimeSpan.FromSeconds(line.Int("--timeout", 30)),
                MaxBytes = line.Int("--max-bytes", 16 * 1024 * 1024),
                Parallelism = line.Int("--parallel", 16),
                Lease = TimeSpan.FromSeconds(line.Int("--lease", 300)),
                // Hits are pending before the articles' transaction and recorded after it; a watcher killed in
                // between leaves them pending, and the next round (of any watcher) records and sends them.
                Storing = records => book.Pend(records, clock.GetUtcNow()),
                Stored = records =>
                {
                    foreach (var (alert, document, hitAt) in book.Fire(records))
                    {
                        sender.Enqueue(alert, document, hitAt);
                    }
                },
                RoundStarting = () => sender.EnqueueStored(store, book.Recover()),
            };
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"marsad watch: {sources.Count} sources into {store.Location}"));
            var failed = 0;
            watcher.Run(once, round =>
            {
                failed = round.Failed;
                stderr.WriteLine($"marsad watch: {round}");
            }, stop.Token);
            return once && failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;

            // Deliveries still retrying are waited for; what is left undelivered is sent at the next start.
            sender.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public static int Sources(string[] args, Stream stdout, TimeProvider clock)
    {
        var line = StoreCommandLine.Parse("sources", args, ["--format"]);
        if (line.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, SourcesHelp);
            return ExitCodes.Success;
        }

        if (line.Positional.Count > 0)
        {
            throw new UsageException("sources takes no arguments.");
        }

        var format = line.Format("table", "table", "json");
        using var store = QueryCommands.OpenExisting(line);
        using var state = WatchState.Of(store);
        var all = state.All();
        using var writer = Store.Output.Writer(stdout);
        if (format == "json")
        {
            foreach (var source in all)
            {
                writer.WriteLine(JsonSerializer.Serialize(Json(source), Store.Output.Json));
            }

            return ExitCodes.Success;
        }

        var now = clock.GetUtcNow();
        writer.WriteLine("health   failures  items  articles  last success          next poll   url");
        foreach (var s in all)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Health,-8} {s.Failures,8} {s.ItemsSeen,6} {s.Articles,9}  {Time(s.LastSuccess),-20}  {Due(s.NextDue - now),-10}  {s.Url}"));
            if (s.Failures > 0 && s.LastError is not null)
            {
                writer.WriteLine($"         last error: {s.LastError}");
            }
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{all.Count} sources: {all.Count(static s => s.Health == "ok")} ok, {all.Count(static s => s.Health == "failing")} failing, {all.Count(static s => s.Health == "new")} new"));
        return ExitCodes.Success;
    }

    private static object Json(WatchSource s) => new
    {
        url = s.Url,
        health = s.Health,
        every_seconds = s.EverySeconds,
        next_due = Time(s.NextDue),
        last_polled = Time(s.LastPolled),
        last_success = Time(s.LastSuccess),
        last_error = s.LastError,
        last_error_at = Time(s.LastErrorAt),
        last_status = s.LastStatus,
        failures = s.Failures,
        polls = s.Polls,
        items_seen = s.ItemsSeen,
        articles = s.Articles,
        etag = s.ETag,
        last_modified = s.LastModified,
    };

    private static string? Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Due(TimeSpan inFuture) => inFuture <= TimeSpan.Zero
        ? "now"
        : string.Create(CultureInfo.InvariantCulture, $"in {Math.Ceiling(inFuture.TotalSeconds)} s");
}
