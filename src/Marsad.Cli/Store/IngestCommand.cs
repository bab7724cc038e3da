using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Storage;
using Marsad.Storage.Ingest;
using Marsad.Storage.Sqlite;
using Spectre.Console;

namespace Marsad.Cli.Store;

/// <summary>
/// <c>marsad ingest PATH…</c>: stores every article of the inputs, skipping those already stored. A progress
/// bar on a terminal, plain progress lines otherwise (stderr); the summary on stdout.
/// </summary>
internal static class IngestCommand
{
    public const string Help = """
        Usage: marsad ingest [options] <input>...

        Analyses and stores every article of the inputs: files, folders (recursively), http(s) URLs,
        - for standard input;
        plain text, HTML pages, JSON lines and RSS/Atom feeds. An article already stored (same clean
        text, by its SHA-256) is counted as a duplicate and not stored again, so running it twice adds
        nothing; articles are written in batches, one transaction each, so a killed run can be run again.

        Options:
          --db PATH          The store (default: $MARSAD_DB, else ./marsad.db).
          --published DATE   Publication date (YYYY-MM-DD) for inputs that carry none.
          --batch N          Articles per transaction (default 64).
          --format FORMAT    text (default) or json: how the summary is written.
          -h, --help         Show this help.

        Exit codes: 0 all stored or already there, 3 some input or article failed (each is listed
        with its reason; the others are stored), 2 usage error, 1 internal error.
        """;

    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        var line = StoreCommandLine.Parse("ingest", args, ["--published", "--batch", "--format"]);
        if (line.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, Help);
            return ExitCodes.Success;
        }

        if (line.Positional.Count == 0)
        {
            throw new UsageException("ingest needs at least one input: a file, a folder or a URL.");
        }

        var format = line.Format("text", "text", "json");
        var published = line.Date("--published");
        var batch = line.Int("--batch", Ingestor.DefaultBatchSize);
        using var store = Stores.Open(line.DatabasePath);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("marsad/1");
        var pipeline = MarsadPipeline.CreateDefault();
        var ingestor = new Ingestor(store, pipeline, pipeline.TimeProvider)
        {
            BatchSize = batch,
            ReaderOptions = new ReaderOptions { Published = published },
            Http = http,
            StandardInput = stdin,
        };

        var summary = IsTerminal(stderr)
            ? RunWithBar(ingestor, line.Positional)
            : ingestor.Run(line.Positional, PlainProgress(stderr));
        using var writer = Output.Writer(stdout);
        if (format == "json")
        {
            WriteJson(writer, summary, store.Location);
        }
        else
        {
            WriteText(writer, summary, store.Location);
        }

        return summary.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    private static bool IsTerminal(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    private static IngestSummary RunWithBar(Ingestor ingestor, IReadOnlyList<string> inputs)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary? summary = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading inputs");
                summary = ingestor.Run(inputs, p =>
                {
                    task.MaxValue = Math.Max(1, p.InputsTotal);
                    task.Value = p.InputsDone;
                    task.Description = string.Create(
                        CultureInfo.InvariantCulture,
                        $"{p.Articles} articles {p.Rate:F0}/s: {p.Added} new, {p.Duplicates} dup, {p.Failed} failed");
                });
            });
        return summary!;
    }

    private static Action<IngestProgress> PlainProgress(TextWriter stderr)
    {
        var since = Stopwatch.StartNew();
        IngestProgress? last = null;
        return p =>
        {
            // At most one line every two seconds, and the final counts once.
            var finished = p.InputsDone == p.InputsTotal;
            if ((!finished && since.Elapsed < PlainInterval) || (last is not null && p with { Elapsed = last.Elapsed } == last))
            {
                return;
            }

            since.Restart();
            last = p;
            var eta = p.Remaining is { } left ? left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "?";
            stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"marsad ingest: {p.InputsDone}/{p.InputsTotal} inputs, {p.Articles} articles, {p.Rate:F1} articles/s, {p.Added} added, {p.Duplicates} duplicates, {p.Failed} failed, ETA {eta}"));
        };
    }

    private static void WriteText(TextWriter writer, IngestSummary summary, string location)
    {
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"ingested {summary.Articles} articles in {summary.Elapsed.TotalSeconds:F1} s ({summary.Rate:F1} articles/s) into {location}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"added: {summary.Added}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duplicates: {summary.Duplicates}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"failed: {summary.Failures.Count}"));
        foreach (var failure in summary.Failures)
        {
            writer.WriteLine($"  {failure.Source}: {failure.Reason}");
        }
    }

    private static void WriteJson(TextWriter writer, IngestSummary summary, string location)
    {
        var json = new
        {
            store = location,
            articles = summary.Articles,
            added = summary.Added,
            duplicates = summary.Duplicates,
            failed = summary.Failures.Count,
            seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
            articles_per_second = Math.Round(summary.Rate, 1),
            failures = summary.Failures.Select(static f => new { source = f.Source, reason = f.Reason }),
        };
        writer.WriteLine(JsonSerializer.Serialize(json, Output.Json));
    }
}
