using System.Globalization;
using System.Text.Json;
using Marsad.Output;
using Marsad.Storage;
using Marsad.Storage.Search;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Store;

/// <summary>The commands that read the store: search, events, dyad, entity, export, stats.</summary>
internal static class QueryCommands
{
    public const string Help = """
        Store commands (all take --db PATH; default $MARSAD_DB, else ./marsad.db):

          marsad search QUERY [--entity ID] [--type EVENT] [--from DATE] [--to DATE] [--limit N] [--exact] [--format table|json]
              Full-text search with Marsad's Arabic analyser (اتفاق finds الاتفاقات and اتفاقيات; hamza
              and diacritics do not matter), ranked by BM25, with a snippet; matched words in [brackets].
              Words of the same root and verb-form family follow the exact matches (مظاهرة also finds
              تظاهر and المتظاهرين); --exact: the query's own words only.
          marsad events [--actor ID] [--recipient ID] [--exact] [--type EVENT] [--from DATE] [--to DATE]
                        [--country ISO] [--near LAT,LON,KM] [--limit N] [--format table|json|csv|plover|geojson]
              Events, merged across the articles that report them, each with its sources. A country's id
              also finds its army, ministries and people (--exact: the id alone). --country keeps events
              whose place is in that country (ISO 3166-1 alpha-3: SYR); --near those whose place lies within
              KM kilometres (great circle) of the point LAT,LON in degrees (33.51,36.29,50); geojson writes
              the events with coordinates as a GeoJSON FeatureCollection.
          marsad dyad A B [--exact] [--from DATE] [--to DATE] [--format table|json|csv|plover]
              The timeline of events between two actors, either way round.
          marsad entity ID|NAME [--top N] [--format table|json]
              Mentions over time, events by type and the most co-mentioned entities. NAME is an English or
              Arabic name or variant (Israel, إسرائيل, isr); a name of several entities lists them.
          marsad entities QUERY [--limit N] [--format table|json]
              The entities whose id or names match QUERY (whole names first, then names that start with it,
              then names that hold it); hamza, diacritics and case do not matter.
          marsad export --format plover|csv|json
              Every event (plover, csv) or every stored analysis (json, the output contract).
          marsad stats [--format table|json]
              Counts of documents, clusters, entities, mentions and events.

        EVENT is a PLOVER type (AGREE, ASSAULT, SUPPORT…). Dates are YYYY-MM-DD, YYYY-MM or YYYY; an event
        dated to a part of a day, a week or a season falls in its days. Exit codes: 0 success, 2 usage error, 3 no store at the path.
        """;

    public static int Search(string[] args, Stream stdout)
    {
        var line = StoreCommandLine.Parse("search", args, ["--entity", "--type", "--from", "--to", "--limit", "--format"], ["--exact"]);
        if (line.ShowHelp)
        {
            return ShowHelp(stdout);
        }

        if (line.Positional.Count == 0)
        {
            throw new UsageException("search needs a query.");
        }

        var format = line.Format("table", "table", "json");
        var query = new SearchQuery(string.Join(' ', line.Positional))
        {
            Entity = line.Value("--entity"),
            EventType = line.EventType(),
            From = line.Date("--from"),
            To = line.Date("--to"),
            Limit = line.Int("--limit", 10),
            Exact = line.Flag("--exact"),
        };
        using var store = OpenExisting(line);
        var hits = store.Search(query);
        using var writer = Output.Writer(stdout);
        if (format == "json")
        {
            var rank = 0;
            foreach (var hit in hits)
            {
                var text = store.Text(hit.Document.Id) ?? "";
                writer.WriteLine(JsonSerializer.Serialize(SearchHitFormat.Json(++rank, hit, SearchHitFormat.Highlight(hit.Snippet, text), text), Output.Json));
            }
        }
        else if (hits.Count == 0)
        {
            writer.WriteLine("no matches");
        }
        else
        {
            var rank = 0;
            foreach (var hit in hits)
            {
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{++rank,2}. {hit.Score,8:G3}  {hit.Document.Published ?? "undated",-10}  {hit.Document.Title ?? hit.Document.Source}"));
                var story = hit.Document.ClusterSize > 1
                    ? string.Create(CultureInfo.InvariantCulture, $"  (one of {hit.Document.ClusterSize} near-duplicate articles)")
                    : "";
                writer.WriteLine($"    {hit.Document.Url ?? hit.Document.Source}{story}");
                writer.WriteLine($"    {hit.Snippet.Text}");
            }
        }

        return ExitCodes.Success;
    }

