using System.Diagnostics;
using Npgsql;

namespace Marsad.Storage.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL server for the whole test run, started by the project's own script
/// (scripts/pg-throwaway.sh installs PostgreSQL from Debian's packages when it is absent) and stopped
/// when the test process exits. Each test gets databases of its own, so tests never see each other's rows.
/// If the server cannot be started the tests fail with the script's message: they never skip.
/// </summary>
internal static class PostgresServer
{
    private static readonly Lazy<(string Url, string Directory)> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The URL of the server's maintenance database.</summary>
    public static string Url => Server.Value.Url;

    /// <summary>A URL to the database <paramref name="name"/>, created on first use.</summary>
    public static string Database(string name)
    {
        var database = name.ToLowerInvariant();
        using var connection = new NpgsqlConnection(Marsad.Storage.Postgres.PostgresLocation.ConnectionString(Url));
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            create.ExecuteNonQuery();
        }

        var uri = new UriBuilder(Url) { Path = "/" + database };
        return uri.Uri.ToString();
    }

    private static (string Url, string Directory) Start()
    {
        var script = FindScript();
        var (exit, output, error) = Run(script, "start");
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        if (exit != 0 || !values.TryGetValue("MARSAD_PG_URL", out var url) || !values.TryGetValue("MARSAD_PG_DIR", out var directory))
        {
            throw new InvalidOperationException($"scripts/pg-throwaway.sh could not start PostgreSQL (exit {exit}):\n{error}\n{output}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", directory);
        return (url, directory);
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scripts", "pg-throwaway.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("scripts/pg-throwaway.sh was not found above " + AppContext.BaseDirectory);
    }

    private static (int Exit, string Output, string Error) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
