using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Marsad.Model;
using Marsad.Storage;
using Marsad.Storage.Monitoring;
using Marsad.Storage.Sqlite;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>Alerts over the API (writes need the key) and an alert's hits as an Atom feed.</summary>
public sealed class AlertApiTests(TestServer server) : IClassFixture<TestServer>
{
    private const string Embassy = "وأدانت الحكومة الأردنية الهجوم على السفارة في بغداد.";

    private Task<HttpResponseMessage> Post(object body, string? key = TestServer.ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/alerts") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return server.Client.SendAsync(request);
    }

    [Fact]
    public async Task Alerts_are_written_with_the_key_listed_and_their_hits_read_as_json_and_atom()
    {
        using (var refused = await Post(new { name = "embassy", query = "السفارة" }, key: null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using (var created = await Post(new { name = "embassy", query = "السفارة", country = "irq" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var taken = await Post(new { name = "embassy", entity = "QAT" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        }

        using (var bad = await Post(new { name = "no criteria" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        using (var list = await server.GetJson("/api/alerts"))
        {
            var alert = Assert.Single(list.RootElement.EnumerateArray());
            Assert.Equal(("embassy", "IRQ"), (alert.GetProperty("name").GetString(), alert.GetProperty("country").GetString()));
        }

        // A watcher's hit, made as watch makes it: the hit pending, the article stored, then the hit recorded.
        var document = new SourceDocument { Source = "http://127.0.0.1/baghdad", Text = Embassy, Title = "إدانة أردنية", Url = "http://127.0.0.1/baghdad", Published = new DateOnly(2025, 11, 6) };
        var record = DocumentRecord.Create(SharedPipeline.Instance.Analyze(document), document, new DateTimeOffset(2025, 11, 6, 9, 0, 0, TimeSpan.Zero));
        using (var store = SqliteStore.Open(server.DatabasePath))
        using (var book = AlertBook.Of(store))
        {
            Assert.Equal(1, book.Pend([record], new DateTimeOffset(2025, 11, 6, 9, 0, 0, TimeSpan.Zero)));
            store.Add([record]);
            Assert.Single(book.Fire([record]));
        }

        using (var hits = await server.GetJson("/api/alerts/embassy/hits"))
        {
            var hit = Assert.Single(hits.RootElement.GetProperty("hits").EnumerateArray());
            Assert.Equal((record.Id, "إدانة أردنية"), (hit.GetProperty("document_id").GetString(), hit.GetProperty("title").GetString()));
        }

        using var atom = await server.Client.GetAsync("/alerts/embassy.atom");
        Assert.Equal("application/atom+xml", atom.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await atom.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(ns + "entry"));
        Assert.Equal("إدانة أردنية", entry.Element(ns + "title")!.Value);
        Assert.EndsWith($"/documents/{record.Id}", entry.Elements(ns + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/alerts/nothing.atom")).StatusCode);

        var remove = new HttpRequestMessage(HttpMethod.Delete, "/api/alerts/embassy");
        remove.Headers.Add("X-Api-Key", TestServer.ApiKey);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.SendAsync(remove)).StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Delete, "/api/alerts/embassy");
        again.Headers.Add("X-Api-Key", TestServer.ApiKey);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.SendAsync(again)).StatusCode);
    }
}
