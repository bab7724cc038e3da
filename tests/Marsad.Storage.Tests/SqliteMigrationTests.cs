using Marsad.Model;
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

    [Fact]
    public void A_version_2_store_written_before_places_keeps_its_events_without_places()
    {
        var db = _folder.File("v2.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-schema-2.db"), db);
        Assert.Equal(2L, SqliteChecks.Scalar(db, "PRAGMA user_version"));

        using (var store = SqliteStore.Open(db))
        {
            var events = store.Events(new EventQuery());
            Assert.Equal(9, events.Count);
            Assert.Contains(events, static e => e.Event == PloverType.Support && e.Date == "1992" && e.Actor.Any(static a => a.Id == "KAZ"));
            Assert.All(events, static e => Assert.Single(e.Sources));
            Assert.All(events, static e => Assert.Null(e.Place));
            Assert.All(events, static e => Assert.Null(e.Goldstein));
            Assert.Empty(store.Events(new EventQuery { Country = "KAZ" }));
            Assert.Equal(1, store.Stats().Documents);
        }

        Assert.Equal((long)SqliteSchema.Version, SqliteChecks.Scalar(db, "PRAGMA user_version"));
    }

    [Fact]
    public void A_version_5_store_gains_the_index_breaking_stories_read_articles_by_when_opened()
    {
        var db = _folder.File("v5.db");
        using (var store = SqliteStore.Open(db))
        {
            store.Add([TestData.Record(TestData.SeedText, "seed.txt")]);
        }

        // What version 5 had: no index on the time an article arrived.
        Execute(db, "DROP INDEX documents_ingested; PRAGMA user_version = 5;");

        using (var store = SqliteStore.Open(db))
        {
            Assert.Equal(1, store.Stats().Documents);
        }

        Assert.Equal((long)SqliteSchema.Version, SqliteChecks.Scalar(db, "PRAGMA user_version"));
        Assert.Contains("documents_ingested", Plan(db, "SELECT doc_key FROM documents WHERE ingested_at > '2025-11-06' AND ingested_at <= '2025-11-07'"), StringComparison.Ordinal);
    }

    /// <summary>SQLite's query plan for <paramref name="sql"/>, its steps joined.</summary>
    private static string Plan(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join(" | ", steps);
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
