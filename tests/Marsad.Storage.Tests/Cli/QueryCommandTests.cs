using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests.Cli;

/// <summary>The store's query commands on a store filled by <c>marsad ingest</c> with the seed article and a near-duplicate of it.</summary>
public sealed class QueryCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;
    private readonly string _seed;
    private readonly string _copy;

    public QueryCommandTests()
    {
        _db = _folder.File("marsad.db");
        _seed = TestData.SeedArticle;
        _copy = _folder.File("other-site.txt");
        File.WriteAllText(_copy, File.ReadAllText(_seed).Replace("شاركها.", "تابعونا للمزيد.", StringComparison.Ordinal));
        CliRun.Of("ingest", _seed, _copy, "--db", _db, "--published", "2025-11-06").AssertExit(0);
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Marsad(params string[] args) => CliRun.Of([.. args, "--db", _db]);

    [Fact]
    public void Search_prints_ranked_hits_with_the_matched_words_marked()
    {
        var run = Marsad("search", "الاتفاقيات").AssertExit(0);

        Assert.Contains(" 1. ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" 2. ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[اتفاقات]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("(one of 2 near-duplicate articles)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_json_gives_code_point_offsets_of_the_matched_words()
    {
        var hit = Marsad("search", "إتفاقات", "--format", "json", "--limit", "1").AssertExit(0).Json;
        var text = System.Text.Json.JsonDocument.Parse(Marsad("export", "--format", "json").Stdout.Split('\n')[0]).RootElement.GetProperty("text").GetString()!;
        var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();

        Assert.Equal(1, hit.GetProperty("rank").GetInt32());
        Assert.Equal(2, hit.GetProperty("cluster_size").GetInt32());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        var words = hit.GetProperty("matches").EnumerateArray()
            .Select(m => string.Concat(codePoints[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]))
            .ToList();
        Assert.Contains("اتفاقات", words);
        Assert.All(words, w => Assert.Contains(w, new[] { "اتفاقات", "الاتفاقات", "اتفاقيات", "الاتفاقيات", "بالاتفاقات" }));
    }

    [Fact]
    public void Search_with_no_match_says_so()
    {
        Assert.Equal("no matches", Marsad("search", "بطاطس").AssertExit(0).Stdout.Trim());
        Assert.Empty(Marsad("search", "\"NEAR(", "--format", "json").AssertExit(0).Stdout);
    }

    [Fact]
    public void Events_come_back_merged_with_both_sources_in_every_format()
    {
        var json = Marsad("events", "--format", "json").AssertExit(0).Lines;
        var plover = Marsad("events", "--format", "plover").AssertExit(0).Lines;
        var csv = Marsad("events", "--format", "csv").AssertExit(0).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var table = Marsad("events").AssertExit(0).Stdout;

        Assert.NotEmpty(json);
        Assert.All(json, e => Assert.Equal(2, e.GetProperty("sources").GetInt32()));
        Assert.All(json, e => Assert.Equal(2, e.GetProperty("reports").GetArrayLength()));
        Assert.Equal(json.Count, plover.Count);
        Assert.All(plover, e => Assert.Equal(2, e.GetProperty("links").GetArrayLength()));
        Assert.Equal(json.Count + 1, csv.Length);
        Assert.EndsWith(",sources,source_links", csv[0], StringComparison.Ordinal);
        Assert.Contains("sources: 2", table, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_article_s_events_come_back_from_events_as_analyze_codes_them()
    {
        var analyzed = CliRun.Of("analyze", _seed, "--published", "2025-11-06", "--format", "plover").AssertExit(0).Lines;
        var stored = Marsad("events", "--format", "plover").AssertExit(0).Lines;

        Assert.Equal(
            analyzed.Select(e => e.GetProperty("id").GetString()).Order(StringComparer.Ordinal),
            stored.Select(e => e.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        foreach (var e in analyzed)
        {
            var twin = stored.Single(s => s.GetProperty("id").GetString() == e.GetProperty("id").GetString());
            foreach (var field in new[] { "date", "event", "mode", "cameo", "event_text", "text" })
            {
                Assert.Equal(e.GetProperty(field).ToString(), twin.GetProperty(field).ToString());
            }

            Assert.Equal(e.GetProperty("actor").ToString(), twin.GetProperty("actor").ToString());
            Assert.Equal(e.GetProperty("recipient").ToString(), twin.GetProperty("recipient").ToString());
        }
    }

    [Fact]
    public void A_stored_event_s_csv_row_is_the_analysis_row_with_the_sources_columns_after_it()
    {
        // One writer for both: the columns before the link are the same for the same event.
        var analyzed = CliRun.Of("analyze", _seed, "--published", "2025-11-06", "--format", "csv").AssertExit(0).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var stored = Marsad("events", "--format", "csv").AssertExit(0).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith(analyzed[0] + ",", stored[0], StringComparison.Ordinal);
        Assert.Equal(analyzed.Length, stored.Length);
        foreach (var row in analyzed.Skip(1))
        {
            var id = row[..row.IndexOf(',', StringComparison.Ordinal)];
            var twin = stored.Single(s => s.StartsWith(id + ",", StringComparison.Ordinal));
            var common = row[..row.LastIndexOf(',')];
            Assert.StartsWith(common + ",", twin, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_seed_article_s_events_between_Kazakhstan_and_Israel_come_back_from_dyad()
    {
        var table = Marsad("dyad", "KAZ", "ISR").AssertExit(0).Stdout;
        var json = Marsad("dyad", "KAZ", "ISR", "--format", "json").AssertExit(0).Lines;

        Assert.StartsWith("1992", table, StringComparison.Ordinal);
        Assert.Contains("SUPPORT    KAZ → ISR", table, StringComparison.Ordinal);
        Assert.Contains("«وأقامت كازاخستان علاقات دبلوماسية»", table, StringComparison.Ordinal);
        Assert.Equal(["1992", "2025-11-06"], json.Select(e => e.GetProperty("date").GetString()));
        Assert.All(json, e => Assert.Equal("KAZ", e.GetProperty("actor")[0].GetProperty("id").GetString()));
        Assert.All(json, e => Assert.Equal("ISR", e.GetProperty("recipient")[0].GetProperty("id").GetString()));
        Assert.Equal(json.Count, Marsad("dyad", "ISR", "KAZ", "--format", "json").Lines.Count);
        Assert.Equal(["1992"], Marsad("dyad", "KAZ", "ISR", "--to", "1999", "--format", "json").Lines.Select(e => e.GetProperty("date").GetString()));
    }

    [Fact]
    public void Events_filter_by_actor_recipient_and_type()
    {
        var kaz = Marsad("events", "--actor", "KAZ", "--format", "json").AssertExit(0).Lines;
        var toIsrael = Marsad("events", "--recipient", "ISR", "--type", "SUPPORT", "--format", "json").AssertExit(0).Lines;

        Assert.All(kaz, e => Assert.Contains(
            e.GetProperty("actor").EnumerateArray(),
            a => a.GetProperty("id").GetString() == "KAZ" || (a.TryGetProperty("country", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.String && c.GetString() == "KAZ")));
        Assert.All(toIsrael, e => Assert.Equal("SUPPORT", e.GetProperty("event").GetString()));
        Assert.Contains(toIsrael, e => e.GetProperty("actor").EnumerateArray().Any(a => a.GetProperty("id").GetString() == "MAR"));
        Assert.Equal("no events", Marsad("events", "--actor", "NOBODY").Stdout.Trim());
    }

    [Theory]
    [InlineData("events", "--type", "ATTACK")]
    [InlineData("dyad", "KAZ", "ISR", "--type", "attack")]
    [InlineData("search", "الاتفاقيات", "--type", "FOO")]
    public void An_unknown_event_type_is_a_usage_error_listing_the_types(params string[] args)
    {
        var run = Marsad(args).AssertExit(2);

        Assert.Contains("--type takes a PLOVER event type", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("ASSAULT", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("SUPPORT", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void A_country_s_events_include_its_army_and_officials_and_exact_leaves_them_out()
    {
        var israel = _folder.File("israel.txt");
        File.WriteAllText(israel, StoreContractTests.IsraeliActors);
        CliRun.Of("ingest", israel, "--db", _db, "--published", "2025-11-06").AssertExit(0);

        var events = Marsad("events", "--actor", "ISR", "--format", "json").AssertExit(0).Lines;

        Assert.Equal(["ASSAULT", "CONSULT"], events.Select(e => e.GetProperty("event").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("no events", Marsad("events", "--actor", "ISR", "--exact").AssertExit(0).Stdout.Trim());
        Assert.Single(Marsad("dyad", "ISR", "USA", "--format", "json").AssertExit(0).Lines);
        Assert.Equal("no events", Marsad("dyad", "ISR", "USA", "--exact").AssertExit(0).Stdout.Trim());
    }

    [Fact]
    public void Search_finds_words_of_the_query_s_root_after_its_own_and_exact_leaves_them_out()
    {
        var march = _folder.File("march.txt");
        File.WriteAllText(march, "تظاهر آلاف المحتجين أمام مقر الحكومة، وردد المتظاهرون هتافات ضد الغلاء.");
        CliRun.Of("ingest", march, "--db", _db, "--published", "2025-11-06").AssertExit(0);

        var found = Marsad("search", "مظاهرة", "--format", "json").AssertExit(0).Lines;

        Assert.Equal(march, Assert.Single(found).GetProperty("source").GetString());
        Assert.Contains("تظاهر", found[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("no match", Marsad("search", "مظاهرة", "--exact").AssertExit(0).Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Israel")]
    [InlineData("israel")]
    [InlineData("isr")]
    [InlineData("إسرائيل")]
    [InlineData("اسرائيل")]
    public void An_entity_is_found_by_id_english_or_arabic_name_whatever_the_case_or_hamza(string name)
    {
        var profile = Marsad("entity", name, "--format", "json").AssertExit(0).Json;

        Assert.Equal("ISR", profile.GetProperty("id").GetString());
        Assert.True(profile.GetProperty("mentions").GetInt32() > 0);
    }

    [Fact]
    public void A_name_of_several_entities_lists_them_and_asks_for_an_id()
    {
        var run = Marsad("entity", "طرابلس").AssertExit(2);

        Assert.Contains("place/tripoli-libya", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("place/tripoli-lebanon", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void An_unknown_name_suggests_the_entities_whose_names_hold_it()
    {
        var run = Marsad("entity", "كازاخ").AssertExit(3);

        Assert.Contains("no entity is called 'كازاخ'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("KAZ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_lists_whole_name_matches_before_names_that_start_with_the_query()
    {
        var matches = Marsad("entities", "إسرائيل", "--format", "json").AssertExit(0).Lines;

        Assert.Equal("ISR", matches[0].GetProperty("id").GetString());
        Assert.Equal("name", matches[0].GetProperty("match").GetString());
        Assert.True(matches.Count > 1);
        Assert.All(matches.Skip(1), m => Assert.NotEqual("id", m.GetProperty("match").GetString()));
        Assert.Equal("no entities", Marsad("entities", "بطاطس").AssertExit(0).Stdout.Trim());
        Marsad("entities").AssertExit(2);
    }

    [Fact]
    public void A_known_event_type_in_lower_case_still_filters()
    {
        Assert.NotEmpty(Marsad("events", "--type", "support", "--format", "json").AssertExit(0).Lines);
    }

    [Fact]
    public void Entity_shows_mentions_over_time_events_by_type_and_co_mentioned_entities()
    {
        var table = Marsad("entity", "KAZ").AssertExit(0).Stdout;
        var json = Marsad("entity", "KAZ", "--format", "json", "--top", "3").AssertExit(0).Json;

        Assert.StartsWith("KAZ  COUNTRY  Kazakhstan (كازاخستان)", table, StringComparison.Ordinal);
        Assert.Equal(2, json.GetProperty("documents").GetInt32());
        Assert.Equal("2025-11", json.GetProperty("mentions_over_time")[0].GetProperty("period").GetString());
        Assert.Equal("ISR", json.GetProperty("co_mentioned")[0].GetProperty("id").GetString());
        Assert.Equal(3, json.GetProperty("co_mentioned").GetArrayLength());
        Assert.Contains(json.GetProperty("events_by_type").EnumerateArray(), e => e.GetProperty("event").GetString() == "SUPPORT");
        Marsad("entity", "NOBODY").AssertExit(3);
    }

    [Fact]
    public void Export_writes_every_analysis_or_every_event()
    {
        var analyses = Marsad("export", "--format", "json").AssertExit(0).Lines;
        var plover = Marsad("export", "--format", "plover").AssertExit(0).Lines;

        Assert.Equal(2, analyses.Count);
        Assert.All(analyses, a => Assert.Equal("marsad.analysis/1", a.GetProperty("schema").GetString()));
        Assert.Equal(Marsad("events", "--format", "plover").Lines.Count, plover.Count);
        Assert.StartsWith("event_id,date,", Marsad("export", "--format", "csv").Stdout, StringComparison.Ordinal);
        Marsad("export").AssertExit(2);
    }

    [Fact]
    public void Stats_count_what_the_store_holds()
    {
        var json = Marsad("stats", "--format", "json").AssertExit(0).Json;
        var table = Marsad("stats").AssertExit(0).Stdout;

        Assert.Equal(2, json.GetProperty("documents").GetInt32());
        Assert.Equal(1, json.GetProperty("clusters").GetInt32());
        Assert.Equal(2, json.GetProperty("clustered_documents").GetInt32());
        Assert.Equal(json.GetProperty("events").GetInt32(), json.GetProperty("merged_events").GetInt32());
        Assert.Equal(2 * json.GetProperty("events").GetInt32(), json.GetProperty("event_reports").GetInt32());
        Assert.Contains("documents", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("search x")]
    [InlineData("events")]
    [InlineData("dyad KAZ ISR")]
    [InlineData("entity KAZ")]
    [InlineData("export --format json")]
    public void A_missing_store_is_an_input_error_and_is_not_created(string line)
    {
        var missing = _folder.File("none.db");

        var run = CliRun.Of([.. line.Split(' '), "--db", missing]).AssertExit(3);

        Assert.Contains("no store at", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Theory]
    [InlineData("search")]
    [InlineData("search x --limit 0")]
    [InlineData("search x --from 2025-13-01")]
    [InlineData("search x --format csv")]
    [InlineData("events --format xml")]
    [InlineData("events KAZ")]
    [InlineData("dyad KAZ")]
    [InlineData("entity")]
    [InlineData("stats --bogus")]
    public void A_bad_command_line_is_a_usage_error(string line)
    {
        CliRun.Of([.. line.Split(' '), "--db", _db]).AssertExit(2);
    }
}
