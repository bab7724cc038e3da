using System.Globalization;
using Marsad.Model;

namespace Marsad.Cli.Store;

/// <summary>
/// The parsed command line of a store command: positional arguments, options with values, flags.
/// Options take a value as <c>--name VALUE</c> or <c>--name=VALUE</c>; <c>--</c> ends the options.
/// </summary>
internal sealed class StoreCommandLine
{
    private readonly Dictionary<string, string> _values;

    private StoreCommandLine(string command, List<string> positional, Dictionary<string, string> values, bool help)
    {
        Command = command;
        Positional = positional;
        _values = values;
        ShowHelp = help;
    }

    public string Command { get; }

    public IReadOnlyList<string> Positional { get; }

    public bool ShowHelp { get; }

    /// <summary>The store file: <c>--db PATH</c>, else <c>MARSAD_DB</c>, else <c>./marsad.db</c>.</summary>
    public string DatabasePath =>
        Value("--db") ?? (Environment.GetEnvironmentVariable("MARSAD_DB") is { Length: > 0 } env ? env : "marsad.db");

    public static StoreCommandLine Parse(
        string command, IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string>? flagOptions = null)
    {
        var positional = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var ended = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (ended || arg == "-" || !arg.StartsWith('-') || IsNegativeNumber(arg))
            {
                positional.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var (name, inline) = arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
            if (name == "--")
            {
                ended = true;
            }
            else if (name is "-h" or "--help")
            {
                return new StoreCommandLine(command, [], [], help: true);
            }
            else if (flagOptions?.Contains(name) == true && inline is null)
            {
                values[name] = "true";
            }
            else if (name == "--db" || valueOptions.Contains(name))
            {
                if (inline is null && i + 1 >= args.Count)
                {
                    throw new UsageException($"{name} needs a value.");
                }

                values[name] = inline ?? args[++i];
            }
            else
            {
                throw new UsageException($"unknown option '{arg}' for {command}.");
            }
        }

        return new StoreCommandLine(command, positional, values, help: false);
    }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    /// <summary>Whether a flag (an option without a value) was given.</summary>
    public bool Flag(string name) => _values.ContainsKey(name);

    public DateOnly? Date(string name)
    {
        var value = Value(name);
        if (value is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new UsageException($"{name} takes a date as YYYY-MM-DD, YYYY-MM or YYYY, not '{value}'.");
        }

        // A month or year given as --to means its last day.
        if (name == "--to" && value.Length < 10)
        {
            date = value.Length == 7 ? date.AddMonths(1).AddDays(-1) : date.AddYears(1).AddDays(-1);
        }

        return date;
    }

    /// <summary>
    /// <c>--type</c>: a PLOVER event type, upper-cased. Anything else is a usage error naming the types, since
    /// an unknown type would otherwise read as "no events" and pass for an answer.
    /// </summary>
    public string? EventType()
    {
        var value = Value("--type");
        if (value is null)
        {
            return null;
        }

        var upper = value.ToUpperInvariant();
        return PloverTypes.TryParse(upper, out var type)
            ? PloverTypes.Name(type)
            : throw new UsageException($"--type takes a PLOVER event type ({PloverTypes.Listed()}), not '{value}'.");
    }

    /// <summary><c>--country ISO</c>: an ISO 3166-1 alpha-3 code, upper-cased.</summary>
    public string? Country() => Value("--country") is not { } value ? null
        : Storage.GeoFilters.TryCountry(value, out var country, out var error) ? country : throw new UsageException("--country " + error);

    /// <summary><c>--near LAT,LON,KM</c>: a point and a great-circle radius.</summary>
    public Storage.Near? Near() => Value("--near") is not { } value ? null
        : Storage.GeoFilters.TryNear(value, out var near, out var error) ? near : throw new UsageException("--near " + error);

    public int Int(string name, int fallback, int min = 1)
    {
        var value = Value(name);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw new UsageException($"{name} takes a whole number of at least {min}, not '{value}'.");
    }

    public string Format(string fallback, params string[] allowed)
    {
        var value = Value("--format") ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"--format for {Command} takes {string.Join(", ", allowed[..^1])} or {allowed[^1]}, not '{value}'.");
    }

    private static bool IsNegativeNumber(string arg) => arg.Length > 1 && arg[0] == '-' && char.IsAsciiDigit(arg[1]);
}