    public static int Events(string[] args, Stream stdout, TimeProvider clock)
    {
        var line = StoreCommandLine.Parse("events", args, ["--actor", "--recipient", "--type", "--from", "--to", "--country", "--near", "--limit", "--format"], ["--exact"]);
        if (line.ShowHelp)
        {
            return ShowHelp(stdout);
        }

        if (line.Positional.Count > 0)
        {
            throw new UsageException($"events takes options only, not '{line.Positional[0]}'.");
        }

        var format = line.Format("table", "table", "json", "csv", "plover", "geojson");
        var query = new EventQuery
        {
            Actor = line.Value("--actor"),
            Recipient = line.Value("--recipient"),
            Exact = line.Flag("--exact"),
            EventType = line.EventType(),
            From = line.Date("--from"),
            To = line.Date("--to"),
            Country = line.Country(),
            Near = line.Near(),
            Limit = line.Value("--limit") is null ? null : line.Int("--limit", 0),
        };
        using var store = OpenExisting(line);
        using var writer = Output.Writer(stdout);
        StoredEventWriters.Write(writer, store.Events(query), format, clock);
        return ExitCodes.Success;
    }

    public static int Dyad(string[] args, Stream stdout, TimeProvider clock)
    {
        var line = StoreCommandLine.Parse("dyad", args, ["--from", "--to", "--format", "--type"], ["--exact"]);
        if (line.ShowHelp)
        {
            return ShowHelp(stdout);
        }

        if (line.Positional.Count != 2)
        {
            throw new UsageException("dyad needs two entity ids, such as: marsad dyad KAZ ISR.");
        }

        var format = line.Format("table", "table", "json", "csv", "plover");
        var query = new EventQuery
        {
            Dyad = (line.Positional[0], line.Positional[1]),
            Exact = line.Flag("--exact"),
            EventType = line.EventType(),
            From = line.Date("--from"),
            To = line.Date("--to"),
        };
        using var store = OpenExisting(line);
        using var writer = Output.Writer(stdout);
        StoredEventWriters.Write(writer, store.Events(query), format, clock);
        return ExitCodes.Success;
    }

    public static int Entity(string[] args, Stream stdout, TextWriter stderr)
    {
        var line = StoreCommandLine.Parse("entity", args, ["--top", "--format"]);
        if (line.ShowHelp)
        {
            return ShowHelp(stdout);
        }

        if (line.Positional.Count == 0)
        {
            throw new UsageException("entity needs an entity id or name, such as: marsad entity KAZ, or marsad entity إسرائيل.");
        }

        var format = line.Format("table", "table", "json");
        var top = line.Int("--top", 10);
        var query = string.Join(' ', line.Positional);
        using var store = OpenExisting(line);

        // An id the store holds comes first (it may be no knowledge-base entity); else the name is looked up.
        var profile = store.Entity(query, top);
        if (profile is null)
        {
            var (id, exitCode) = EntityCommands.Resolve(query, stderr);
            if (id is null)
            {
                return exitCode;
            }

            profile = store.Entity(id, top);
            if (profile is null)
            {
                stderr.WriteLine($"marsad: no stored document mentions '{query}' ({id}).");
                return ExitCodes.BadInput;
            }
        }

        using var writer = Output.Writer(stdout);
        if (format == "json")
        {
            writer.WriteLine(JsonSerializer.Serialize(
                new
                {
                    id = profile.Entity.Id,
                    type = profile.Type,
                    name = profile.Entity.Name,
                    name_ar = profile.Entity.NameAr,
                    documents = profile.Documents,
                    mentions = profile.Mentions,
                    mentions_over_time = profile.MentionsOverTime.Select(static m => new { period = m.Period, mentions = m.Mentions, documents = m.Documents }),
                    events_by_type = profile.EventsByType.Select(static e => new { @event = e.Event, as_actor = e.AsActor, as_recipient = e.AsRecipient }),
                    co_mentioned = profile.CoMentioned.Select(static c => new { id = c.Entity.Id, name = c.Entity.Name, documents = c.Documents }),
                },
                Output.Json));
            return ExitCodes.Success;
        }

        writer.WriteLine($"{profile.Entity.Id}  {profile.Type}  {profile.Entity.Name} ({profile.Entity.NameAr})");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{profile.Mentions} mentions in {profile.Documents} documents"));
        writer.WriteLine("mentions over time:");
        foreach (var (period, mentions, documents) in profile.MentionsOverTime)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {period,-8} {mentions,6} mentions {documents,6} documents"));
        }

