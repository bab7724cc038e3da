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
    private static readonly Lazy<ThrowawayPostgres> Server = new(StartShared, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The URL of the server's maintenance database.</summary>
    public static string Url => Server.Value.Url;

    /// <summary>A URL to the database <paramref name="name"/>, created on first use.</summary>
    public static string Database(string name) => Server.Value.Database(name);

    /// <summary>
    /// A server of the caller's own, for a test that restarts or stops it (which would cut every other test's
    /// connections on the shared one); disposing it stops it and deletes its files.
    /// </summary>
    public static ThrowawayPostgres StartDedicated() => ThrowawayPostgres.Start();

    private static ThrowawayPostgres StartShared()
    {
        var server = ThrowawayPostgres.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }
}

/// <summary>A PostgreSQL server in a temporary directory, run through scripts/pg-throwaway.sh.</summary>
internal sealed class ThrowawayPostgres : IDisposable
{
    private readonly string _script;
    private readonly string _directory;
    private int _stopped;

    private ThrowawayPostgres(string script, string url, string directory)
    {
        _script = script;
        Url = url;
        _directory = directory;
    }

    /// <summary>The URL of the server's maintenance database.</summary>
    public string Url { get; }

    public static ThrowawayPostgres Start()
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

        return new ThrowawayPostgres(script, url, directory);
    }

    /// <summary>A URL to the database <paramref name="name"/>, created on first use.</summary>
    public string Database(string name)
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

    /// <summary>Restarts the server in fast mode: every open transaction is rolled back and every connection cut.</summary>
    public void Restart()
    {
        var (exit, output, error) = Run(_script, "restart", _directory);
        if (exit != 0)
        {
            throw new InvalidOperationException($"scripts/pg-throwaway.sh restart failed (exit {exit}):\n{error}\n{output}");
        }

        NpgsqlConnection.ClearAllPools();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            Run(_script, "stop", _directory);
        }
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
