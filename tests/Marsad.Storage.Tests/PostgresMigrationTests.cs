using Marsad.Storage.Postgres;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests;

/// <summary>What PostgreSQL's migrations leave in a new store, read from the server's own catalogue.</summary>
public sealed class PostgresMigrationTests
{
    private readonly string _prefix = "migration_" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public void Articles_are_indexed_by_the_time_the_store_received_them()
    {
        var url = PostgresServer.Database(_prefix + "_ingested");
        using (PostgresStore.Open(url))
        {
        }

        // Migration 6: breaking stories read their window and baseline by ingested_at.
        Assert.Equal(1, PostgresChecks.Scalar(url, "SELECT count(*) FROM pg_indexes WHERE indexname = 'documents_ingested' AND indexdef LIKE '%(ingested_at)%'"));
    }
}
