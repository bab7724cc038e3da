using System.Text;
using System.Text.Json;
using Marsad.Storage.Monitoring;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Monitoring;

/// <summary>Alerts: what matches (on real analyses), the alert commands, and hits delivered once to a loopback webhook.</summary>
public sealed class AlertTests : IDisposable
{
    // A consultation in Cairo between Egypt's president and Qatar's foreign minister (as of the tests' publication
    // date, 2025-11-06, the knowledge base names both); Jordan's government condemning an attack in Baghdad.
    private const string Cairo = "استقبل الرئيس المصري وزير الخارجية القطري في القاهرة يوم الأحد لبحث العلاقات الثنائية.";
    private const string Baghdad = "وأدانت الحكومة الأردنية الهجوم على السفارة في بغداد.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Db => _folder.File("marsad.db");

    [Theory]
    [InlineData("العلاقات", null, null, null, null, null, true, false)]
    [InlineData("علاقات الثنائية", null, null, null, null, null, true, false)]
    [InlineData("السفارة", null, null, null, null, "IRQ", false, true)]
    [InlineData(null, "QAT", null, null, null, null, true, false)]
    [InlineData(null, null, null, null, null, "JOR", false, true)]
    [InlineData(null, null, null, null, null, "EGY", true, false)]
    [InlineData(null, null, "person/abdel-fattah-el-sisi", "person/mohammed-bin-abdulrahman-al-thani", "CONSULT", null, true, false)]
    // The condemner is not the attack's actor: Jordan's government accuses, the attack has Iraq as its recipient.
    [InlineData(null, null, "institution/government/JOR", null, "ACCUSE", null, false, true)]
    [InlineData(null, null, null, "IRQ", "ASSAULT", null, false, true)]
    [InlineData(null, null, "institution/government/JOR", "IRQ", "ASSAULT", null, false, false)]
    [InlineData(null, null, "person/abdel-fattah-el-sisi", null, "ASSAULT", null, false, false)]
    [InlineData("الهجوم", "QAT", null, null, null, null, false, false)]
    public void An_alert_matches_when_every_criterion_holds(string? query, string? entity, string? actor, string? recipient, string? type, string? country, bool cairo, bool baghdad)
    {
        var alert = new Alert("a") { Query = query, Entity = entity, Actor = actor, Recipient = recipient, EventType = type, Country = country };

        Assert.Equal((cairo, baghdad), (alert.Matches(TestData.Record(Cairo, "cairo")), alert.Matches(TestData.Record(Baghdad, "baghdad"))));
    }

