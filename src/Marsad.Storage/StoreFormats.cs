using System.Globalization;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Output;

namespace Marsad.Storage;

/// <summary>
/// What the store gives, as <c>marsad events|dyad|export|stats</c> and the REST API both write it: merged
/// events as JSON objects, PLOVER records and CSV rows, and the store's counts. Each event carries its
/// sources count and every source; PLOVER's <c>link</c> is the first source's, <c>links</c> all of them.
/// </summary>
public static class StoreFormats
{
    /// <summary>The CSV columns: the analysis table's (GDELT-like) and the sources count and links.</summary>
    public const string CsvHeader = EventTableWriters.CsvHeaderWithSources;

    public static object Json(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new
        {
            id = e.Id,
            @event = PloverTypes.Name(e.Event),
            mode = e.Mode,
            context = e.Context,
            cameo = e.Cameo,
            actor = e.Actor.Select(EntityJson),
            recipient = e.Recipient.Select(EntityJson),
            about = e.About,
            date = e.Date,
            date_from = DateSources.Name(e.DateFrom),
            modality = e.Modality,
            goldstein = e.Goldstein,
            place = e.Place is { } p
                ? new { id = p.Id, name = p.Name, country = p.Country, lat = p.Lat, lon = p.Lon, geonames = p.GeoNames, precision = PlacePrecisions.Name(p.Precision) }
                : null,
            sources = e.SourceCount,
            reports = e.Sources.Select(static s => new
            {
                document = s.DocumentId,
                source = s.Source,
                url = s.Url,
                title = s.Title,
                published = s.Published,
                event_id = s.EventId,
                trigger = s.Trigger,
                sentence = s.Sentence,
                rule = s.Rule,
            }),
        };
    }

    /// <summary>The PLOVER line of a merged event, coded by <paramref name="coder"/> on <paramref name="codedDate"/> (YYYY-MM-DD).</summary>
    public static string PloverLine(StoredEvent e, string codedDate, string coder) => EventTableWriters.PloverLine(Row(e), codedDate, coder);

    /// <summary>One CSV row in the columns of <see cref="CsvHeader"/>.</summary>
    public static string CsvRow(StoredEvent e) => EventTableWriters.CsvRow(Row(e));

    /// <summary>A merged event as a row of the event tables: its first source's trigger, sentence and link, and every source's link.</summary>
    public static EventRow Row(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var first = First(e);
        return new EventRow(
            e.Id, e.Date, DateSources.Name(e.DateFrom), Sides(e.Actor), Sides(e.Recipient), e.Event, e.Mode, e.Context, e.Cameo, e.Modality,
            first?.Trigger, first?.Sentence, Link(first))
        {
            Sources = e.SourceCount,
            Links = [.. e.Sources.Select(static s => Link(s)!).Distinct(StringComparer.Ordinal)],
            Goldstein = e.Goldstein,
            Place = e.Place,
            Admin1 = ActionGeo.Admin1Of(e.Place, KnowledgeBase.Default),
        };
    }

    /// <summary>The store's counts as JSON fields, after <paramref name="location"/> when one is given.</summary>
    public static IReadOnlyDictionary<string, object?> Stats(StoreStats s, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (location is not null)
        {
            fields["store"] = location;
        }

        fields["documents"] = s.Documents;
        fields["clusters"] = s.Clusters;
        fields["clustered_documents"] = s.ClusteredDocuments;
        fields["entities"] = s.Entities;
        fields["mentions"] = s.Mentions;
        fields["events"] = s.Events;
        fields["event_reports"] = s.EventReports;
        fields["merged_events"] = s.MergedEvents;
        fields["first_published"] = s.FirstPublished;
        fields["last_published"] = s.LastPublished;
        return fields;
    }

    private static EventSide[] Sides(IReadOnlyList<EntityRef> side) => [.. side.Select(static x => new EventSide(x.Id, x.Name, x.Country, x.Sector))];

    private static object EntityJson(EntityRef x) => new { id = x.Id, name = x.Name, name_ar = x.NameAr, country = x.Country, sector = x.Sector };

    private static EventSource? First(StoredEvent e) => e.Sources.Count > 0 ? e.Sources[0] : null;

    private static string? Link(EventSource? source) => source is null ? null : source.Url ?? source.Source;
}
