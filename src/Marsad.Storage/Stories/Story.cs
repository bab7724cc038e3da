namespace Marsad.Storage.Stories;

/// <summary>Which stories to list: those with an article in the window (<see cref="Since"/>, <see cref="Now"/>].</summary>
public sealed record StoryQuery
{
    /// <summary>The clock's "now" (injected: the command's clock, the server's clock, a test's simulated time).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The window's start; null for <see cref="StoryThresholds.DefaultWindowHours"/> before <see cref="Now"/>.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only the stories the rule calls breaking.</summary>
    public bool BreakingOnly { get; init; }

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }

    /// <summary>How many of a story's entities and events to give (its articles are all given).</summary>
    public int Top { get; init; } = 5;

    public StoryThresholds Thresholds { get; init; } = new();

    public DateTimeOffset WindowStart => Since ?? Now - TimeSpan.FromHours(StoryThresholds.DefaultWindowHours);

    /// <summary>What is wrong with this query, or null when it can be run.</summary>
    public string? Problem()
    {
        if (WindowStart >= Now)
        {
            return $"the window must start before now ({StoryTimes.Write(Now)}); --since {StoryTimes.Write(WindowStart)} does not";
        }

        if ((Now - WindowStart).TotalHours > StoryThresholds.MaxWindowHours)
        {
            return $"the window may start at most {StoryThresholds.MaxWindowHours / 24} days before now; a story window is hours";
        }

        return Limit < 1 ? "the limit must be at least 1" : Offset < 0 ? "the offset must be at least 0" : Top < 0 ? "top must be at least 0" : Thresholds.Problem();
    }
}

/// <summary>
/// A page of stories, best growth first, with the window and thresholds they were measured by: <see cref="Total"/>
/// stories answer the query (all, or the breaking ones), of <see cref="InWindow"/> with an article in the window.
/// </summary>
public sealed record StoryList(
    DateTimeOffset Now,
    DateTimeOffset Since,
    StoryThresholds Thresholds,
    int Total,
    int InWindow,
    int Breaking,
    IReadOnlyList<Story> Stories);

/// <summary>The stories, or why the query could not be run.</summary>
public sealed record StoryResult(StoryList? List, string? Error);

/// <summary>
/// One story (a near-duplicate cluster, <see cref="Clustering.MinHash"/>) with an article in the window: its
/// growth, the window's articles (newest first), the outlets that carried it, and the entities and events those
/// articles report.
/// </summary>
public sealed record Story(
    long Cluster,
    long Size,
    string? Title,
    StoryGrowth Growth,
    IReadOnlyList<StoryArticle> Articles,
    IReadOnlyList<StoryOutlet> Outlets,
    IReadOnlyList<StoryEntity> Entities,
    IReadOnlyList<StoryEvent> Events);

public sealed record StoryArticle(string Id, string? Title, string? Url, string Source, string Outlet, string? Published, DateTimeOffset IngestedAt);

/// <summary>An outlet of a story: its articles in the window and on the same story in the baseline.</summary>
public sealed record StoryOutlet(string Name, int Articles, int BaselineArticles);

/// <summary>An entity the story's window articles mention: in how many of them, and how often.</summary>
public sealed record StoryEntity(EntityRef Entity, string Type, int Documents, int Mentions);

/// <summary>A merged event the story's window articles report: <see cref="Reports"/> of them do; <see cref="Sources"/> documents in all.</summary>
public sealed record StoryEvent(
    string Id,
    string Event,
    IReadOnlyList<EntityRef> Actor,
    IReadOnlyList<EntityRef> Recipient,
    string? Date,
    int Sources,
    int Reports);
