using System.Globalization;

namespace Marsad.Storage.Stories;

/// <summary>
/// The thresholds of the breaking-story rule (docs/MONITORING.md, "Breaking stories"). The defaults are named
/// constants so the docs, the command's help and the tests quote the same numbers.
/// </summary>
public sealed record StoryThresholds
{
    /// <summary>6 hours: the "now" of a news cycle; with sources polled every 10 minutes, 36 polls of each.</summary>
    public const double DefaultWindowHours = 6;

    /// <summary>7 days: long enough to hold a story's steady days, short enough that last month's story is not its baseline.</summary>
    public const double DefaultBaselineHours = 7 * 24;

    /// <summary>4 articles in the window: fewer is a story, not a surge.</summary>
    public const int DefaultMinArticles = 4;

    /// <summary>3 distinct sources (outlets) in the window: one prolific outlet, or two echoing each other, is not the news breaking.</summary>
    public const int DefaultMinSources = 3;

    /// <summary>3 times the expected count (plus one article of slack): well above the story's own usual pace.</summary>
    public const double DefaultMinRatio = 3;

    /// <summary>The furthest back a window may start: a window is hours, and its start bounds what the store reads.</summary>
    public const double MaxWindowHours = 31 * 24;

    public double BaselineHours { get; init; } = DefaultBaselineHours;

    public int MinArticles { get; init; } = DefaultMinArticles;

    public int MinSources { get; init; } = DefaultMinSources;

    public double MinRatio { get; init; } = DefaultMinRatio;

    /// <summary>What is wrong with these thresholds, or null when they can be used.</summary>
    public string? Problem() =>
        !(BaselineHours > 0 && BaselineHours <= 366 * 24) ? "the baseline must be more than 0 and at most 8784 hours (a year)"
        : MinArticles < 1 ? "the least number of articles must be at least 1"
        : MinSources < 1 ? "the least number of sources must be at least 1"
        : !(MinRatio > 0 && MinRatio <= 1000) ? "the least ratio must be more than 0 and at most 1000"
        : null;
}

/// <summary>One article of a story as the rule sees it: the outlet that carried it and when it arrived.</summary>
public readonly record struct StoryArrival(string Outlet, DateTimeOffset At);

/// <summary>
/// How a story grew: <see cref="Articles"/> from <see cref="Sources"/> outlets in the window; the same outlets'
/// <see cref="BaselineArticles"/> on this story over the <see cref="BaselineHours"/> before it, scaled to the
/// window as <see cref="Expected"/>; and <see cref="Ratio"/> = articles / (expected + 1).
/// </summary>
public sealed record StoryGrowth(
    int Articles,
    int Sources,
    int BaselineArticles,
    double BaselineHours,
    double Expected,
    double Ratio,
    bool FirstSeen,
    bool Breaking);

/// <summary>
/// The breaking-story rule. For one story (a near-duplicate cluster), a window (<c>since</c>, <c>now</c>] and the
/// baseline before it (<c>since</c> − B, <c>since</c>]:
/// <list type="number">
/// <item>c = the story's articles in the window, O = the distinct outlets that carried them.</item>
/// <item>b = the articles those outlets gave this story in the baseline; H = the hours from the story's first
///   baseline article to the window's start, at least the window's length and at most B; E = b × W / H, the
///   count those outlets would have given it in a window at their usual pace on it (0 for a story first seen
///   in the window).</item>
/// <item>ratio = c / (E + 1): the one article of slack keeps a new story's ratio finite (its count) and stops a
///   story with a tiny baseline from looking explosive after one more article.</item>
/// <item>Breaking when c ≥ k, |O| ≥ m and ratio ≥ r.</item>
/// </list>
/// Pure: the caller gives the arrivals and the clock's "now", so it is tested without clocks.
/// </summary>
public static class StoryRule
{
    public static StoryGrowth Measure(IReadOnlyList<StoryArrival> arrivals, DateTimeOffset since, DateTimeOffset now, StoryThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(arrivals);
        ArgumentNullException.ThrowIfNull(thresholds);
        var window = now - since;
        var baselineStart = since - TimeSpan.FromHours(thresholds.BaselineHours);
        var inWindow = arrivals.Where(a => a.At > since && a.At <= now).ToList();
        var outlets = inWindow.Select(static a => a.Outlet).ToHashSet(StringComparer.Ordinal);
        var before = arrivals.Where(a => a.At > baselineStart && a.At <= since).ToList();
        var fromOutlets = before.Count(a => outlets.Contains(a.Outlet));

        var hours = 0.0;
        var expected = 0.0;
        if (before.Count > 0 && window > TimeSpan.Zero)
        {
            var age = (since - before.Min(static a => a.At)).TotalHours;
            hours = Math.Clamp(age, window.TotalHours, thresholds.BaselineHours);
            expected = fromOutlets * window.TotalHours / hours;
        }

        var ratio = inWindow.Count / (expected + 1);
        var breaking = inWindow.Count >= thresholds.MinArticles && outlets.Count >= thresholds.MinSources && ratio >= thresholds.MinRatio;
        return new StoryGrowth(inWindow.Count, outlets.Count, fromOutlets, Math.Round(hours, 2), Math.Round(expected, 3), Math.Round(ratio, 3), before.Count == 0, breaking);
    }

    /// <summary>Growth order: the higher ratio first, then more articles, then more outlets; ties by the caller's key.</summary>
    public static int CompareGrowth(StoryGrowth a, StoryGrowth b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var byRatio = b.Ratio.CompareTo(a.Ratio);
        if (byRatio != 0)
        {
            return byRatio;
        }

        var byArticles = b.Articles.CompareTo(a.Articles);
        return byArticles != 0 ? byArticles : b.Sources.CompareTo(a.Sources);
    }

    /// <summary>A figure as the command and the pages print it: at most two decimals, invariant.</summary>
    public static string Figure(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
