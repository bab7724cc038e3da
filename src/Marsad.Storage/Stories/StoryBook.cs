using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage.Monitoring;

namespace Marsad.Storage.Stories;

/// <summary>
/// Stories and their growth, read from the tables every store already has (<c>documents</c> with its cluster and
/// ingest time, <c>mentions</c>, <c>events</c>, <c>event_sources</c>): no schema of their own. The same SQL on
/// both backends. An article's time is when the store received it (<c>ingested_at</c>, from the injected clock):
/// the published date has no hour, and a watched source's articles arrive within a poll of appearing.
/// </summary>
public sealed class StoryBook : IDisposable
{
    private readonly MonitorDb _db;

    private StoryBook(MonitorDb db)
    {
        _db = db;
    }

    public static StoryBook Of(IStore store) => new(MonitorDb.Of(store));

    public void Dispose() => _db.Dispose();

    /// <summary>The stories with an article in the query's window, best growth first; an unusable query is an error, not an exception.</summary>
    public StoryResult Stories(StoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Problem() is { } problem)
        {
            return new StoryResult(null, problem);
        }

        var since = query.WindowStart;
        var baselineStart = since - TimeSpan.FromHours(query.Thresholds.BaselineHours);
        var window = WindowArticles(since, query.Now);
        var clusters = window.Select(static a => a.Cluster).Distinct().ToList();
        var arrivals = Arrivals(clusters, baselineStart, query.Now);
        var measured = window.GroupBy(static a => a.Cluster)
            .Select(g => (Cluster: g.Key, Articles: g.ToList(), Growth: StoryRule.Measure(arrivals[g.Key], since, query.Now, query.Thresholds)))
            .ToList();
        var breaking = measured.Count(static m => m.Growth.Breaking);
        var chosen = measured.Where(m => !query.BreakingOnly || m.Growth.Breaking)
            .OrderBy(static m => m.Growth, Comparer<StoryGrowth>.Create(StoryRule.CompareGrowth))
            .ThenByDescending(static m => m.Articles.Max(static a => a.Key))
            .ToList();
        var page = chosen.Skip(query.Offset).Take(query.Limit).ToList();
        var keys = page.SelectMany(static m => m.Articles.Select(static a => a.Key)).ToList();
        var sizes = Sizes(page.Select(static m => m.Cluster).ToList());
        var entities = Entities(keys);
        var events = Events(keys);
        var stories = page.Select(m =>
        {
            var articles = m.Articles.OrderByDescending(static a => a.Article.IngestedAt).ThenByDescending(static a => a.Key).ToList();
            var docs = articles.Select(static a => a.Key).ToHashSet();
            var baseline = arrivals[m.Cluster].Where(a => a.At > baselineStart && a.At <= since).ToList();
            var outlets = articles.GroupBy(static a => a.Article.Outlet, StringComparer.Ordinal)
                .Select(g => new StoryOutlet(g.Key, g.Count(), baseline.Count(b => b.Outlet == g.Key)))
                .OrderByDescending(static o => o.Articles).ThenBy(static o => o.Name, StringComparer.Ordinal).ToList();
            var title = articles.Select(static a => a.Article.Title).LastOrDefault(static t => t is not null);
            return new Story(m.Cluster, sizes.GetValueOrDefault(m.Cluster), title, m.Growth, [.. articles.Select(static a => a.Article)], outlets,
                TopEntities(entities, docs, query.Top), TopEvents(events, docs, query.Top));
        }).ToList();
        return new StoryResult(new StoryList(query.Now, since, query.Thresholds, chosen.Count, measured.Count, breaking, stories), null);
    }

    private sealed record WindowArticle(long Key, long Cluster, StoryArticle Article);

    private List<WindowArticle> WindowArticles(DateTimeOffset since, DateTimeOffset now) => _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, """
            SELECT doc_key, cluster, id, title, url, source, published, ingested_at FROM documents
            WHERE ingested_at > @since AND ingested_at <= @now
            """);
        MonitorDb.Parameter(command, "@since", StoryTimes.Write(since));
        MonitorDb.Parameter(command, "@now", StoryTimes.Write(now));
        var rows = new List<WindowArticle>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var source = r.GetString(5);
            var url = StoredRows.NullableString(r, 4);
            rows.Add(new WindowArticle(r.GetInt64(0), r.GetInt64(1), new StoryArticle(
                r.GetString(2), StoredRows.NullableString(r, 3), url, source, StoryTimes.Outlet(source, url), StoredRows.NullableString(r, 6), Time(r.GetString(7)))));
        }

        return rows;
    });

    // Every article of the clusters from the baseline's start to now: what the rule measures.
    private Dictionary<long, List<StoryArrival>> Arrivals(List<long> clusters, DateTimeOffset from, DateTimeOffset now)
    {
        var arrivals = clusters.ToDictionary(static c => c, static _ => new List<StoryArrival>());
        if (clusters.Count == 0)
        {
            return arrivals;
        }

        _db.Run(connection =>
        {
            using var command = MonitorDb.Command(connection, null,
                $"SELECT cluster, source, url, ingested_at FROM documents WHERE {InKeys("cluster")} AND ingested_at > @from AND ingested_at <= @now");
            KeysParameter(command, clusters);
            MonitorDb.Parameter(command, "@from", StoryTimes.Write(from));
            MonitorDb.Parameter(command, "@now", StoryTimes.Write(now));
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                arrivals[r.GetInt64(0)].Add(new StoryArrival(StoryTimes.Outlet(r.GetString(1), StoredRows.NullableString(r, 2)), Time(r.GetString(3))));
            }

            return 0;
        });
        return arrivals;
    }

    private Dictionary<long, long> Sizes(List<long> clusters) => clusters.Count == 0 ? [] : _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, $"SELECT cluster, COUNT(*) FROM documents WHERE {InKeys("cluster")} GROUP BY cluster");
        KeysParameter(command, clusters);
        var sizes = new Dictionary<long, long>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            sizes[r.GetInt64(0)] = r.GetInt64(1);
        }

        return sizes;
    });

    private sealed record MentionRow(long Doc, string Id, string Type, int Mentions);

    private List<(MentionRow Row, EntityRef Entity)> Entities(List<long> keys) => keys.Count == 0 ? [] : _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, $"""
            SELECT e.name, e.name_ar, e.country, e.sector, m.doc_key, e.id, e.type, COUNT(*)
            FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE {InKeys("m.doc_key")}
            GROUP BY e.name, e.name_ar, e.country, e.sector, m.doc_key, e.id, e.type
            """);
        KeysParameter(command, keys);
        var rows = new List<(MentionRow, EntityRef)>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetString(5);
            rows.Add((new MentionRow(r.GetInt64(4), id, r.GetString(6), Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture)), StoredRows.Entity(id, r)));
        }

        return rows;
    });

    private static List<StoryEntity> TopEntities(List<(MentionRow Row, EntityRef Entity)> rows, HashSet<long> docs, int top) =>
        [.. rows.Where(e => docs.Contains(e.Row.Doc)).GroupBy(static e => e.Row.Id, StringComparer.Ordinal)
            .Select(static g => new StoryEntity(g.First().Entity, g.First().Row.Type, g.Count(), g.Sum(static e => e.Row.Mentions)))
            .OrderByDescending(static e => e.Documents).ThenByDescending(static e => e.Mentions).ThenBy(static e => e.Entity.Id, StringComparer.Ordinal)
            .Take(top)];

    private sealed record ReportRow(long Doc, long EventKey, string Id, string Event, string Actor, string Recipient, string? Date, int Sources);

    private (List<ReportRow> Reports, Dictionary<string, EntityRef> Entities) Events(List<long> keys) => keys.Count == 0 ? ([], []) : _db.Run(connection =>
    {
        var reports = new List<ReportRow>();
        using (var command = MonitorDb.Command(connection, null, $"""
            SELECT s.doc_key, ev.event_key, ev.id, ev.event, ev.actor, ev.recipient, ev.date, ev.sources
            FROM event_sources s JOIN events ev ON ev.event_key = s.event_key WHERE {InKeys("s.doc_key")}
            """))
        {
            KeysParameter(command, keys);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                reports.Add(new ReportRow(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                    StoredRows.NullableString(r, 6), Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture)));
            }
        }

        var ids = reports.SelectMany(static e => Ids(e.Actor).Concat(Ids(e.Recipient))).Distinct(StringComparer.Ordinal).ToList();
        var entities = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            using var names = MonitorDb.Command(connection, null, $"SELECT name, name_ar, country, sector, id FROM entities WHERE {_db.In("id")}");
            _db.ListParameter(names, ids);
            using var r = names.ExecuteReader();
            while (r.Read())
            {
                entities[r.GetString(4)] = StoredRows.Entity(r.GetString(4), r);
            }
        }

        return (reports, entities);
    });

    private static List<StoryEvent> TopEvents((List<ReportRow> Reports, Dictionary<string, EntityRef> Entities) events, HashSet<long> docs, int top)
    {
        EntityRef Side(string id) => events.Entities.GetValueOrDefault(id) ?? new EntityRef(id, null, null, null, null);
        return [.. events.Reports.Where(e => docs.Contains(e.Doc)).GroupBy(static e => e.EventKey)
            .Select(g =>
            {
                var e = g.First();
                return new StoryEvent(e.Id, e.Event, [.. Ids(e.Actor).Select(Side)], [.. Ids(e.Recipient).Select(Side)], e.Date, e.Sources, g.Select(static r => r.Doc).Distinct().Count());
            })
            .OrderByDescending(static e => e.Reports).ThenByDescending(static e => e.Sources).ThenBy(static e => e.Id, StringComparer.Ordinal)
            .Take(top)];
    }

    private static string[] Ids(string joined) => joined.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    // Keys passed as @keys: a JSON array in SQLite, a bigint[] in PostgreSQL.
    private string InKeys(string column) =>
        _db.IsPostgres ? $"{column} = ANY(@keys)" : $"{column} IN (SELECT value FROM json_each(@keys))";

    private void KeysParameter(DbCommand command, List<long> keys) =>
        MonitorDb.Parameter(command, "@keys", _db.IsPostgres ? keys.ToArray() : JsonSerializer.Serialize(keys));
}
