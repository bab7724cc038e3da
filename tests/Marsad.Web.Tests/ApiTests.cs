using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marsad.Web.Tests.Support;

namespace Marsad.Web.Tests;

/// <summary>The REST API over HTTP against the real app on Kestrel with a real SQLite store.</summary>
public sealed class ApiTests(TestServer server) : IClassFixture<TestServer>
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Writing_without_the_key_is_401_problem_details_and_stores_nothing()
    {
        using var before = await server.GetJson("/api/stats");
        using var response = await server.Ingest(new { text = "أعلنت كازاخستان انضمامها إلى اتفاقات أبراهام.", published = "2025-11-06" }, key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("API key", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var after = await server.GetJson("/api/stats");
        Assert.Equal(before.RootElement.GetProperty("documents").GetInt64(), after.RootElement.GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task A_wrong_key_is_401_and_the_key_as_a_bearer_token_writes_once()
    {
        using var wrong = await server.Ingest(new { text = "قال وزير الخارجية الأردني إن عمان ترفض القرار.", published = "2025-10-01" }, key: "not-the-key");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("wrong", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        HttpResponseMessage Post()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
            {
                Content = new StringContent("""{"text": "قال وزير الخارجية الأردني إن عمان ترفض القرار.", "published": "2025-10-01"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestServer.ApiKey);
            return server.Client.Send(request);
        }

        using var created = Post();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetString()!;
        Assert.Equal("/api/documents/" + id, created.Headers.Location?.OriginalString);
        using var again = Post();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var duplicate = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.True(duplicate.RootElement.GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task A_server_without_a_key_refuses_every_write_and_says_why()
    {
        var keyless = new TestServer(key: null);
        await keyless.InitializeAsync();
        try
        {
            using var response = await keyless.Ingest(new { text = "نص." }, key: "anything");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("MARSAD_API_KEY", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await keyless.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_oversized_body_is_413_problem_details_whether_its_length_is_declared_or_chunked()
    {
        var text = new string('ا', (int)TestServer.MaxBodyBytes);
        var json = JsonSerializer.Serialize(new { text });
        using var before = await server.GetJson("/api/stats");

        // A client that waits for 100-continue is answered before it sends the body: always the 413 itself.
        using var patient = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(2) }) { BaseAddress = server.BaseAddress };
        using var waiting = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        waiting.Headers.Add("X-Api-Key", TestServer.ApiKey);
        waiting.Headers.ExpectContinue = true;
        using var answered = await patient.SendAsync(waiting);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answered.StatusCode);
        Assert.Equal(ProblemJson, answered.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await answered.Content.ReadAsStringAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(TestServer.MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A client that sends its body without waiting, its length declared or not (chunked: cut off at the
        // limit), is answered 413 while the rest of the body is still on its way; this client hears it.
        var key = new Dictionary<string, string> { ["X-Api-Key"] = TestServer.ApiKey };
        foreach (var (path, chunked) in new[] { ("/api/documents", false), ("/api/analyze", true) })
        {
            var early = await EarlyAnswerClient.PostAsync(server.BaseAddress, path, Encoding.UTF8.GetByteCount(json), chunked, key);
            Assert.True(early.Status == 413, $"{path} (chunked: {chunked}) answered {early.Status}: {early.Body}");
            Assert.StartsWith(ProblemJson, early.Headers["Content-Type"], StringComparison.Ordinal);
            using var refused = JsonDocument.Parse(early.Body);
            Assert.Equal(413, refused.RootElement.GetProperty("status").GetInt32());
        }

        // The server still serves, and stored nothing.
        using var after = await server.GetJson("/api/stats");
        Assert.Equal(before.RootElement.GetProperty("documents").GetInt64(), after.RootElement.GetProperty("documents").GetInt64());
    }

    [Theory]
    [InlineData("/api/events?from=2025-13-01", "from")]
    [InlineData("/api/events?to=yesterday", "to")]
    [InlineData("/api/search?q=%D8%A7%D8%AA%D9%81%D8%A7%D9%82&from=06/11/2025", "from")]
    [InlineData("/api/dyad?a=KAZ&b=ISR&from=2025-02-30", "from")]
    [InlineData("/api/timeline?entity=KAZ&to=2025-1-1", "to")]
    public async Task A_bad_date_is_400_problem_details_naming_the_parameter(string path, string parameter)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Bad request", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        Assert.Contains("YYYY-MM-DD", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events?type=FOO")]
    [InlineData("/api/events?type=attack")]
    [InlineData("/api/search?q=x&type=ATTACK")]
    [InlineData("/api/timeline?type=FOO")]
    public async Task An_unknown_event_type_is_400_listing_the_types(string path)
    {
        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("type", problem.RootElement.GetProperty("parameter").GetString());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.All(["AGREE", "ASSAULT", "SUPPORT", "THREATEN"], t => Assert.Contains(t, detail, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=x&limit=0")]
    [InlineData("/api/search?q=x&limit=ten")]
    [InlineData("/api/search?q=x&offset=-1")]
    [InlineData("/api/search?q=x&entity=%3Cscript%3E")]
    [InlineData("/api/search?q=x&type=support%20me")]
    [InlineData("/api/events?format=xml")]
    [InlineData("/api/events?actor=ISR&exact=maybe")]
    [InlineData("/api/events?limit=99999999999")]
    [InlineData("/api/events?from=2025-11-07&to=2025-11-06")]
    [InlineData("/api/dyad?a=KAZ")]
    [InlineData("/api/timeline?q=x&entity=KAZ")]
    [InlineData("/api/timeline?a=KAZ")]
    [InlineData("/api/entities/KAZ?top=0")]
    [InlineData("/api/documents/not-an-id")]
    [InlineData("/events?from=2025-99")]
    [InlineData("/dyad?a=KAZ&b=ISR&to=never")]
    [InlineData("/?q=x&limit=1000")]
    [InlineData("/entity")]
    public async Task Invalid_parameters_give_400_never_500(string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var expected = path.StartsWith("/api/", StringComparison.Ordinal) ? ProblemJson : "text/html";
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_body_is_415_problem_details()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = new FormUrlEncodedContent([new("text", "نص")]) };
        request.Headers.Add("X-Api-Key", TestServer.ApiKey);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("application/json", "{\"text\": 5}")]
    [InlineData("application/json", "[1, 2]")]
    [InlineData("application/json", "{\"title\": \"no text\"}")]
    [InlineData("application/json", "{\"text\": \"نص\", \"published\": \"2025-02-30\"}")]
    [InlineData("application/json", "{\"text\": \"نص\", \"url\": \"javascript:alert(1)\"}")]
    [InlineData("application/json", "{not json")]
    [InlineData("text/plain", "")]
    public async Task A_bad_article_body_is_400_problem_details(string contentType, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Api-Key", TestServer.ApiKey);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_api_paths_and_methods_answer_problem_details()
    {
        using var missing = await server.Client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(ProblemJson, missing.Content.Headers.ContentType?.MediaType);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/events");
        delete.Headers.Add("X-Api-Key", TestServer.ApiKey);
        using var method = await server.Client.SendAsync(delete);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, method.StatusCode);
        Assert.Equal(ProblemJson, method.Content.Headers.ContentType?.MediaType);
        using var document = await server.Client.GetAsync("/api/documents/" + new string('0', 64));
        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        Assert.Equal(ProblemJson, document.Content.Headers.ContentType?.MediaType);
        using var entity = await server.Client.GetAsync("/api/entities/person/nobody-at-all");
        Assert.Equal(HttpStatusCode.NotFound, entity.StatusCode);

        // Only the one OpenAPI document is routed; another name is a problem like any other 404, not an echo of the name.
        using var document2 = await server.Client.GetAsync("/openapi/%3Cscript%3E.json");
        Assert.Equal(HttpStatusCode.NotFound, document2.StatusCode);
        Assert.Equal(ProblemJson, document2.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_response_carries_a_content_security_policy_without_inline_script()
    {
        foreach (var path in new[] { "/", "/events", "/api/stats", "/api/nothing", "/static/marsad.js", "/analyze" })
        {
            using var response = await server.Client.GetAsync(path);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }

        var page = await server.Client.GetStringAsync("/analyze");
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_document_comes_back_with_its_full_analysis()
    {
        var id = await server.IngestSeed();
        using var json = await server.GetJson("/api/documents/" + id);
        var document = json.RootElement.GetProperty("document");
        Assert.Equal("2025-11-06", document.GetProperty("published").GetString());
        Assert.Equal("https://www.middleeasteye.net/news/kazakhstan-abraham-accords", document.GetProperty("url").GetString());
        var analysis = json.RootElement.GetProperty("analysis");
        Assert.Equal("marsad.analysis/1", analysis.GetProperty("schema").GetString());
        Assert.Equal(id, analysis.GetProperty("id").GetString());
        var entities = analysis.GetProperty("entities").EnumerateArray().Select(static e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("KAZ", entities);
        Assert.Contains("ISR", entities);
        Assert.Contains("person/kassym-jomart-tokayev", entities);
        Assert.Contains(analysis.GetProperty("events").EnumerateArray(), static e =>
            e.GetProperty("event").GetString() is "SUPPORT" or "AGREE"
            && e.GetProperty("about").EnumerateArray().Any(static a => a.GetString() == "agreement/abraham-accords"));

        // Offsets are code points into the text, as in the output contract.
        var text = analysis.GetProperty("text").GetString()!;
        var kaz = analysis.GetProperty("entities").EnumerateArray().First(static e => e.GetProperty("id").GetString() == "KAZ");
        var mention = kaz.GetProperty("mentions")[0];
        Assert.Equal(mention.GetProperty("text").GetString(), text[mention.GetProperty("start").GetInt32()..mention.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Events_filter_and_page_in_JSON_and_come_as_CSV_and_PLOVER_lines()
    {
        await server.IngestSeed();
        using var all = await server.GetJson("/api/events?actor=KAZ&limit=100");
        var events = all.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.True(events.Count >= 3, $"KAZ acts in {events.Count} events");
        Assert.All(events, static e => Assert.Contains(e.GetProperty("actor").EnumerateArray(), static a => a.GetProperty("id").GetString() == "KAZ" || Country(a) == "KAZ"));
        using var exact = await server.GetJson("/api/events?actor=KAZ&exact=true&limit=100");
        Assert.All(exact.RootElement.GetProperty("events").EnumerateArray(), static e => Assert.Contains(e.GetProperty("actor").EnumerateArray(), static a => a.GetProperty("id").GetString() == "KAZ"));

        using var page = await server.GetJson("/api/events?actor=KAZ&limit=1&offset=1");
        Assert.Equal(1, page.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(events[1].GetProperty("id").GetString(), page.RootElement.GetProperty("events")[0].GetProperty("id").GetString());

        using var since = await server.GetJson("/api/events?actor=KAZ&from=2025");
        Assert.All(since.RootElement.GetProperty("events").EnumerateArray(), static e => Assert.StartsWith("2025", e.GetProperty("date").GetString(), StringComparison.Ordinal));

        var csv = await server.Client.GetStringAsync("/api/events?actor=KAZ&format=csv");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,date,date_from,actor1_ids", lines[0], StringComparison.Ordinal);
        Assert.Equal(events.Count + 1, lines.Length);

        using var plover = await server.Client.GetAsync("/api/events?actor=KAZ&format=plover");
        Assert.Equal("application/x-ndjson", plover.Content.Headers.ContentType?.MediaType);
        var records = (await plover.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => JsonDocument.Parse(l)).ToList();
        Assert.Equal(events.Count, records.Count);
        Assert.All(records, static r => Assert.Equal("2025-11-07", r.RootElement.GetProperty("coded_date").GetString()));
        Assert.Contains(records, static r => r.RootElement.GetProperty("link").GetString() == "https://www.middleeasteye.net/news/kazakhstan-abraham-accords");
        records.ForEach(static r => r.Dispose());
    }

    [Fact]
    public async Task The_KAZ_ISR_dyad_entity_profile_timeline_and_search_answer_from_the_store()
    {
        await server.IngestSeed();
        using var dyad = await server.GetJson("/api/dyad?a=ISR&b=KAZ");
        var dates = dyad.RootElement.GetProperty("events").EnumerateArray().Select(static e => e.GetProperty("date").GetString()).ToList();
        Assert.Contains("1992", dates);
        var timeline = dyad.RootElement.GetProperty("timeline");
        // The 1992 event is counted apart from the recent window of 2025, not drawn as 34 yearly bars.
        Assert.Equal("day", timeline.GetProperty("bucket").GetString());
        Assert.Equal(1, timeline.GetProperty("earlier").GetInt32());
        Assert.Equal([1992, 1992], timeline.GetProperty("earlier_years").EnumerateArray().Select(static y => y.GetInt32()));
        Assert.Equal(dates.Count - 1, timeline.GetProperty("points").EnumerateArray().Sum(static p => p.GetProperty("total").GetInt32()));

        using var entity = await server.GetJson("/api/entities/person/kassym-jomart-tokayev");
        Assert.Equal("PERSON", entity.RootElement.GetProperty("type").GetString());
        Assert.Equal("Kassym-Jomart Tokayev", entity.RootElement.GetProperty("name").GetString());
        Assert.Contains(entity.RootElement.GetProperty("co_mentioned").EnumerateArray(), static c => c.GetProperty("id").GetString() == "KAZ");

        using var byDay = await server.GetJson("/api/timeline?entity=KAZ&from=2025-11-01");
        Assert.Equal("day", byDay.RootElement.GetProperty("bucket").GetString());
        Assert.Contains(byDay.RootElement.GetProperty("points").EnumerateArray(), static p => p.GetProperty("period").GetString() == "2025-11-06" && p.GetProperty("total").GetInt32() > 0);

        using var search = await server.GetJson("/api/search?q=" + Uri.EscapeDataString("ويتكوف") + "&entity=KAZ&limit=5");
        var hit = search.RootElement.GetProperty("hits")[0];
        var snippet = hit.GetProperty("snippet").GetString()!;
        var highlight = hit.GetProperty("highlights")[0];
        Assert.Equal("ويتكوف", snippet[highlight.GetProperty("start").GetInt32()..highlight.GetProperty("end").GetInt32()]);
        Assert.Contains(search.RootElement.GetProperty("facets").GetProperty("entity").EnumerateArray(), static f => f.GetProperty("value").GetString() == "person/kassym-jomart-tokayev");
        Assert.Contains(search.RootElement.GetProperty("facets").GetProperty("source").EnumerateArray(), static f => f.GetProperty("value").GetString() == "www.middleeasteye.net");
        Assert.Contains(search.RootElement.GetProperty("facets").GetProperty("month").EnumerateArray(), static f => f.GetProperty("value").GetString() == "2025-11");
    }

    [Fact]
    public async Task Analyze_answers_the_analysis_without_storing_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze?published=2025-11-06")
        {
            Content = new StringContent("استقبل الرئيس قاسم جومارت توكاييف أمس وزير الخارجية الإسرائيلي في أستانا.", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-Api-Key", TestServer.ApiKey);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var analysis = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("marsad.analysis/1", analysis.RootElement.GetProperty("schema").GetString());
        Assert.Contains(analysis.RootElement.GetProperty("entities").EnumerateArray(), static e => e.GetProperty("id").GetString() == "person/kassym-jomart-tokayev");
        Assert.Contains(analysis.RootElement.GetProperty("times").EnumerateArray(), static t => t.GetProperty("value").GetString() == "2025-11-05");

        var id = analysis.RootElement.GetProperty("id").GetString();
        using var stored = await server.Client.GetAsync("/api/documents/" + id);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Pages_count_in_grammatical_arabic()
    {
        await server.IngestSeed();
        var search = await server.Client.GetStringAsync("/?q=" + Uri.EscapeDataString("كازاخستان"));
        var entity = await server.Client.GetStringAsync("/entity?id=KAZ");

        Assert.Contains("مقال واحد", search + entity, StringComparison.Ordinal);
        Assert.DoesNotContain(" نتيجة · ", search.Replace("نتيجة واحدة", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("1 مقالا", entity, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_are_searched_by_english_or_arabic_name()
    {
        using var byArabic = await server.GetJson("/api/entities?q=" + Uri.EscapeDataString("اسرائيل"));
        using var byEnglish = await server.GetJson("/api/entities?q=israel");

        var first = byArabic.RootElement.GetProperty("entities")[0];
        Assert.Equal("ISR", first.GetProperty("id").GetString());
        Assert.Equal("/entity?id=ISR", first.GetProperty("page").GetString());
        Assert.Equal("ISR", byEnglish.RootElement.GetProperty("entities")[0].GetProperty("id").GetString());
        using var missing = await server.Client.GetAsync("/api/entities");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task A_page_of_list_items_nested_30000_deep_is_analysed_within_the_request_timeout()
    {
        // 240 kB of <ul><li>, under the test server's body limit; the tree builder's cost grew with the depth squared.
        const string sentence = "أعلنت الحكومة الأردنية يوم الأحد عن خطة جديدة للمياه.";
        var page = "<html><body>" + new StringBuilder().Insert(0, "<ul><li>", 30_000) + sentence + "</body></html>";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = new StringContent(page, Encoding.UTF8, "text/html") };
        request.Headers.Add("X-Api-Key", TestServer.ApiKey);

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var analysis = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(sentence, analysis.RootElement.GetProperty("text").GetString());
    }

    private static string? Country(JsonElement actor) =>
        actor.TryGetProperty("country", out var country) && country.ValueKind == JsonValueKind.String ? country.GetString() : null;
}
