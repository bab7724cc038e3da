using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Knowledge;

/// <summary>
/// Parses one line of a knowledge-base file. Returns the record or a problem message; never throws on
/// bad data, so a reviewer sees every bad line at once (file:line: what is wrong).
/// </summary>
internal static class KbLineParser
{
    public static (KbEntry? Entry, string? Problem) ParseEntry(string line)
    {
        return Parse(line, root =>
        {
            var roles = ImmutableArray.CreateBuilder<KbRole>();
            if (root.TryGetProperty("roles", out var rolesElement))
            {
                foreach (var role in rolesElement.EnumerateArray())
                {
                    roles.Add(ParseRole(role));
                }
            }

            return new KbEntry
            {
                Id = Required(root, "id"),
                Type = TypeOf(root),
                Name = Required(root, "name"),
                Arabic = Strings(root, "ar"),
                Latin = Strings(root, "latin"),
                Ambiguous = Strings(root, "ambiguous"),
                Wikidata = Optional(root, "wikidata"),
                Kind = Optional(root, "kind"),
                Adjectives = Strings(root, "adj"),
                Demonyms = Strings(root, "demonyms"),
                Metonyms = Strings(root, "metonyms"),
                Country = Optional(root, "country"),
                Countries = Strings(root, "countries").AddRange(Strings(root, "parties")),
                Sector = Optional(root, "sector"),
                IsMetonym = root.TryGetProperty("metonym", out var m) && m.ValueKind == JsonValueKind.True,
                CapitalOf = Optional(root, "capital_of"),
                Year = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null,
                From = Date(root, "from"),
                To = Date(root, "to"),
                Successors = Strings(root, "successors"),
                Lat = Number(root, "lat"),
                Lon = Number(root, "lon"),
                GeoNames = root.TryGetProperty("geonames", out var g) && g.TryGetInt64(out var geonames) ? geonames : null,
                Admin1 = Optional(root, "admin1"),
                Roles = roles.ToImmutable(),
            };
        });
    }

    public static (KbTitle? Title, string? Problem) ParseTitle(string line) =>
        Parse(line, root => new KbTitle(Required(root, "title"), Strings(root, "ar"), Required(root, "sector")));

    public static (KbInstitution? Institution, string? Problem) ParseInstitution(string line) =>
        Parse(line, root => new KbInstitution(
            Required(root, "id"), Required(root, "name"), Strings(root, "ar"), Required(root, "sector"), Optional(root, "country")));

    private static (T? Value, string? Problem) Parse<T>(string line, Func<JsonElement, T> read)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }

            return (read(document.RootElement), null);
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON: {e.Message}");
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
        catch (InvalidOperationException e)
        {
            // A field of the wrong JSON kind (a number where a string belongs).
            return (null, $"a field has the wrong kind: {e.Message}");
        }
    }

    private static KbRole ParseRole(JsonElement role) => new(
        Required(role, "title"),
        Optional(role, "country"),
        Required(role, "sector"),
        Optional(role, "org"),
        Date(role, "from") ?? throw new FormatException("a role needs a 'from' date"),
        Date(role, "to"));

    /// <summary>The entry's type: a name the code does not know is this line's problem, not a silent new type.</summary>
    private static EntityType TypeOf(JsonElement root) =>
        EntityTypes.TryParse(Required(root, "type"), out var type)
            ? type
            : throw new FormatException($"unknown type {Optional(root, "type")} (one of {EntityTypes.Listed()})");

    private static string Required(JsonElement element, string name) =>
        Optional(element, name) ?? throw new FormatException($"missing '{name}'");

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(static v => v.GetString() ?? throw new FormatException("a null in a list of names"))]
            : [];

    private static PartialDate? Date(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.Number ? value.GetInt32().ToString(CultureInfo.InvariantCulture) : value.GetString();
        return PartialDate.TryParse(text, out var date) ? date : throw new FormatException($"'{name}' is not a date: '{text}'");
    }
}
