using System.Diagnostics;
using Marsad.Storage.Monitoring;
using Marsad.Storage.Postgres;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Cli;

/// <summary>
/// The ingest queue on a real PostgreSQL server: a worker started again on the machine where its predecessor was
/// killed takes the dead worker's sources at once, and still waits out a live worker's lease and one held on
/// another machine.
/// </summary>
public sealed class IngestLeaseTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>The holder name of a real child process that has run and exited.</summary>
    private static string ExitedChild()
    {
        using var child = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        var started = LeaseHolders.ProcessStart(child.Id)!.Value;
        child.Kill();
        child.WaitForExit();
        return LeaseHolders.Name(Environment.MachineName, child.Id, started);
    }

    [Fact]
    public void Only_the_sources_of_a_dead_worker_on_this_machine_are_freed_and_claimed_again_at_once()
    {
        var db = PostgresServer.Database("ingest_leases_" + Guid.NewGuid().ToString("N")[..12]);
        using var store = PostgresStore.Open(db);
        var queue = new IngestBacklog(store);
        Assert.Equal(4, queue.Enqueue(["/news/a.txt", "/news/b.txt", "/news/c.txt", "/news/d.txt"]));

        // A worker killed on this machine holds a and b, this live process c, a worker on another machine d.
        var dead = ExitedChild();
        Assert.Equal(2, queue.Claim(dead, 2, Hour).Count);
        Assert.Single(queue.Claim(LeaseHolders.Current, 1, Hour));
        Assert.Single(queue.Claim("elsewhere:" + dead, 1, Hour));
        Assert.Empty(queue.Claim("restarted", 4, Hour));

        Assert.Equal(2, queue.ReleaseDead(LeaseHolders.ThisMachine));
        var again = queue.Claim("restarted", 4, Hour);
        Assert.Equal(["/news/a.txt", "/news/b.txt"], again.Select(static i => i.Source));
        // The dead worker's claim counted as an attempt, so a source that kills its workers is still given up.
        Assert.All(again, static i => Assert.Equal(2, i.Attempt));
        Assert.Equal(new QueueCounts(0, 4, 0, 0), queue.Counts());

        // Nothing else is dead: a second call frees nothing.
        Assert.Equal(0, queue.ReleaseDead(LeaseHolders.ThisMachine));
    }

    [Fact]
    public void A_worker_that_starts_where_one_was_killed_ingests_the_dead_workers_source_without_waiting_for_its_lease()
    {
        var db = PostgresServer.Database("ingest_restart_" + Guid.NewGuid().ToString("N")[..12]);
        using var folder = new TempFolder();
        var article = folder.File("article.txt");
        File.WriteAllText(article, TestData.Sentences[0] + "\n" + TestData.Sentences[1] + "\n");
        using var store = PostgresStore.Open(db);
        var queue = new IngestBacklog(store);
        queue.Enqueue([article]);
        Assert.Single(queue.Claim(ExitedChild(), 1, Hour));

        var worker = new IngestWorker(store, TestData.Pipeline, TimeProvider.System) { ExitWhenIdle = true, Poll = TimeSpan.FromMilliseconds(50) };
        // A guard, not a timing: without the fix the worker would wait out the hour-long lease.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var summary = worker.Run(cancellationToken: guard.Token);

        Assert.Equal((1, 1), (summary.Sources, summary.Added));
        Assert.Equal(new QueueCounts(0, 0, 1, 0), queue.Counts());
    }
}
