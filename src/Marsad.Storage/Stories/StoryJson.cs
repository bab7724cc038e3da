namespace Marsad.Storage.Stories;

/// <summary>
/// A story as JSON, the same for <c>marsad stories --format json</c> and <c>GET /api/stories</c> (which adds
/// each article's API link): snake_case names, times UTC ISO 8601.
/// </summary>
public static class StoryJson
{
    public static Dictionary<string, object?> Story(Story story, Func<StoryArticle, string?>? link = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var g = story.Growth;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["cluster"] = story.Cluster,
            ["size"] = story.Size,
            ["title"] = story.Title,
            ["breaking"] = g.Breaking,
            ["growth"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["articles"] = g.Articles,
                ["sources"] = g.Sources,
                ["baseline_articles"] = g.BaselineArticles,
                ["baseline_hours"] = g.BaselineHours,
                ["expected"] = g.Expected,
                ["ratio"] = g.Ratio,
                ["first_seen"] = g.FirstSeen,
            },
            ["articles"] = story.Articles.Select(a =>
            {
                var article = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["id"] = a.Id,
                    ["title"] = a.Title,
                    ["url"] = a.Url,
                    ["source"] = a.Source,
                    ["outlet"] = a.Outlet,
                    ["published"] = a.Published,
                    ["ingested_at"] = StoryTimes.Write(a.IngestedAt),
                };
                if (link?.Invoke(a) is { } href)
                {
                    article["link"] = href;
                }

                return article;
            }).ToList(),
            ["outlets"] = story.Outlets.Select(static o => new { name = o.Name, articles = o.Articles, baseline_articles = o.BaselineArticles }).ToList(),
            ["entities"] = story.Entities.Select(static e => new
            {
                id = e.Entity.Id, name = e.Entity.Name, name_ar = e.Entity.NameAr, type = e.Type, documents = e.Documents, mentions = e.Mentions,
            }).ToList(),
            ["events"] = story.Events.Select(static e => new
            {
                id = e.Id, @event = e.Event, actor = e.Actor.Select(Side).ToList(), recipient = e.Recipient.Select(Side).ToList(), date = e.Date, sources = e.Sources, reports = e.Reports,
            }).ToList(),
        };
    }

    /// <summary>The window and thresholds a list was measured by.</summary>
    public static Dictionary<string, object?> Window(StoryList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["now"] = StoryTimes.Write(list.Now),
            ["since"] = StoryTimes.Write(list.Since),
            ["window_hours"] = Math.Round((list.Now - list.Since).TotalHours, 2),
            ["baseline_hours"] = list.Thresholds.BaselineHours,
            ["min_articles"] = list.Thresholds.MinArticles,
            ["min_sources"] = list.Thresholds.MinSources,
            ["min_ratio"] = list.Thresholds.MinRatio,
        };
    }

    private static object Side(EntityRef e) => new { id = e.Id, name = e.Name, name_ar = e.NameAr };
}
