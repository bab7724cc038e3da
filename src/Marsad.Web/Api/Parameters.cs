using System.Globalization;
using Marsad.Model;

namespace Marsad.Web.Api;

/// <summary>
/// Reads query parameters as the API and the pages share them, and refuses what cannot be used with a
/// <see cref="BadParameterException"/> (400), so a bad value is never a 500. Dates are YYYY-MM-DD, YYYY-MM or
/// YYYY; as an upper bound a month or a year means its last day, as in the command line.
/// </summary>
internal static class Parameters
{
    /// <summary>The most rows one JSON page may ask for (<c>limit</c>); more is 400.</summary>
    public const int MaxPage = 200;

    /// <summary>The most rows one CSV or PLOVER download may hold.</summary>
    public const int MaxExport = 10_000;

    /// <summary>The furthest a page may start (<c>offset</c>): paging deeper than this is a crawl, and each page re-reads every row before it.</summary>
    public const int MaxOffset = 10_000;

    /// <summary>The longest text parameter (a query, a source name), in characters.</summary>
    public const int MaxText = 500;

    /// <summary>The most words a search may AND together; a pasted paragraph is not a query.</summary>
    public const int MaxQueryWords = 32;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public static string? Text(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count > 1
            ? throw new BadParameterException(name, $"'{name}' is given {values.Count} times; give it once.")
            : Text(name, values.ToString());
    }

    public static string? Text(string name, string? given)
    {
        var value = given?.Trim() ?? "";
        if (value.Length == 0)
        {
            return null;
        }

        return value.Length <= MaxText ? value : throw new BadParameterException(name, $"'{name}' is longer than {MaxText} characters.");
    }

    /// <summary>Search words: at most <see cref="MaxText"/> characters making at most <see cref="MaxQueryWords"/> words.</summary>
    public static string? Query(string name, string? given)
    {
        var value = Text(name, given);
        if (value is null)
        {
            return null;
        }

        var words = Storage.Search.SearchAnalyzer.QueryTerms(value).Count;
        return words <= MaxQueryWords
            ? value
            : throw new BadParameterException(name, $"'{name}' has {words} words; search for at most {MaxQueryWords}.");
    }

    /// <summary>An entity id (KAZ, person/kassym-jomart-tokayev): letters, digits and - _ / . only.</summary>
    public static string? EntityId(IQueryCollection query, string name) => EntityId(name, Text(query, name));

    public static string? EntityId(string name, string? given)
    {
        var value = Text(name, given);
        if (value is null)
        {
            return null;
        }

        return value.Length <= 200 && value.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.')
            ? value
            : throw new BadParameterException(name, $"'{name}' takes an entity id such as KAZ or person/kassym-jomart-tokayev, not '{value}'.");
    }

    /// <summary>A PLOVER event type (SUPPORT, AGREE, …), upper-cased.</summary>
    public static string? EventType(IQueryCollection query, string name = "type") => EventType(name, Text(query, name));

    public static string? EventType(string name, string? given)
    {
        var value = Text(name, given);
        if (value is null)
        {
            return null;
        }

        // Only the sixteen types: an unknown one would answer an empty list that reads as "none happened".
        var upper = value.ToUpperInvariant();
        return PloverTypes.TryParse(upper, out var type)
            ? PloverTypes.Name(type)
            : throw new BadParameterException(
                name, $"'{name}' takes a PLOVER event type ({PloverTypes.Listed()}), not '{value}'.");
    }

    /// <summary>A country as its ISO 3166-1 alpha-3 code (SYR), upper-cased: the place filter of events.</summary>
    public static string? Country(string name, string? given) => Text(name, given) is not { } value ? null
        : Storage.GeoFilters.TryCountry(value, out var country, out var error) ? country : throw new BadParameterException(name, $"'{name}' {error}");

    /// <summary>A circle as LAT,LON,KM: events whose place lies within KM kilometres (great circle) of the point.</summary>
    public static Storage.Near? Near(string name, string? given) => Text(name, given) is not { } value ? null
        : Storage.GeoFilters.TryNear(value, out var near, out var error) ? near : throw new BadParameterException(name, $"'{name}' {error}");

    /// <summary>
    /// The filters the events page and the map share, from a page's query string: actor, recipient, type,
    /// from, to, country, near.
    /// </summary>
    public static Storage.EventQuery EventFilters(IQueryCollection query)
    {
        var (from, to) = Range(query);
        return new Storage.EventQuery
        {
            Actor = EntityId(query, "actor"),
            Recipient = EntityId(query, "recipient"),
            EventType = EventType(query),
            From = from,
            To = to,
            Country = Country("country", Text(query, "country")),
            Near = Near("near", Text(query, "near")),
        };
    }

    /// <summary>A yes-or-no parameter (<c>exact=true</c>); absent is no.</summary>
    public static bool Flag(string name, string? given) => Text(name, given) switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        var other => throw new BadParameterException(name, $"'{name}' takes true or false, not '{other}'."),
    };

    public static DateOnly? Date(IQueryCollection query, string name, bool upperBound) => Date(name, Text(query, name), upperBound);

    public static DateOnly? Date(string name, string? given, bool upperBound)
    {
        var value = Text(name, given);
        if (value is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new BadParameterException(name, $"'{name}' takes a date as YYYY-MM-DD, YYYY-MM or YYYY, not '{value}'.");
        }

        if (upperBound && value.Length < 10)
        {
            // The last day of that month or year, computed in place: adding a month to 9999-12 would overflow.
            date = value.Length == 7 ? new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)) : new DateOnly(date.Year, 12, 31);
        }

        return date;
    }

    public static int Int(IQueryCollection query, string name, int fallback, int min, int max) => Int(name, Text(query, name), fallback, min, max);

    public static int Int(string name, string? given, int fallback, int min, int max)
    {
        var value = Text(name, given);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new BadParameterException(name, $"'{name}' takes a whole number from {min} to {max}, not '{value}'.");
    }

    public static string Choice(IQueryCollection query, string name, string fallback, params string[] allowed) =>
        Choice(name, Text(query, name), fallback, allowed);

    public static string Choice(string name, string? given, string fallback, params string[] allowed)
    {
        var value = Text(name, given) ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new BadParameterException(name, $"'{name}' takes {string.Join(", ", allowed[..^1])} or {allowed[^1]}, not '{value}'.");
    }

    /// <summary>From and to together: to must not come before from.</summary>
    public static (DateOnly? From, DateOnly? To) Range(IQueryCollection query) => Range(Text(query, "from"), Text(query, "to"));

    public static (DateOnly? From, DateOnly? To) Range(string? fromText, string? toText)
    {
        var from = Date("from", fromText, upperBound: false);
        var to = Date("to", toText, upperBound: true);
        return from is { } f && to is { } t && t < f
            ? throw new BadParameterException("to", $"'to' ({t:yyyy-MM-dd}) comes before 'from' ({f:yyyy-MM-dd}).")
            : (from, to);
    }
}
