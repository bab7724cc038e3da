using System.Globalization;
using Npgsql;

namespace Marsad.Storage.Postgres;

/// <summary>
/// Reads a <c>postgres://user:password@host:port/database?key=value</c> URL (as <c>--db</c> and
/// <c>MARSAD_DB</c> take it) into an Npgsql connection string. Query parameters are Npgsql keywords
/// (sslmode=require, …). A message, never an exception from deep inside, when the URL is wrong.
/// </summary>
public static class PostgresLocation
{
    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static string ConnectionString(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsPostgres(url) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreException($"'{Redacted(url)}' is not a PostgreSQL URL (postgres://user@host:port/database).");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try
            {
                builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
            }
            catch (ArgumentException e)
            {
                throw new StoreException(string.Create(CultureInfo.InvariantCulture, $"unknown PostgreSQL setting in the URL: {e.Message}"));
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>The URL with its password hidden, for messages.</summary>
    public static string Redacted(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal);
        }

        return url;
    }
}
