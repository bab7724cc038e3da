using Marsad.Model;
using Marsad.Storage;
using Marsad.Web.Views;

namespace Marsad.Web.Pages;

/// <summary>
/// An article with its analysis: the text with entity mentions, time expressions and event triggers marked
/// in colours by type (overlapping spans nest: trigger, then entity, then time), and beside it the entities,
/// the events and the times. Each mark says what it is on hover (its title) and, on click, the script shows
/// the entity's or event's record from these lists. Every piece of article text is HTML-encoded.
/// </summary>
internal static class ArticleView
{
    public static Html Render(Html h, AnalysisView view, StoredDocument? stored)
    {
        h.Open("article", ("class", "analysis"), ("data-document", view.Id));
        h.Element("h1", view.Title ?? view.Source, ("class", "title"));
        h.Open("p", ("class", "meta"));
        h.Text("النشر ").Element("span", "Published", ("class", "en")).Text(": ").Element("bdi", view.Published ?? "—").Text(" · ");
        h.Text("المصدر ").Element("span", "Source", ("class", "en")).Text(": ").Element("bdi", view.Source);
        if (stored?.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            h.Text(" · ").Open("a", ("href", uri.AbsoluteUri), ("rel", "noopener noreferrer nofollow"), ("dir", "ltr")).Text(uri.Host).Close("a");
        }

        h.Say(stored is null ? " · غير محفوظ · not stored" : " · ").Element("code", stored is null ? "" : view.Id[..12], ("title", view.Id));
        if (view.Removed > 0)
        {
            h.Say($" · حذف {view.Removed} مقاطع · {view.Removed} boilerplate pieces removed");
        }

        h.Close("p");
        Legend(h);
        h.Open("div", ("class", "layout"));
        h.Open("div", ("class", "article-text"), ("id", "article-text"), ("lang", "ar"));
        Marks(h, view);
        h.Close("div");
        h.Open("aside", ("class", "records"));
        h.Open("div", ("id", "detail"), ("class", "detail"), ("hidden", "hidden"), ("aria-live", "polite")).Close("div");
        Entities(h, view);
        h.Close("aside");
        h.Close("div");
        Events(h, view);
        Times(h, view);
        return h.Close("article");
    }

    private static void Legend(Html h)
    {
        h.Open("ul", ("class", "legend marks-legend"));
        foreach (var type in EntityTypes.All.Select(EntityTypes.Name))
        {
            h.Open("li").Element("span", type, ("class", "ent ent-" + type)).Close("li");
        }

        h.Open("li").Element("span", "TIME", ("class", "time")).Close("li");
        h.Open("li").Element("span", "EVENT", ("class", "evt")).Close("li");
        h.Close("ul");
    }

    private sealed record Piece(int Start, int End, int Kind, int Index);

    private static void Marks(Html h, AnalysisView view)
    {
        var text = view.Text;
        var pieces = new List<Piece>();
        for (var i = 0; i < view.Events.Count; i++)
        {
            pieces.Add(new Piece(view.Events[i].Trigger.Span.Start, view.Events[i].Trigger.Span.End, 0, i));
        }

        for (var i = 0; i < view.Entities.Count; i++)
        {
            foreach (var mention in view.Entities[i].Mentions)
            {
                pieces.Add(new Piece(mention.Span.Start, mention.Span.End, 1, i));
            }
        }

        for (var i = 0; i < view.Times.Count; i++)
        {
            pieces.Add(new Piece(view.Times[i].Span.Start, view.Times[i].Span.End, 2, i));
        }

        pieces.RemoveAll(p => p.Start < 0 || p.End > text.Length || p.End <= p.Start);
        var bounds = new SortedSet<int> { 0, text.Length };
        foreach (var p in pieces)
        {
            bounds.Add(p.Start);
            bounds.Add(p.End);
        }

        var points = bounds.ToList();
        for (var b = 0; b + 1 < points.Count; b++)
        {
            var (start, end) = (points[b], points[b + 1]);
            var cover = new Piece?[3];
            foreach (var p in pieces)
            {
                if (p.Start <= start && p.End >= end && (cover[p.Kind] is not { } c || p.End - p.Start > c.End - c.Start))
                {
                    cover[p.Kind] = p;
                }
            }

            if (cover[0] is { } trigger)
            {
                var e = view.Events[trigger.Index];
                var sides = $"{string.Join('+', e.Actor)} → {string.Join('+', e.Recipient)}";
                h.Open("mark", ("class", "evt t-" + PloverTypes.Name(e.Event)), ("data-event", e.Id), ("tabindex", "0"), ("title", $"{PloverTypes.Name(e.Event)} {e.Cameo}: {sides} ({e.Date ?? "undated"})"));
            }

            if (cover[1] is { } mention)
            {
                var x = view.Entities[mention.Index];
                h.Open("span", ("class", "ent ent-" + EntityTypes.Name(x.Type)), ("data-entity", x.Id), ("tabindex", "0"), ("title", $"{x.Name} · {x.NameAr} ({x.Id})"));
            }

            if (cover[2] is { } time)
            {
                var t = view.Times[time.Index];
                h.Open("span", ("class", "time"), ("data-time", t.Value ?? ""), ("title", $"{TimexTypes.Name(t.Type)} {t.Value}"));
            }

            h.Text(text[start..end]);
            if (cover[2] is not null)
            {
                h.Close("span");
            }

            if (cover[1] is not null)
            {
                h.Close("span");
            }

            if (cover[0] is not null)
            {
                h.Close("mark");
            }
        }
    }

