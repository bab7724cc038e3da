using System.Globalization;
using Marsad.Storage.Postgres;
using Npgsql;

namespace Marsad.Storage.Tests.Support;

/// <summary>Reads and writes a fault test makes on a PostgreSQL store directly, each on a connection of its own.</summary>
internal static class PostgresChecks
{
    public static NpgsqlConnection Open(string url)
    {
        var connection = new NpgsqlConnection(PostgresLocation.ConnectionString(url));
        connection.Open();
        return connection;
    }

    public static void Execute(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    public static long Scalar(string url, string sql)
    {
        using var connection = Open(url);
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static string? Text(string url, string sql)
    {
        using var connection = Open(url);
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes; whether it held.</summary>
    public static bool WaitFor(Func<bool> condition, TimeSpan timeout, int pollMilliseconds)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(pollMilliseconds);
        }

        return false;
    }
}
