using System.Globalization;
using System.Text.Json;
using Marsad.Cli.Store;
using Marsad.Storage;
using Marsad.Storage.Monitoring;

namespace Marsad.Cli.Watch;

/// <summary><c>marsad alert add|list|remove|hits</c>: what <c>marsad watch</c> alerts on (docs/MONITORING.md).</summary>
internal static class AlertCommands
{
    private const string Help = """
        Usage: marsad alert add NAME [criteria] [--webhook URL] [--db PATH]
               marsad alert list [--format table|json] [--db PATH]
               marsad alert remove NAME [--db PATH]
               marsad alert hits NAME [--limit N] [--format table|json] [--db PATH]

        An alert fires once per new article that 'marsad watch' stores and that meets every criterion given:
          --query Q        every word of Q (analysed as search does) is in the title or text
          --entity ID      the article mentions the entity
          --actor ID       an event of the article has it as actor
          --recipient ID   an event of the article has it as recipient
          --type EVENT     an event of the article has that PLOVER type
          --country ISO    the article mentions the country or one of its entities
        A hit is kept in the store (its Atom feed is /alerts/NAME.atom in 'marsad serve'); with --webhook it is
        also POSTed as JSON, retried with backoff, signed (X-Marsad-Signature: sha256=HMAC) when
        MARSAD_WEBHOOK_SECRET is set. NAME: letters, digits, - and _.

        Exit codes: 0 done, 3 no such alert or one of that name exists, 2 usage error.
        """;

    public static int Run(string[] args, Stream stdout, TimeProvider clock)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            MarsadApp.WriteLine(stdout, Help);
            return args.Length == 0 ? throw new UsageException("alert needs add, list, remove or hits.") : ExitCodes.Success;
        }

        string[] criteria = ["--query", "--entity", "--actor", "--recipient", "--type", "--country", "--webhook"];
        var line = StoreCommandLine.Parse("alert " + args[0], args[1..], args[0] switch
        {
            "add" => criteria,
            "list" => ["--format"],
            "hits" => ["--format", "--limit"],
            "remove" => [],
            _ => throw new UsageException($"alert takes add, list, remove or hits, not '{args[0]}'."),
        });
        if (line.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, Help);
            return ExitCodes.Success;
        }

        if (line.Positional.Count != (args[0] == "list" ? 0 : 1))
        {
            throw new UsageException(args[0] == "list" ? "alert list takes no arguments." : $"alert {args[0]} needs one NAME.");
        }

        try
        {
            return args[0] switch
            {
                "add" => Add(line, stdout, clock),
                "list" => List(line, stdout),
                "remove" => Remove(line, stdout),
                _ => Hits(line, stdout),
            };
        }
        catch (AlertException e) when (args[0] == "add" && !e.Message.Contains("exists already", StringComparison.Ordinal))
        {
            throw new UsageException(e.Message);
        }
        catch (AlertException e)
        {
            throw new MissingStoreException(e.Message);
        }
    }

    private static int Add(StoreCommandLine line, Stream stdout, TimeProvider clock)
    {
        var alert = new Alert(line.Positional[0])
        {
            Query = line.Value("--query"),
            Entity = line.Value("--entity"),
            Actor = line.Value("--actor"),
            Recipient = line.Value("--recipient"),
            EventType = line.EventType(),
            Country = line.Value("--country")?.ToUpperInvariant(),
            Webhook = line.Value("--webhook"),
        };
        alert.Validate();
        using var store = Stores.Open(line.DatabasePath);
        using var book = AlertBook.Of(store);
        book.Add(alert, clock.GetUtcNow());
        MarsadApp.WriteLine(stdout, $"added alert {alert.Name} in {store.Location}");
        return ExitCodes.Success;
    }

    private static int List(StoreCommandLine line, Stream stdout)
    {
        var format = line.Format("table", "table", "json");
        using var store = QueryCommands.OpenExisting(line);
        using var book = AlertBook.Of(store);
        using var writer = Store.Output.Writer(stdout);
        foreach (var alert in book.List())
        {
            writer.WriteLine(format == "json" ? JsonSerializer.Serialize(Json(alert), Store.Output.Json) : Describe(alert));
        }

        return ExitCodes.Success;
    }

    private static int Remove(StoreCommandLine line, Stream stdout)
    {
        using var store = QueryCommands.OpenExisting(line);
        using var book = AlertBook.Of(store);
        book.Remove(line.Positional[0]);
        MarsadApp.WriteLine(stdout, $"removed alert {line.Positional[0]} and its hits");
        return ExitCodes.Success;
    }

    private static int Hits(StoreCommandLine line, Stream stdout)
    {
        var format = line.Format("table", "table", "json");
        using var store = QueryCommands.OpenExisting(line);
        using var book = AlertBook.Of(store);
        var name = line.Positional[0];
        _ = book.Find(name) ?? throw new AlertException($"no alert named '{name}'");
        using var writer = Store.Output.Writer(stdout);
        foreach (var hit in book.Hits(name, line.Int("--limit", 50)))
        {
            var document = store.Document(hit.DocumentId);
            writer.WriteLine(format == "json"
                ? JsonSerializer.Serialize(new
                {
                    alert = hit.Alert,
                    document_id = hit.DocumentId,
                    title = document?.Title,
                    url = document?.Url,
                    hit_at = Time(hit.HitAt),
                    delivered_at = Time(hit.DeliveredAt),
                    attempts = hit.Attempts,
                    last_error = hit.LastError,
                }, Store.Output.Json)
                : $"{Time(hit.HitAt)}  {(hit.DeliveredAt is null ? hit.LastError ?? "-" : "delivered")}  {document?.Title}  {document?.Url ?? document?.Source}");
        }

        return ExitCodes.Success;
    }

    private static object Json(Alert a) => new
    {
        name = a.Name,
        query = a.Query,
        entity = a.Entity,
        actor = a.Actor,
        recipient = a.Recipient,
        type = a.EventType,
        country = a.Country,
        webhook = a.Webhook,
    };

    private static string Describe(Alert a)
    {
        var parts = new List<string>();
        void Add(string label, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{label} {value}");
            }
        }

        Add("query", a.Query);
        Add("entity", a.Entity);
        Add("actor", a.Actor);
        Add("recipient", a.Recipient);
        Add("type", a.EventType);
        Add("country", a.Country);
        Add("webhook", a.Webhook);
        return $"{a.Name}: {string.Join(", ", parts)}";
    }

    private static string? Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