        writer.WriteLine("events by type (as actor / as recipient):");
        foreach (var (type, asActor, asRecipient) in profile.EventsByType)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type,-10} {asActor,6} {asRecipient,6}"));
        }

        writer.WriteLine("most co-mentioned (documents):");
        foreach (var (entity, documents) in profile.CoMentioned)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {entity.Id,-32} {documents,6}  {entity.Name}"));
        }

        return ExitCodes.Success;
    }

    public static int Export(string[] args, Stream stdout, TimeProvider clock)
    {
        var line = StoreCommandLine.Parse("export", args, ["--format"]);
        if (line.ShowHelp)
        {
            return ShowHelp(stdout);
        }

        if (line.Value("--format") is null)
        {
            throw new UsageException("export needs --format plover, csv or json.");
        }

        var format = line.Format("json", "plover", "csv", "json");
        using var store = OpenExisting(line);
        using var writer = Output.Writer(stdout);
        if (format == "json")
        {
            foreach (var analysis in store.AnalysisLines())
            {
                writer.WriteLine(analysis);
            }
        }
        else
        {
            StoredEventWriters.Write(writer, store.Events(new EventQuery()), format, clock);
        }

        return ExitCodes.Success;
    }

    public static int Stats(string[] args, Stream stdout)
    {
        var line = StoreCommandLine.Parse("stats", args, ["--format"]);
        if (line.ShowHelp)
        {
            return ShowHelp(stdout);
        }

        var format = line.Format("table", "table", "json");
        using var store = OpenExisting(line);
        var s = store.Stats();
        using var writer = Output.Writer(stdout);
        if (format == "json")
        {
            writer.WriteLine(JsonSerializer.Serialize(StoreFormats.Stats(s, store.Location), Output.Json));
            return ExitCodes.Success;
        }

        writer.WriteLine($"store            {store.Location}");
        foreach (var (name, value) in new (string, long)[]
        {
            ("documents", s.Documents), ("clusters", s.Clusters), ("in a cluster of 2+", s.ClusteredDocuments), ("entities", s.Entities),
            ("mentions", s.Mentions), ("events", s.Events), ("event reports", s.EventReports), ("events reported 2+", s.MergedEvents),
        })
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-18} {value,10}"));
        }

        writer.WriteLine($"published          {s.FirstPublished ?? "-"} … {s.LastPublished ?? "-"}");
        return ExitCodes.Success;
    }

    private static int ShowHelp(Stream stdout)
    {
        MarsadApp.WriteLine(stdout, Help);
        return ExitCodes.Success;
    }

    /// <summary>Opens the store for reading; a missing file is the user's input error, not an empty store.</summary>
    internal static IStore OpenExisting(StoreCommandLine line)
    {
        var path = line.DatabasePath;
        if (!Marsad.Storage.Postgres.PostgresLocation.IsPostgres(path) && !File.Exists(path))
        {
            throw new MissingStoreException($"no store at {path}; run 'marsad ingest' first or give --db PATH.");
        }

        return Stores.Open(path);
    }
}

/// <summary>A query command was pointed at a store file that does not exist (exit 3).</summary>
internal sealed class MissingStoreException(string message) : Exception(message);
