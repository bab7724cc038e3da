using System.Globalization;

namespace Marsad.Load;

/// <summary>What one load run does: where the server is, how many clients read for how long, what the writer ingests.</summary>
internal sealed record LoadOptions
{
    public const string Usage = """
        Usage: marsad-load [--url URL] [--key KEY] [--clients N] [--duration SECONDS] [--seed-articles N] [--corpus-seed N]

        Runs against a `marsad serve` that is already listening: N clients search and read (API and pages)
        for the duration while one more client ingests generated articles through POST /api/documents with
        the key. Before the clock starts it stores --seed-articles articles so there is something to read;
        afterwards it checks that every article it ingested is stored. Prints requests a second, errors by
        status and latency percentiles; exits 1 on any server error, transport error or missing article.

          --url URL            The server (default http://127.0.0.1:5080).
          --key KEY            The write key (default $MARSAD_API_KEY).
          --clients N          Reading clients (default 16).
          --duration SECONDS   How long the timed part runs (default 60).
          --seed-articles N    Articles stored before the timed part (default 20).
          --corpus-seed N      Seed of the article generator (default: from the clock, so a rerun on the
                               same store ingests new articles).

        The server's rate limit counts every client of this machine as one: raise it, e.g.
        `marsad serve --rate-limit 100000`.
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:5080");

    public string? Key { get; init; } = Environment.GetEnvironmentVariable("MARSAD_API_KEY");

    public int Clients { get; init; } = 16;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public int SeedArticles { get; init; } = 20;

    public int CorpusSeed { get; init; } = Environment.TickCount & int.MaxValue;

    /// <summary>How many articles to generate for the writer: more than it can post in the duration.</summary>
    public int ArticleBudget => SeedArticles + (int)Math.Min(20_000, Math.Max(200, Duration.TotalSeconds * 40));

    /// <summary>The options a command line gives; throws <see cref="ArgumentException"/> with the reason when it is wrong.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--url" => options with { Url = Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : throw new ArgumentException($"--url takes an http URL, not '{value}'.") },
                "--key" => options with { Key = value },
                "--clients" => options with { Clients = Number(name, value, 1, 1000) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number(name, value, 1, 3600)) },
                "--seed-articles" => options with { SeedArticles = Number(name, value, 1, 10_000) },
                "--corpus-seed" => options with { CorpusSeed = Number(name, value, 0, int.MaxValue) },
                _ => throw new ArgumentException($"unknown option '{name}'."),
            };
        }

        return string.IsNullOrEmpty(options.Key)
            ? throw new ArgumentException("the writer needs the key: --key KEY or MARSAD_API_KEY.")
            : options;
    }

    private static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} takes a whole number from {min} to {max}, not '{value}'.");
}
