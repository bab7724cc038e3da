using System.Reflection;
using Marsad.Cli.Store;
using Marsad.Storage;
using Microsoft.Data.Sqlite;

namespace Marsad.Cli;

/// <summary>
/// The <c>marsad</c> command: dispatches to a subcommand with the process's streams passed in, so tests
/// run the real command in-process. Never lets an exception escape as a stack trace.
/// </summary>
public static class MarsadApp
{
    internal const string Usage = """
        Usage: marsad <command> [options]

        Commands:
          analyze <input>...   Analyse Arabic news articles and write the output contract.
          eval ner FILE        Score entity recognition against a CoNLL corpus.
          eval gold GOLD SAMPLE  Check an analysis against a gold file.
          eval timex DIR       Score time expressions against TimeML files.
          eval events FILE     Score event coding against PLOVER gold sentences (JSON lines).
          train ner FILE...    Train the entity tagger on CoNLL files (data/models/ner.bin).
          eval detect FILE     Share of judged sentences coded with their event type (--folds K).
          train events FILE... Train the event-mention model (data/models/events.tsv).
          ingest <input>...    Analyse and store articles (files, folders, URLs, feeds) in the store.
          search QUERY         Arabic full-text search of the store.
          events               Stored events, merged across sources (--actor, --recipient, --type, dates).
          dyad A B             The timeline of events between two actors.
          entity ID|NAME       An entity's mentions over time, events and co-mentioned entities.
          entities QUERY       Entities whose id or English or Arabic names match.
          export               Every stored event (plover, csv) or analysis (json).
          stats                Counts of what the store holds.
          enqueue <input>...   Queue sources for ingest workers (PostgreSQL store).
          worker               Claim queued sources and ingest them (PostgreSQL store; run many).
          watch SOURCES        Poll feeds and pages on a schedule and store each new article once.
          sources              Each watched source's health (--format table|json).
          alert add|list|remove|hits  Alerts on new articles watch stores (webhook, Atom feed).
          stories              The stories of the last hours, and which are breaking (--breaking, --since).
          serve                The web pages and REST API over the store (http://127.0.0.1:5080).
          help                 Show this help.
          version              Show the version.

        Run 'marsad analyze --help' for the options of analyze, 'marsad ingest --help' for ingest
        and 'marsad search --help' for the store commands. The store is --db PATH (a SQLite file) or
        --db postgres://USER@HOST:PORT/DB, else $MARSAD_DB, else ./marsad.db.
        """;

    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            if (args.Length == 0)
            {
                throw new UsageException("no command given.");
            }

            switch (args[0])
            {
                case "analyze":
                    return AnalyzeCommand.Run(args[1..], stdin, stdout, stderr);
                case "eval":
                    return EvalCommand.Run(args[1..], stdout, stderr);
                case "train":
                    return TrainCommand.Run(args[1..], stdout, stderr);
                case "ingest":
                    return IngestCommand.Run(args[1..], stdin, stdout, stderr);
                case "search":
                    return QueryCommands.Search(args[1..], stdout);
                case "events":
                    return QueryCommands.Events(args[1..], stdout, TimeProvider.System);
                case "dyad":
                    return QueryCommands.Dyad(args[1..], stdout, TimeProvider.System);
                case "entity":
                    return QueryCommands.Entity(args[1..], stdout, stderr);
                case "entities":
                    return EntityCommands.Entities(args[1..], stdout);
                case "export":
                    return QueryCommands.Export(args[1..], stdout, TimeProvider.System);
                case "stats":
                    return QueryCommands.Stats(args[1..], stdout);
                case "enqueue":
                    return WorkerCommands.Enqueue(args[1..], stdout);
                case "worker":
                    return WorkerCommands.Worker(args[1..], stdout, stderr);
                case "watch":
                    return Watch.WatchCommands.Watch(args[1..], stdout, stderr, TimeProvider.System);
                case "sources":
                    return Watch.WatchCommands.Sources(args[1..], stdout, TimeProvider.System);
                case "alert":
                    return Watch.AlertCommands.Run(args[1..], stdout, TimeProvider.System);
                case "stories":
                    return StoryCommands.Stories(args[1..], stdout, TimeProvider.System);
                case "serve":
                    return ServeCommand.Run(args[1..], stdout, stderr);
                case "help" or "--help" or "-h":
                    WriteLine(stdout, Usage);
                    return ExitCodes.Success;
                case "version" or "--version":
                    WriteLine(stdout, Version());
                    return ExitCodes.Success;
                default:
                    throw new UsageException($"unknown command '{args[0]}'.");
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"marsad: {e.Message}");
            stderr.WriteLine("Run 'marsad help' for usage.");
            return ExitCodes.Usage;
        }
        catch (MissingStoreException e)
        {
            stderr.WriteLine($"marsad: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"marsad: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Npgsql.NpgsqlException e)
        {
            // The server went away or refused a statement; what was committed stays committed.
            stderr.WriteLine($"marsad: PostgreSQL error: {e.Message}");
            return ExitCodes.InternalError;
        }
        catch (SqliteException e)
        {
            // A file that is not a store, or a store that cannot be written (read-only, disk full).
            stderr.WriteLine($"marsad: store error: {e.Message}");
            return ExitCodes.InternalError;
        }
        catch (IOException e)
        {
            // Output that cannot be written (a closed pipe, a full disk) ends the run with a message.
            stderr.WriteLine($"marsad: cannot write output: {e.Message}");
            return ExitCodes.InternalError;
        }
#pragma warning disable CA1031 // The last line of defence: a fault of ours is a message and exit 1, never a stack trace.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"marsad: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    internal static void WriteLine(Stream stdout, string text)
    {
        using var writer = new StreamWriter(stdout, leaveOpen: true);
        writer.WriteLine(text);
    }

    internal static string Version() =>
        "marsad " + (typeof(MarsadApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
}
