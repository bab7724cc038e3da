using System.Globalization;
using Marsad.Output;
using Marsad.Storage;
using Marsad.Storage.Stories;

namespace Marsad.Web.Pages;

/// <summary>
/// The "now" panel of the home page: the breaking stories of the last hours by the rule of docs/MONITORING.md,
/// best growth first, each with its articles (linking to their pages), sources, main entities and events.
/// </summary>
internal static class NowPanel
{
    /// <summary>The most stories the panel shows: a glance, not a list (the API pages through them all).</summary>
    public const int MaxStories = 10;

    public static void Render(Html h, IStore store, DateTimeOffset now, PageLanguage language)
    {
        using var book = StoryBook.Of(Hosting.StoreProvider.Unwrap(store));
        var list = book.Stories(new StoryQuery { Now = now, BreakingOnly = true, Limit = MaxStories }).List!;
        var t = list.Thresholds;
        h.Open("section", ("class", "now"), ("id", "now"), ("aria-labelledby", "now-title"));
        h.Open("h2", ("id", "now-title")).Text("الآن: قصص تتصاعد ").Element("span", "Breaking now", ("class", "en")).Close("h2");
        h.Element("p", string.Create(CultureInfo.InvariantCulture,
            $"آخر {StoryRule.Figure((list.Now - list.Since).TotalHours)} ساعات: {t.MinArticles} مقالات على الأقل من {t.MinSources} مصادر، و×{StoryRule.Figure(t.MinRatio)} من وتيرتها المعتادة · last {StoryRule.Figure((list.Now - list.Since).TotalHours)} hours: at least {t.MinArticles} articles from {t.MinSources} sources, {StoryRule.Figure(t.MinRatio)}× their usual pace"),
            ("class", "note"));
        if (list.Stories.Count == 0)
        {
            h.Element("p", "لا قصة تتصاعد الآن · No story is breaking now", ("class", "empty"), ("id", "now-empty"));
            h.Close("section");
            return;
        }

        h.Open("ol", ("class", "stories"));
        foreach (var story in list.Stories)
        {
            Story(h, story, language);
        }

        h.Close("ol").Close("section");
    }

    private static void Story(Html h, Story story, PageLanguage language)
    {
        var g = story.Growth;
        var lead = story.Articles[0];
        h.Open("li", ("class", "story"), ("data-cluster", story.Cluster.ToString(CultureInfo.InvariantCulture)));
        h.Open("h3").Open("a", ("href", "/documents/" + lead.Id)).Text(story.Title ?? lead.Title ?? lead.Source).Close("a").Close("h3");
        var pace = g.FirstSeen
            ? "ظهرت أول مرة في هذه الساعات · first seen in these hours"
            : string.Create(CultureInfo.InvariantCulture, $"المتوقع {StoryRule.Figure(g.Expected)} · expected {StoryRule.Figure(g.Expected)}");
        h.Element("p", string.Create(CultureInfo.InvariantCulture,
            $"{ArabicCount.Phrase(g.Articles, CountedNoun.Article)} من {g.Sources} مصادر، ×{StoryRule.Figure(g.Ratio)} · {g.Articles} articles from {g.Sources} sources, ratio {StoryRule.Figure(g.Ratio)}"),
            ("class", "story-growth"));
        h.Element("p", pace, ("class", "meta"));

        h.Open("p", ("class", "story-sources")).Text("المصادر: ");
        Joined(h, story.Outlets, o => h.Element("bdi", o.Name).Text(" " + o.Articles.ToString(CultureInfo.InvariantCulture)));
        h.Close("p");

        if (story.Entities.Count > 0)
        {
            h.Open("p", ("class", "story-entities")).Text("الكيانات: ");
            Joined(h, story.Entities, e => h.Open("a", ("href", Html.Query("/entity", ("id", e.Entity.Id), ("lang", language.Query())))).Say(Name(e.Entity, language)).Close("a"));
            h.Close("p");
        }

        if (story.Events.Count > 0)
        {
            h.Open("ul", ("class", "story-events"));
            foreach (var e in story.Events)
            {
                h.Open("li").Element("span", e.Event, ("class", "type t-" + e.Event)).Text(" ");
                Side(h, e.Actor, language);
                h.Text(" ← ");
                Side(h, e.Recipient, language);
                if (e.Date is not null)
                {
                    h.Text(" ").Element("bdi", e.Date);
                }

                h.Close("li");
            }

            h.Close("ul");
        }

        h.Open("ol", ("class", "story-articles"));
        foreach (var a in story.Articles)
        {
            h.Open("li").Open("a", ("href", "/documents/" + a.Id)).Text(a.Title ?? a.Source).Close("a").Text(" ")
                .Open("span", ("class", "meta")).Element("bdi", a.Outlet).Text(" · ").Element("bdi", a.IngestedAt.UtcDateTime.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)).Close("span")
                .Close("li");
        }

        h.Close("ol").Close("li");
    }

    private static void Side(Html h, IReadOnlyList<EntityRef> side, PageLanguage language)
    {
        if (side.Count == 0)
        {
            h.Text("—");
            return;
        }

        Joined(h, side, e => h.Open("a", ("href", Html.Query("/entity", ("id", e.Id), ("lang", language.Query())))).Say(Name(e, language)).Close("a"));
    }

    private static string Name(EntityRef e, PageLanguage language) => language.Name(e.Name, e.NameAr, e.Id);

    private static void Joined<T>(Html h, IEnumerable<T> items, Action<T> write)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                h.Text("، ");
            }

            write(item);
            first = false;
        }
    }
}
