using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Output;
using Marsad.Storage;

namespace Marsad.Web.Api;

/// <summary>
/// Merged events from the store as JSON, PLOVER JSON lines or CSV for HTTP responses, in the formats of
/// <see cref="StoreFormats"/> that <c>marsad events --format json|plover|csv</c> writes too.
/// </summary>
internal static class EventFormats
{
    public static JsonSerializerOptions Json { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Coder { get; } =
        "marsad " + (typeof(EventFormats).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    public static object ToJson(StoredEvent e) => StoreFormats.Json(e);

    public static string PloverLines(IEnumerable<StoredEvent> events, DateTimeOffset now)
    {
        var codedDate = EventTableWriters.CodedDate(now);
        var builder = new StringBuilder();
        foreach (var e in events)
        {
            builder.Append(StoreFormats.PloverLine(e, codedDate, Coder)).Append('\n');
        }

        return builder.ToString();
    }

    public static string Csv(IEnumerable<StoredEvent> events)
    {
        var builder = new StringBuilder(StoreFormats.CsvHeader).Append('\n');
        foreach (var e in events)
        {
            builder.Append(StoreFormats.CsvRow(e)).Append('\n');
        }

        return builder.ToString();
    }
}