    private static void Entities(Html h, AnalysisView view)
    {
        h.Open("section", ("id", "entities")).Heading("h2", "الكيانات", "Entities").Open("ul", ("class", "entity-list"));
        foreach (var x in view.Entities)
        {
            h.Open("li", ("class", "entity-record"), ("data-entity-record", x.Id));
            h.Element("span", EntityTypes.Name(x.Type), ("class", "ent ent-" + EntityTypes.Name(x.Type)));
            h.Text(" ").Open("a", ("href", Html.Query("/entity", ("id", x.Id)))).Text(x.NameAr ?? x.Name).Close("a");
            h.Text(" ").Element("span", x.Name, ("class", "en"));
            h.Text(" ").Element("code", x.Id, ("dir", "ltr"));
            var details = new List<string>();
            if (x.Country is not null)
            {
                details.Add("country " + x.Country);
            }

            if (x.Sector is not null)
            {
                details.Add("sector " + x.Sector);
            }

            if (!x.Known)
            {
                details.Add("not in the knowledge base");
            }

            details.Add($"{x.Mentions.Length} mentions");
            h.Text(" ").Element("span", string.Join(" · ", details), ("class", "details en"));
            if (x.Wikidata is { } q && q.Length > 1 && q[0] == 'Q' && q[1..].All(char.IsAsciiDigit))
            {
                h.Text(" ").Open("a", ("href", "https://www.wikidata.org/wiki/" + q), ("rel", "noopener noreferrer nofollow"), ("dir", "ltr")).Text(q).Close("a");
            }

            h.Close("li");
        }

        h.Close("ul").Close("section");
    }

    private static void Events(Html h, AnalysisView view)
    {
        h.Open("section", ("id", "events")).Heading("h2", "الأحداث", "Events");
        if (view.Events.Count == 0)
        {
            h.Element("p", "لا أحداث · No events", ("class", "empty")).Close("section");
            return;
        }

        h.Open("table", ("class", "events"), ("id", "events-table")).Open("thead").Open("tr");
        foreach (var (ar, en) in new[] { ("التاريخ", "Date"), ("النوع", "Event"), ("", "CAMEO"), ("الفاعل", "Actor"), ("المتلقي", "Recipient"), ("بشأن", "About"), ("الصيغة", "Modality"), ("النص", "Trigger"), ("", "Rule") })
        {
            h.Open("th").Text(ar + " ").Element("span", en, ("class", "en")).Close("th");
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var e in view.Events)
        {
            h.Open("tr", ("data-event-record", e.Id), ("data-type", PloverTypes.Name(e.Event)));
            h.Element("td", e.Date ?? "undated", ("dir", "ltr"), ("title", "date from " + DateSources.Name(e.DateFrom)));
            h.Open("td").Element("span", PloverTypes.Name(e.Event), ("class", "type t-" + PloverTypes.Name(e.Event))).Close("td");
            h.Element("td", e.Cameo, ("dir", "ltr"));
            h.Element("td", string.Join(" + ", e.Actor.Select(view.Label)), ("title", string.Join(" + ", e.Actor)));
            h.Element("td", string.Join(" + ", e.Recipient.Select(view.Label)), ("title", string.Join(" + ", e.Recipient)));
            h.Element("td", string.Join(", ", e.About.Select(view.Label)), ("class", "about"), ("title", string.Join(", ", e.About)));
            h.Element("td", string.Join(", ", e.Modality.Select(EventModalities.Name)), ("dir", "ltr"));
            h.Element("td", e.Trigger.Text, ("class", "trigger-text"));
            h.Element("td", e.Rule, ("dir", "ltr"), ("class", "rule"));
            h.Close("tr");
        }

        h.Close("tbody").Close("table").Close("section");
    }

    private static void Times(Html h, AnalysisView view)
    {
        h.Open("section", ("id", "times")).Heading("h2", "التواريخ", "Times").Open("ul", ("class", "time-list"));
        foreach (var t in view.Times)
        {
            h.Open("li").Element("span", t.Text, ("class", "time")).Text(" ").Element("code", $"{TimexTypes.Name(t.Type)} {t.Value ?? "?"}", ("dir", "ltr"));
            h.Text(" ").Element("span", "anchor " + TimeAnchors.Name(t.Anchor), ("class", "en"));

            h.Close("li");
        }

        h.Close("ul").Close("section");
    }
}
