using System.Diagnostics;
using System.Globalization;
using Marsad.Storage.Monitoring;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Monitoring;

/// <summary>
/// Which holders of a source's lease a watcher may judge dead: real processes of this machine (the test's own, and
/// a child that has exited), and on a real PostgreSQL store, which leases a round takes at once and which it waits
/// out.
/// </summary>
public sealed class LeaseHolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Host => Environment.MachineName;

    /// <summary>The holder name of a real child process that has run and exited.</summary>
    private static (string Name, int Pid, DateTimeOffset Started) ExitedChild()
    {
        using var child = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        var started = LeaseHolders.ProcessStart(child.Id)!.Value;
        child.Kill();
        child.WaitForExit();
        return (LeaseHolders.Name(Host, child.Id, started), child.Id, started);
    }

    [Fact]
    public void The_running_process_is_alive_and_a_child_that_has_exited_is_dead()
    {
        var holders = LeaseHolders.ThisMachine;
        Assert.False(holders.IsDead(LeaseHolders.Current));
        var (name, pid, _) = ExitedChild();
        Assert.True(holders.IsDead(name));
        // Named the old way (machine and process id only), the exited child is dead and this process alive.
        Assert.True(holders.IsDead(string.Create(CultureInfo.InvariantCulture, $"{Host}:{pid}")));
        Assert.False(holders.IsDead(string.Create(CultureInfo.InvariantCulture, $"{Host}:{Environment.ProcessId}")));
    }

    [Fact]
    public void A_process_id_now_held_by_a_process_started_at_another_time_was_reused_so_its_holder_is_dead()
    {
        var started = LeaseHolders.ProcessStart(Environment.ProcessId)!.Value;
        Assert.False(LeaseHolders.ThisMachine.IsDead(LeaseHolders.Name(Host, Environment.ProcessId, started)));
        Assert.True(LeaseHolders.ThisMachine.IsDead(LeaseHolders.Name(Host, Environment.ProcessId, started - TimeSpan.FromHours(1))));
    }

    [Fact]
    public void A_holder_on_another_machine_or_under_a_name_of_another_shape_is_never_judged_dead()
    {
        var (name, _, _) = ExitedChild();
        var elsewhere = "elsewhere-" + name;
        Assert.False(LeaseHolders.ThisMachine.IsDead(elsewhere));
        Assert.False(LeaseHolders.ThisMachine.IsDead("survivor"));
        Assert.False(LeaseHolders.ThisMachine.IsDead(Host + ":not-a-process"));
    }

    [Fact]
    public void On_PostgreSQL_a_round_takes_at_once_the_sources_of_a_dead_holder_here_and_waits_out_a_live_or_distant_one()
    {
        using var server = new FeedServer(request =>
        {
            var path = request.Url!.AbsolutePath;
            var n = int.Parse(path[3..], CultureInfo.InvariantCulture);
            return path.StartsWith("/f/", StringComparison.Ordinal)
                ? Reply.Ok(Feeds.Summaries(p => $"http://127.0.0.1:{request.Url.Port}/p/{p}", n), "application/rss+xml")
                : Reply.Ok(Feeds.Page(n));
        });
        var db = PostgresServer.Database("lease_holders_" + Guid.NewGuid().ToString("N")[..12]);
        string[] sources = [.. Enumerable.Range(0, 3).Select(f => server.Url($"/f/{f}"))];
        var now = DateTimeOffset.UtcNow;
        using var store = Postgres.PostgresStore.Open(db);
        using var state = WatchState.Of(store);
        Watcher Make(TimeProvider clock) =>
            new(store, state, TestData.Pipeline, clock) { Sources = sources, Every = TimeSpan.FromHours(2), HostGap = TimeSpan.Zero, Parallelism = 1, Owner = "survivor" };
        Make(TimeProvider.System).Register();

        // Feed 0 is held by a watcher that died on this machine, feed 1 by this live process, feed 2 by a process on
        // another machine; each lease runs for another hour.
        var (dead, _, _) = ExitedChild();
        var until = WatchTimes.Write(now + TimeSpan.FromHours(1));
        using (var connection = PostgresChecks.Open(db))
        {
            foreach (var (url, holder) in new[] { (sources[0], dead), (sources[1], LeaseHolders.Current), (sources[2], "elsewhere-" + dead) })
            {
                PostgresChecks.Execute(connection, $"UPDATE watch_sources SET lease_owner = '{holder}', lease_until = '{until}' WHERE url = '{url}'");
            }
        }

        var first = Make(TimeProvider.System).RunRound();
        Assert.Equal((1, 1), (first.Polled, first.Added));
        Assert.Equal((1, 0, 0), (server.Count("/f/0"), server.Count("/f/1"), server.Count("/f/2")));

        // Past the hour the other two leases have run out, and the next round takes them.
        var later = Make(new ManualClock(now + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1))).RunRound();
        Assert.Equal((2, 2), (later.Polled, later.Added));
        Assert.Equal((1, 1, 1), (server.Count("/f/0"), server.Count("/f/1"), server.Count("/f/2")));
    }
}
