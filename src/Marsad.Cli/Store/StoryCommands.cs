using System.Globalization;
using System.Text.Json;
using Marsad.Storage.Stories;

namespace Marsad.Cli.Store;

/// <summary><c>marsad stories</c>: the stories of the last hours and which are breaking (docs/MONITORING.md).</summary>
internal static class StoryCommands
{
    private static readonly string Help = string.Create(CultureInfo.InvariantCulture, $"""
        Usage: marsad stories [--breaking] [--since TIME] [options]

        The stories (near-duplicate clusters) with an article stored in the window from --since to now, best
        growth first, each with its articles, sources (outlets: a URL's host), main entities and events, and its
        growth: the articles in the window against the count the same sources gave it at their usual pace over
        the baseline before the window. A story is breaking with at least --min-articles articles from at least
        --min-sources sources and articles / (expected + 1) of at least --min-ratio.

        Options:
          --breaking           Only the breaking stories.
          --since TIME         The window's start: 2026-12-06T18:00:00Z (UTC without an offset), a date, or a
                               span back from now: 90m, 6h, 2d (default {StoryThresholds.DefaultWindowHours}h).
          --now TIME           Measure as of this time instead of the clock (to replay a store's past).
          --baseline HOURS     The baseline before the window (default {StoryThresholds.DefaultBaselineHours}).
          --min-articles N     Default {StoryThresholds.DefaultMinArticles}.
          --min-sources N      Default {StoryThresholds.DefaultMinSources}.
          --min-ratio R        Default {StoryThresholds.DefaultMinRatio}.
          --limit N            At most N stories (default 20); --top N entities and events each (default 5).
          --format table|json  json: one story a line.
          --db PATH            The store (default: $MARSAD_DB, else ./marsad.db).
        """);

    public static int Stories(string[] args, Stream stdout, TimeProvider clock)
    {
        var line = StoreCommandLine.Parse("stories", args,
            ["--since", "--now", "--baseline", "--min-articles", "--min-sources", "--min-ratio", "--limit", "--top", "--format"], ["--breaking"]);
        if (line.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, Help);
            return ExitCodes.Success;
        }

        if (line.Positional.Count > 0)
        {
            throw new UsageException($"stories takes no arguments; '{line.Positional[0]}' is one.");
        }

        var format = line.Format("table", "table", "json");
        var now = line.Value("--now") is { } asOf ? Time("--now", asOf, null) : clock.GetUtcNow();
        var query = new StoryQuery
        {
            Now = now,
            Since = line.Value("--since") is { } since ? Time("--since", since, now) : null,
            BreakingOnly = line.Flag("--breaking"),
            Limit = line.Int("--limit", 20),
            Top = line.Int("--top", 5, min: 0),
            Thresholds = new StoryThresholds
            {
                BaselineHours = Number(line, "--baseline", StoryThresholds.DefaultBaselineHours),
                MinArticles = line.Int("--min-articles", StoryThresholds.DefaultMinArticles),
                MinSources = line.Int("--min-sources", StoryThresholds.DefaultMinSources),
                MinRatio = Number(line, "--min-ratio", StoryThresholds.DefaultMinRatio),
            },
        };
        if (query.Problem() is { } problem)
        {
            throw new UsageException(problem + ".");
        }

        using var store = QueryCommands.OpenExisting(line);
        using var book = StoryBook.Of(store);
        var result = book.Stories(query);
        var list = result.List ?? throw new UsageException(result.Error + ".");
        using var writer = Output.Writer(stdout);
        if (format == "json")
        {
            foreach (var story in list.Stories)
            {
                writer.WriteLine(JsonSerializer.Serialize(StoryJson.Story(story), Output.Json));
            }

            return ExitCodes.Success;
        }

        Table(writer, list, query.BreakingOnly);
        return ExitCodes.Success;
    }

    private static void Table(StreamWriter writer, StoryList list, bool breakingOnly)
    {
        var t = list.Thresholds;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(breakingOnly ? "breaking stories" : "stories")} {StoryTimes.Write(list.Since)} to {StoryTimes.Write(list.Now)}: {list.Breaking} breaking of {list.InWindow} (baseline {StoryRule.Figure(t.BaselineHours)} h; breaking at >= {t.MinArticles} articles, >= {t.MinSources} sources, ratio >= {StoryRule.Figure(t.MinRatio)})"));
        var rank = 0;
        foreach (var story in list.Stories)
        {
            var g = story.Growth;
            writer.WriteLine();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{++rank,2}. {(g.Breaking ? "BREAKING" : "story"),-8} ratio {StoryRule.Figure(g.Ratio)}: {g.Articles} articles from {g.Sources} sources, expected {StoryRule.Figure(g.Expected)} ({(g.FirstSeen ? "first seen in the window" : $"{g.BaselineArticles} in the {StoryRule.Figure(g.BaselineHours)} h before")}); story {story.Cluster}, {story.Size} articles in all"));
            writer.WriteLine($"    {story.Title ?? story.Articles[0].Source}");
            writer.WriteLine("    sources: " + string.Join(", ", story.Outlets.Select(static o => string.Create(CultureInfo.InvariantCulture, $"{o.Name} {o.Articles}"))));
            if (story.Entities.Count > 0)
            {
                writer.WriteLine("    entities: " + string.Join(", ", story.Entities.Select(static e => string.Create(CultureInfo.InvariantCulture, $"{e.Entity.Name ?? e.Entity.Id} ({e.Entity.Id}) in {e.Documents}"))));
            }

            foreach (var e in story.Events)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    event: {e.Event} {Side(e.Actor)} -> {Side(e.Recipient)} {e.Date ?? "undated"}, reported by {e.Reports} of these articles ({e.Sources} in all)"));
            }

            foreach (var a in story.Articles)
            {
                writer.WriteLine($"    {StoryTimes.Write(a.IngestedAt)}  {a.Outlet}  {a.Title ?? ""}  {a.Url ?? a.Source}  {a.Id}");
            }
        }
    }

    private static string Side(IReadOnlyList<Storage.EntityRef> side) => side.Count == 0 ? "-" : string.Join("+", side.Select(static e => e.Id));

    private static DateTimeOffset Time(string name, string value, DateTimeOffset? now)
    {
        var (time, error) = StoryTimes.Parse(name, value, now);
        return time ?? throw new UsageException(error + ".");
    }

    private static double Number(StoreCommandLine line, string name, double fallback)
    {
        var value = line.Value(name);
        if (value is null)
        {
            return fallback;
        }

        return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException($"{name} takes a number more than 0, not '{value}'.");
    }
}