    [Fact]
    public void Alerts_are_added_listed_and_removed_and_bad_ones_are_refused_with_a_message()
    {
        CliRun.Of("alert", "add", "qatar", "--entity", "QAT", "--type", "consult", "--db", Db).AssertExit(0);
        CliRun.Of("alert", "add", "embassy", "--query", "السفارة", "--country", "irq", "--webhook", "http://127.0.0.1:9/hook", "--db", Db).AssertExit(0);

        var list = CliRun.Of("alert", "list", "--db", Db, "--format", "json").AssertExit(0).Lines;
        Assert.Equal(["embassy", "qatar"], list.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal(("IRQ", "CONSULT"), (list[0].GetProperty("country").GetString(), list[1].GetProperty("type").GetString()));
        Assert.Contains("qatar: entity QAT, type CONSULT", CliRun.Of("alert", "list", "--db", Db).AssertExit(0).Stdout, StringComparison.Ordinal);

        Assert.Contains("exists already", CliRun.Of("alert", "add", "qatar", "--entity", "QAT", "--db", Db).AssertExit(3).Stderr, StringComparison.Ordinal);
        Assert.Contains("needs at least one of", CliRun.Of("alert", "add", "empty", "--db", Db).AssertExit(2).Stderr, StringComparison.Ordinal);
        Assert.Contains("not 'file:///x'", CliRun.Of("alert", "add", "x", "--entity", "QAT", "--webhook", "file:///x", "--db", Db).AssertExit(2).Stderr, StringComparison.Ordinal);
        Assert.Contains("name is 1 to 64", CliRun.Of("alert", "add", "a/b", "--entity", "QAT", "--db", Db).AssertExit(2).Stderr, StringComparison.Ordinal);
        Assert.Contains("PLOVER", CliRun.Of("alert", "add", "t", "--type", "PARTY", "--db", Db).AssertExit(2).Stderr, StringComparison.Ordinal);
        Assert.Contains("no alert named 'nope'", CliRun.Of("alert", "remove", "nope", "--db", Db).AssertExit(3).Stderr, StringComparison.Ordinal);
        Assert.Contains("no alert named 'nope'", CliRun.Of("alert", "hits", "nope", "--db", Db).AssertExit(3).Stderr, StringComparison.Ordinal);
        CliRun.Of("alert", "frobnicate", "--db", Db).AssertExit(2);

        CliRun.Of("alert", "remove", "qatar", "--db", Db).AssertExit(0);
        Assert.Equal(["embassy"], CliRun.Of("alert", "list", "--db", Db, "--format", "json").AssertExit(0).Lines.Select(l => l.GetProperty("name").GetString()));
    }

    [Fact]
    public void A_matching_article_fires_its_alert_once_with_a_signed_post_retried_after_a_failure_and_not_again_on_restart()
    {
        var hookCalls = 0;
        using var server = new FeedServer(request => request.Url!.AbsolutePath switch
        {
            "/feed.xml" => Reply.Ok(Feed(name => $"http://127.0.0.1:{request.Url.Port}/{name}"), "application/atom+xml"),
            "/hook" => Interlocked.Increment(ref hookCalls) == 1 ? new Reply(500) : new Reply(204),
            _ => new Reply(404),
        });
        var sources = _folder.File("sources.txt");
        File.WriteAllText(sources, server.Url("/feed.xml"), Encoding.UTF8);
        CliRun.Of("alert", "add", "embassy", "--query", "السفارة", "--webhook", server.Url("/hook"), "--db", Db).AssertExit(0);
        CliRun.Of("alert", "add", "qatar", "--entity", "QAT", "--db", Db).AssertExit(0);
        CliRun.Of("alert", "add", "nothing", "--entity", "ISR", "--webhook", server.Url("/hook"), "--db", Db).AssertExit(0);

        const string Secret = "سر-الاختبار";
        Environment.SetEnvironmentVariable("MARSAD_WEBHOOK_SECRET", Secret);
        try
        {
            CliRun.Of("watch", sources, "--db", Db, "--once", "--gap", "0", "--every", "1").AssertExit(0);
            Thread.Sleep(1100);
            CliRun.Of("watch", sources, "--db", Db, "--once", "--gap", "0", "--every", "1").AssertExit(0);
        }
        finally
        {
            Environment.SetEnvironmentVariable("MARSAD_WEBHOOK_SECRET", null);
        }

        // The first POST failed (500) and was retried; the second run found nothing new and posted nothing.
        var posts = server.Requests.Where(r => r.Path == "/hook").ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("POST", p.Method));
        Assert.Equal(posts[0].Body, posts[1].Body);
        var body = JsonDocument.Parse(posts[1].Body).RootElement;
        Assert.Equal("embassy", body.GetProperty("alert").GetString());
        Assert.Equal(server.Url("/baghdad"), body.GetProperty("document").GetProperty("url").GetString());
        Assert.Equal(WebhookSender.Signature(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(posts[1].Body)), posts[1].Signature);

        var embassy = CliRun.Of("alert", "hits", "embassy", "--db", Db, "--format", "json").AssertExit(0).Json;
        Assert.Equal((2, true), (embassy.GetProperty("attempts").GetInt32(), embassy.GetProperty("delivered_at").ValueKind == JsonValueKind.String));
        var qatar = CliRun.Of("alert", "hits", "qatar", "--db", Db, "--format", "json").AssertExit(0).Json;
        Assert.Equal(server.Url("/cairo"), qatar.GetProperty("url").GetString());
        Assert.Equal(0, qatar.GetProperty("attempts").GetInt32());
        Assert.Empty(CliRun.Of("alert", "hits", "nothing", "--db", Db, "--format", "json").AssertExit(0).Lines);
    }

    /// <summary>An Atom feed of the two articles, in full, linking to /cairo and /baghdad.</summary>
    private static string Feed(Func<string, string> link) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>أخبار</title>" +
        string.Concat(new[] { ("cairo", Cairo), ("baghdad", Baghdad) }.Select(e =>
            $"<entry><id>urn:alert-test:{e.Item1}</id><title>{e.Item1}</title><link rel=\"alternate\" href=\"{link(e.Item1)}\"/><published>2026-12-01T08:00:00Z</published><content type=\"html\">&lt;p&gt;{e.Item2}&lt;/p&gt;</content></entry>")) +
        "</feed>";
}
