using System.Globalization;
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
    public const string CsvHeader = EventTableWriters.CsvHeader + ",sources,source_links";

    public static object Json(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new
        {
            id = e.Id,
            @event = e.Event,
            mode = e.Mode,
            context = e.Context,
            cameo = e.Cameo,
            actor = e.Actor.Select(EntityJson),
            recipient = e.Recipient.Select(EntityJson),
            about = e.About,
            date = e.Date,
            date_from = e.DateFrom,
            modality = e.Modality,
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

    /// <summary>The PLOVER record of an event, coded by <paramref name="coder"/> on <paramref name="codedDate"/> (YYYY-MM-DD).</summary>
    public static object Plover(StoredEvent e, string codedDate, string coder)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new
        {
            id = e.Id,
            date = e.Date,
            actor = e.Actor.Select(static x => new { id = x.Id, name = x.Name, country = x.Country, sector = x.Sector }),
            recipient = e.Recipient.Select(static x => new { id = x.Id, name = x.Name, country = x.Country, sector = x.Sector }),
            @event = e.Event,
            mode = e.Mode,
            context = e.Context,
            cameo = e.Cameo,
            modality = e.Modality,
            event_text = First(e)?.Trigger,
            text = First(e)?.Sentence,
            link = Link(First(e)),
            links = e.Sources.Select(Link).Distinct(StringComparer.Ordinal),
            sources = e.SourceCount,
            coder,
            coded_date = codedDate,
        };
    }

    /// <summary>One CSV row (RFC 4180 quoting), in the columns of <see cref="CsvHeader"/>.</summary>
    public static string CsvRow(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var first = First(e);
        string?[] fields =
        [
            e.Id, e.Date, e.DateFrom,
            string.Join('|', e.Actor.Select(static x => x.Id)), string.Join('|', e.Actor.Select(static x => x.Name ?? x.Id)),
            string.Join('|', e.Actor.Select(static x => x.Country ?? "")), string.Join('|', e.Actor.Select(static x => x.Sector ?? "")),
            string.Join('|', e.Recipient.Select(static x => x.Id)), string.Join('|', e.Recipient.Select(static x => x.Name ?? x.Id)),
            string.Join('|', e.Recipient.Select(static x => x.Country ?? "")), string.Join('|', e.Recipient.Select(static x => x.Sector ?? "")),
            e.Event, e.Mode, e.Cameo, e.Cameo is { Length: >= 2 } c ? c[..2] : null,
            EventTableWriters.QuadClass(e.Event).ToString(CultureInfo.InvariantCulture),
            string.Join('|', e.Modality), first?.Trigger, first?.Sentence, Link(first),
            e.SourceCount.ToString(CultureInfo.InvariantCulture), string.Join('|', e.Sources.Select(Link).Distinct(StringComparer.Ordinal)),
        ];
        return string.Join(',', fields.Select(Quote));
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

    private static object EntityJson(EntityRef x) => new { id = x.Id, name = x.Name, name_ar = x.NameAr, country = x.Country, sector = x.Sector };

    private static EventSource? First(StoredEvent e) => e.Sources.Count > 0 ? e.Sources[0] : null;

    private static string? Link(EventSource? source) => source is null ? null : source.Url ?? source.Source;

    /// <summary>RFC 4180 quoting; a field that starts like a spreadsheet formula is prefixed with ' so opening the CSV runs nothing.</summary>
    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        if (field[0] is '=' or '+' or '-' or '@' && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
