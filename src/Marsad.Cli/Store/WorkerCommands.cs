using System.Globalization;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Storage;
using Marsad.Storage.Ingest;
using Marsad.Storage.Postgres;

namespace Marsad.Cli.Store;

/// <summary>
/// <c>marsad enqueue</c> and <c>marsad worker</c>: ingest spread over many processes and machines through a
/// queue in the PostgreSQL store (see docs/SCALING.md).
/// </summary>
internal static class WorkerCommands
{
    private const string EnqueueHelp = """
        Usage: marsad enqueue <input>... --db postgres://USER@HOST:PORT/DB

        Adds sources to the PostgreSQL store's ingest queue for 'marsad worker' to claim: files, folders
        (every file under them, recursively) and URLs. Files are queued by absolute path, so workers on
        other machines need the same path (a shared mount). A source already queued is not added twice.

        Exit codes: 0 queued, 3 an input does not exist or the store cannot be reached, 2 usage error.
        """;

    private const string WorkerHelp = """
        Usage: marsad worker --db postgres://USER@HOST:PORT/DB [options]

        Claims queued sources one at a time (FOR UPDATE SKIP LOCKED, under a lease it renews while it
        works), analyses their articles and stores them in one transaction that also marks the source
        done. Start as many as you like, on as many machines; one that dies loses its lease and its
        source is claimed again.

        Options:
          --exit-when-idle   Stop once no source is queued or held by another worker (default: keep polling).
          --lease SECONDS    How long a claim holds without renewal (default 60).
          --poll SECONDS     How long to wait when the queue is empty (default 2).
          --published DATE   The publication date for articles that carry none.
          -h, --help         Show this help.

        Stops after the current source on Ctrl+C or SIGTERM. Exit codes: 0 stopped, 3 some sources
        failed (each listed with its reason), 2 usage error, 1 internal error.
        """;

    public static int Enqueue(string[] args, Stream stdout)
    {
        var line = StoreCommandLine.Parse("enqueue", args, []);
        if (line.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, EnqueueHelp);
            return ExitCodes.Success;
        }

        if (line.Positional.Count == 0)
        {
            throw new UsageException("enqueue needs at least one input: a file, a folder or a URL.");
        }

        var inputs = IngestInputs.Expand(line.Positional).ToList();
        if (inputs.FirstOrDefault(static i => i.Error is not null) is { } bad)
        {
            throw new MissingStoreException($"{bad.Name}: {bad.Error}");
        }

        using var store = OpenPostgres(line, "enqueue");
        var sources = inputs.Select(static i => i.IsUrl ? i.Name : Path.GetFullPath(i.Name)).ToList();
        var added = new IngestBacklog(store).Enqueue(sources);
        MarsadApp.WriteLine(stdout, string.Create(
            CultureInfo.InvariantCulture, $"queued {added} sources ({sources.Count - added} already queued) in {store.Location}"));
        return ExitCodes.Success;
    }

    public static int Worker(string[] args, Stream stdout, TextWriter stderr)
    {
        var line = StoreCommandLine.Parse("worker", args, ["--lease", "--poll", "--published"], ["--exit-when-idle"]);
        if (line.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, WorkerHelp);
            return ExitCodes.Success;
        }

        if (line.Positional.Count > 0)
        {
            throw new UsageException("worker takes no inputs; queue them with 'marsad enqueue'.");
        }

        var lease = line.Int("--lease", 60);
        var poll = line.Int("--poll", 2);
        using var store = OpenPostgres(line, "worker");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var stop = new CancellationTokenSource();
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            var pipeline = MarsadPipeline.CreateDefault();
            var worker = new IngestWorker(store, pipeline, pipeline.TimeProvider)
            {
                Lease = TimeSpan.FromSeconds(lease),
                Poll = TimeSpan.FromSeconds(poll),
                ExitWhenIdle = line.Flag("--exit-when-idle"),
                ReaderOptions = new ReaderOptions { Published = line.Date("--published") },
                Http = http,
            };
            stderr.WriteLine($"marsad worker {worker.Owner}: working on {store.Location}");
            var summary = worker.Run(message => stderr.WriteLine($"marsad worker: {message}"), stop.Token);
            MarsadApp.WriteLine(stdout, string.Create(CultureInfo.InvariantCulture,
                $"worker {worker.Owner}: {summary.Sources} sources, {summary.Articles} articles: {summary.Added} added, {summary.Duplicates} duplicates, {summary.Failures.Count} failed, {summary.LeasesLost} leases lost"));
            foreach (var failure in summary.Failures)
            {
                stderr.WriteLine($"marsad worker: failed {failure.Source}: {failure.Reason}");
            }

            return summary.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static PostgresStore OpenPostgres(StoreCommandLine line, string command)
    {
        var location = line.DatabasePath;
        if (!PostgresLocation.IsPostgres(location))
        {
            throw new UsageException($"{command} needs a PostgreSQL store: --db postgres://USER@HOST:PORT/DB (or MARSAD_DB).");
        }

        return PostgresStore.Open(location);
    }
}
