using System.Globalization;
using Marsad.Storage;

namespace Marsad.Web.Pages;

/// <summary>
/// The filters the events page and the map share (actor, recipient, type, dates, the place's country and a
/// circle around a point): their form, and the same filters as query parameters for downloads and links.
/// </summary>
internal static class EventFilterForm
{
    public static void Render(Html h, EventQuery query, string action)
    {
        h.Open("form", ("method", "get"), ("action", action), ("class", "filters"));
        PageEndpoints.EntityField(h, "actor", "الفاعل", "Actor", query.Actor);
        PageEndpoints.EntityField(h, "recipient", "المتلقي", "Recipient", query.Recipient);
        PageEndpoints.Field(h, "type", "النوع", "Event type", query.EventType, "text");
        PageEndpoints.Field(h, "from", "من", "From", PageEndpoints.Iso(query.From), "text", placeholder: "YYYY-MM-DD");
        PageEndpoints.Field(h, "to", "إلى", "To", PageEndpoints.Iso(query.To), "text", placeholder: "YYYY-MM-DD");
        PageEndpoints.Field(h, "country", "بلد المكان", "Place country", query.Country, "text", placeholder: "SYR");
        PageEndpoints.Field(h, "near", "قرب", "Near", Near(query.Near), "text", placeholder: "LAT,LON,KM");
        h.Open("button", ("type", "submit")).Text("عرض ").Element("span", "Filter", ("class", "en")).Close("button");
        h.Close("form");
    }

    /// <summary>The filters as query parameters, absent ones null (left out of links).</summary>
    public static (string, string?)[] Pairs(EventQuery query) =>
    [
        ("actor", query.Actor), ("recipient", query.Recipient), ("type", query.EventType), ("from", PageEndpoints.Iso(query.From)),
        ("to", PageEndpoints.Iso(query.To)), ("country", query.Country), ("near", Near(query.Near)),
    ];

    private static string? Near(Near? near) =>
        near is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n.Lat:R},{n.Lon:R},{n.Km:R}") : null;
}
