using System.Diagnostics;
using System.Globalization;

namespace Marsad.Storage.Monitoring;

/// <summary>
/// Who holds a lease on a watched source (PostgreSQL): the holder's name is its machine, its process id and the
/// time its process started, <c>host:pid:start</c> (start in Unix milliseconds). A watcher that starts again on
/// the same machine after being killed has another process, so its old leases are not its own; without more it
/// would wait out its predecessor's lease (300 s by default) before polling the sources the dead process held.
/// With the start time in the name a watcher can tell, on its own machine, a dead holder from a live one:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>a holder on this machine whose process is gone is dead;</item>
/// <item>a holder on this machine whose process id now belongs to a process started at another time (more than a
///   second apart: the id was reused) is dead;</item>
/// <item>a holder named the old way, <c>host:pid</c>, is dead only when no process has that id;</item>
/// <item>a holder on another machine, or under a name of another shape (a test's <c>survivor</c>), is never judged
///   dead here: its lease is waited out, as before, since this machine cannot see its processes.</item>
/// </list>
/// The process's start time is read through an injected function, so tests can stand in for the machine.
/// </remarks>
public sealed class LeaseHolders
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);
    private readonly Func<int, DateTimeOffset?> _startOf;

    public LeaseHolders(string host, Func<int, DateTimeOffset?> startOf)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        ArgumentNullException.ThrowIfNull(startOf);
        Host = host;
        _startOf = startOf;
    }

    /// <summary>This machine, its processes read from the operating system.</summary>
    public static LeaseHolders ThisMachine { get; } = new(Environment.MachineName, ProcessStart);

    /// <summary>The machine whose processes this instance can see.</summary>
    public string Host { get; }

    /// <summary>The holder name of the running process.</summary>
    public static string Current { get; } = Name(Environment.MachineName, Environment.ProcessId, ProcessStart(Environment.ProcessId));

    /// <summary>A holder's name: <c>host:pid:start</c>, the start empty when it is not known.</summary>
    public static string Name(string host, int pid, DateTimeOffset? started) =>
        string.Create(CultureInfo.InvariantCulture, $"{host}:{pid}:{started?.ToUnixTimeMilliseconds()}");

    /// <summary>The prefix every holder name on <see cref="Host"/> starts with.</summary>
    public string Prefix => Host + ":";

    /// <summary>Whether <paramref name="holder"/> is a process of this machine that is no longer running (see remarks).</summary>
    public bool IsDead(string holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (!holder.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = holder.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        var pidText = colon < 0 ? rest : rest[..colon];
        if (!int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        var now = _startOf(pid);
        if (now is null)
        {
            return true;
        }

        if (colon < 0 || colon == rest.Length - 1)
        {
            return false;
        }

        return long.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            && (now.Value - DateTimeOffset.FromUnixTimeMilliseconds(ms)).Duration() > Tolerance;
    }

    /// <summary>When process <paramref name="pid"/> of this machine started, or null when no such process runs.</summary>
    public static DateTimeOffset? ProcessStart(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // The process exited between the two calls.
            return null;
        }
    }
}
