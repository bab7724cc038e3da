using Marsad.Storage.Monitoring;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Monitoring;

/// <summary>
/// The window between a poll's articles and their alert hits: a watcher dies right after its articles' transaction
/// commits (its <see cref="Watcher.Stored"/> hook throws, where the hits would be recorded), and a restarted
/// watcher records the hit it left pending, exactly once, though the article is now a duplicate. Both backends.
/// </summary>
public abstract class PendingHitTests : IDisposable
{
    // Jordan's government condemning an attack on an embassy in Baghdad, and an unrelated opening in Irbid.
    internal const string Baghdad = "وأدانت الحكومة الأردنية الهجوم على السفارة في بغداد.";
    internal const string Irbid = "افتتحت وزارة الصحة مستشفى جديدا في مدينة إربد شمال الأردن.";

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly FeedServer _server;

    protected PendingHitTests()
    {
        _server = new FeedServer(request => request.Url!.AbsolutePath == "/feed.xml"
            ? Reply.Ok(Feed, "application/atom+xml")
            : new Reply(404));
    }

    protected TempFolder Folder { get; } = new();

    protected abstract IStore Open();

    public void Dispose()
    {
        _server.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>An Atom feed of the two articles in full (shared with <see cref="PostgresWatchKillTests"/>).</summary>
    internal static string Feed =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>أخبار</title>" +
        string.Concat(new[] { ("baghdad", Baghdad), ("irbid", Irbid) }.Select(e =>
            $"<entry><id>urn:pending-test:{e.Item1}</id><title>{e.Item1}</title><published>2026-12-01T08:00:00Z</published><content type=\"html\">&lt;p&gt;{e.Item2}&lt;/p&gt;</content></entry>")) +
        "</feed>";

    private Watcher Watcher(IStore store, WatchState state, AlertBook book, List<string> fired, bool dieAfterArticles) =>
        new(store, state, TestData.Pipeline, _clock)
        {
            Sources = [_server.Url("/feed.xml")],
            HostGap = TimeSpan.Zero,
            Storing = records => book.Pend(records, _clock.GetUtcNow()),
            Stored = records =>
            {
                if (dieAfterArticles)
                {
                    throw new InvalidOperationException("killed between the articles' transaction and the hits'");
                }

                fired.AddRange(book.Fire(records).Select(h => $"{h.Alert.Name} {h.Document.Id}"));
            },
            RoundStarting = () => fired.AddRange(book.Recover().Select(h => $"{h.Alert} {h.DocumentId}")),
        };

    [Fact]
    public void A_watcher_killed_after_storing_its_articles_leaves_their_hits_pending_and_the_next_round_records_them_once()
    {
        var fired = new List<string>();
        using (var store = Open())
        using (var state = WatchState.Of(store))
        using (var book = AlertBook.Of(store))
        {
            book.Add(new Alert("embassy") { Query = "السفارة" }, _clock.GetUtcNow());
            book.Add(new Alert("jordan") { Country = "JOR" }, _clock.GetUtcNow());
            var dying = Watcher(store, state, book, fired, dieAfterArticles: true);
            dying.Register();
            Assert.Throws<InvalidOperationException>(() => dying.RunRound());

            // The articles are stored; their hits are not, but they are pending.
            Assert.Equal(2, store.Stats().Documents);
            Assert.Empty(book.Hits("embassy", 10));
            Assert.Equal(3, book.Pending());
        }

        var baghdad = TestData.Record(Baghdad, "baghdad").Id;
        var irbid = TestData.Record(Irbid, "irbid").Id;
        using (var store = Open())
        using (var state = WatchState.Of(store))
        using (var book = AlertBook.Of(store))
        {
            // The restart refetches the feed (its poll was never recorded; on PostgreSQL once the dead watcher's
            // lease has passed): both articles are duplicates now.
            _clock.Advance(TimeSpan.FromSeconds(301));
            var round = Watcher(store, state, book, fired, dieAfterArticles: false).RunRound();
            Assert.Equal((1, 0, 2), (round.Polled, round.Added, round.Duplicates));
            Assert.Equal(2, store.Stats().Documents);
            Assert.Equal(new[] { "embassy " + baghdad, "jordan " + baghdad, "jordan " + irbid }.Order(StringComparer.Ordinal), fired.Order(StringComparer.Ordinal));
            Assert.Equal(baghdad, Assert.Single(book.Hits("embassy", 10)).DocumentId);
            Assert.Equal(2, book.Hits("jordan", 10).Count);
            Assert.Equal(0, book.Pending());

            // Exactly once: nothing is left to recover, and the hits are not recorded again.
            Assert.Empty(book.Recover());
            Assert.Equal(3, fired.Count);
        }
    }

    [Fact]
    public void A_hit_pending_for_an_article_that_was_never_stored_waits_and_a_removed_alert_takes_its_pending_hits_along()
    {
        using var store = Open();
        using var book = AlertBook.Of(store);
        book.Add(new Alert("embassy") { Query = "السفارة" }, _clock.GetUtcNow());
        book.Add(new Alert("jordan") { Country = "JOR" }, _clock.GetUtcNow());
        var record = TestData.Record(Baghdad, "baghdad");

        // Killed inside the articles' transaction: the hit is pending, its article is not stored, nothing fires.
        Assert.Equal(2, book.Pend([record], _clock.GetUtcNow()));
        Assert.Empty(book.Recover());
        Assert.Equal(2, book.Pending());

        book.Remove("jordan");
        Assert.Equal(1, book.Pending());
        store.Add([record]);
        var hit = Assert.Single(book.Recover());
        Assert.Equal(("embassy", record.Id), (hit.Alert, hit.DocumentId));
        Assert.Equal(0, book.Pending());
    }
}

public sealed class SqlitePendingHitTests : PendingHitTests
{
    protected override IStore Open() => Sqlite.SqliteStore.Open(Folder.File("pending.db"));
}

public sealed class PostgresPendingHitTests : PendingHitTests
{
    private readonly string _name = "pending_" + Guid.NewGuid().ToString("N")[..12];

    protected override IStore Open() => Postgres.PostgresStore.Open(PostgresServer.Database(_name));
}
