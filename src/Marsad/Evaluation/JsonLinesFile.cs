using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Evaluation;

/// <summary>
/// Reads a JSON-lines file of evaluation records: one object a line, blank lines skipped, a line that is
/// not a record reported as <c>line N: what</c> and skipped, never thrown.
/// </summary>
internal static class JsonLinesFile
{
    /// <summary>
    /// The records <paramref name="parse"/> makes of each line's object (given the object and the line
    /// number, which stands in for a missing id); a <see cref="FormatException"/> from it reports the line.
    /// </summary>
    public static (ImmutableArray<T> Records, ImmutableArray<string> Problems) Read<T>(TextReader reader, Func<JsonElement, string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = ImmutableArray.CreateBuilder<T>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                records.Add(parse(json.RootElement, number.ToString(CultureInfo.InvariantCulture)));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                problems.Add($"line {number}: {e.Message}");
            }
        }

        return (records.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>The record's PLOVER type (<c>event</c>), or a <see cref="FormatException"/> naming what is there instead.</summary>
    public static PloverType EventType(JsonElement root) => Field(root, "event") switch
    {
        null => throw new FormatException("no event"),
        var name when PloverTypes.TryParse(name, out var type) => type,
        var name => throw new FormatException($"'{name}' is not a PLOVER event type ({PloverTypes.Listed()})"),
    };

    /// <summary>A string field of a record, or null when it is missing or not a string.</summary>
    public static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
