using Marsad.Model;
using Marsad.Storage;

namespace Marsad.Web.Pages;

/// <summary>Stored (merged) events as a table: date, type, sides linked to their entity pages, modality, sources and the trigger.</summary>
internal static class EventTable
{
    public static Html Render(Html h, IReadOnlyList<StoredEvent> events, PageLanguage language, string id = "events-table")
    {
        if (events.Count == 0)
        {
            return h.Element("p", "لا أحداث · No events", ("class", "empty"));
        }

        h.Open("table", ("class", "events"), ("id", id)).Open("thead").Open("tr");
        foreach (var (ar, en) in Columns)
        {
            h.Open("th").Text(ar + " ").Element("span", en, ("class", "en")).Close("th");
        }

        h.Close("tr").Close("thead").Open("tbody");
        foreach (var e in events)
        {
            h.Open("tr", ("data-event-id", e.Id), ("data-type", PloverTypes.Name(e.Event)));
            h.Element("td", e.Date ?? "undated", ("dir", "ltr"));
            h.Open("td").Element("span", PloverTypes.Name(e.Event), ("class", "type t-" + PloverTypes.Name(e.Event))).Close("td");
            h.Element("td", e.Cameo, ("dir", "ltr"));
            Side(h, e.Actor, language);
            Side(h, e.Recipient, language);
            h.Element("td", string.Join(", ", e.About), ("class", "about"), ("dir", "ltr"));
            h.Element("td", string.Join(", ", e.Modality), ("dir", "ltr"));
            h.Open("td");
            var first = e.Sources.Count > 0 ? e.Sources[0] : null;
            if (first is not null)
            {
                h.Link("/documents/" + first.DocumentId, first.Title ?? first.Source).Text($" ({e.SourceCount})");
            }

            h.Close("td");
            h.Element("td", first?.Trigger, ("class", "trigger-text"));
            h.Close("tr");
        }

        return h.Close("tbody").Close("table");
    }

    private static readonly (string Ar, string En)[] Columns =
    [
        ("التاريخ", "Date"), ("النوع", "Event"), ("", "CAMEO"), ("الفاعل", "Actor"), ("المتلقي", "Recipient"),
        ("بشأن", "About"), ("الصيغة", "Modality"), ("المصادر", "Sources"), ("النص", "Trigger"),
    ];

    // Each side's name in the page's language, its id on hover; an Arabic page adds the English name beside it.
    private static void Side(Html h, IReadOnlyList<EntityRef> side, PageLanguage language)
    {
        h.Open("td");
        for (var i = 0; i < side.Count; i++)
        {
            if (i > 0)
            {
                h.Text(" + ");
            }

            var x = side[i];
            h.Open("a", ("href", Html.Query("/entity", ("id", x.Id))), ("title", x.Id), ("data-entity-link", x.Id)).Text(language.Name(x.Name, x.NameAr, x.Id)).Close("a");
            if (language == PageLanguage.Arabic && x.Name is not null && x.NameAr is not null)
            {
                h.Text(" ").Element("span", x.Name, ("class", "en"));
            }
        }

        h.Close("td");
    }
}
