using Marsad.Storage.Sqlite;
using Marsad.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests;

/// <summary>A store written by the previous schema version is brought up to date when it is opened.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_version_1_store_gives_its_part_of_day_events_their_day_when_opened()
    {
        var db = _folder.File("v1.db");
        var document = new Marsad.Model.SourceDocument { Source = "evening.txt", Text = TestData.SeedText, Published = new DateOnly(2025, 11, 6) };
        var analysis = TestData.Pipeline.Analyze(document);
        var evening = analysis with { Events = [.. analysis.Events.Select(static e => e with { Date = "2025-10-17TEV" })] };
        using (var store = SqliteStore.Open(db))
        {
            store.Add([DocumentRecord.Create(evening, document, DateTimeOffset.UnixEpoch)]);
        }

        // What version 1 wrote for such an event: no days at all.
        Execute(db, "UPDATE events SET date_start = NULL, date_end = NULL; PRAGMA user_version = 1;");

        using (var store = SqliteStore.Open(db))
        {
            var onTheDay = store.Events(new EventQuery { From = new DateOnly(2025, 10, 17), To = new DateOnly(2025, 10, 17) });
            Assert.NotEmpty(onTheDay);
            Assert.All(onTheDay, static e => Assert.Equal("2025-10-17TEV", e.Date));
        }

        Assert.Equal(SqliteSchema.Version, SqliteChecks.Scalar(db, "PRAGMA user_version"));
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
