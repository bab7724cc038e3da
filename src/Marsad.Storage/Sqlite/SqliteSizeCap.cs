using System.Globalization;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// An optional cap on the size of a SQLite store, from <c>MARSAD_SQLITE_MAX_SIZE</c> (bytes, or with a K, M or G
/// suffix: <c>500M</c>, <c>2G</c>). The store applies it as SQLite's <c>max_page_count</c>, which holds for one
/// connection only, so it is set on every connection the store opens. A store that reaches its cap fails the
/// way a full disk fails: the batch being written is rolled back and the command stops with a message.
/// </summary>
/// <remarks>
/// Why: to keep a store inside a quota on a shared disk, and to try a full disk without filling one. The cap
/// cannot shrink a file that is already larger; such a file takes no new page until the cap is raised.
/// </remarks>
public static class SqliteSizeCap
{
    public const string Variable = "MARSAD_SQLITE_MAX_SIZE";

    /// <summary>The cap in bytes the environment sets, or null when it sets none.</summary>
    public static long? FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    public static long? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var multiplier = char.ToUpperInvariant(text[^1]) switch
        {
            'K' => 1L << 10,
            'M' => 1L << 20,
            'G' => 1L << 30,
            _ => 1L,
        };
        var digits = multiplier == 1 ? text : text[..^1];
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0 || number > long.MaxValue / multiplier)
        {
            throw new StoreException($"{Variable}={value} is not a size: give bytes or a number with K, M or G (e.g. 500M).");
        }

        return number * multiplier;
    }

    /// <summary>How the cap reads in a message: 512 KiB, 20 MiB.</summary>
    public static string Describe(long bytes) =>
        bytes % (1L << 30) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30} GiB")
        : bytes % (1L << 20) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MiB")
        : bytes % (1L << 10) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 10} KiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
