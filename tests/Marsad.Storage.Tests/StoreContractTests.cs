using Marsad.Model;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests;

/// <summary>
/// What every store must do, whatever its backend: a subclass says how to open one (SQLite here; the
/// PostgreSQL store will add its own subclass). Every test writes real analyses of real Arabic text.
/// </summary>
public abstract partial class StoreContractTests : IDisposable
{
    private readonly List<IStore> _opened = [];

    protected TempFolder Folder { get; } = new();

    /// <summary>Opens the store under test; a second call with the same name opens the same store.</summary>
    protected abstract IStore Open(string name);

    private IStore Store(string name = "store")
    {
        var store = Open(name);
        _opened.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Adding_the_same_documents_twice_adds_nothing_the_second_time()
    {
        var store = Store();
        var batch = new[] { TestData.Record(TestData.SeedText, "seed.txt"), TestData.Record("استضافت الدوحة قمة عربية طارئة يوم الأربعاء.", "doha.txt") };
        var first = store.Add(batch);
        var before = store.Stats();
        var second = store.Add(batch);

        Assert.Equal(new AddOutcome(2, 0), first);
        Assert.Equal(new AddOutcome(0, 2), second);
        Assert.Equal(before, store.Stats());
        Assert.Equal(2, before.Documents);
        Assert.Equal(2, store.Existing([batch[0].Id, batch[1].Id, "0000"]).Count);
    }

    [Fact]
    public void A_duplicate_inside_one_batch_is_stored_once()
    {
        var store = Store();
        var record = TestData.Record(TestData.SeedText, "seed.txt");
        var outcome = store.Add([record, record with { Analysis = record.Analysis with { Source = "copy.txt" } }]);

        Assert.Equal(new AddOutcome(1, 1), outcome);
        Assert.Equal(1, store.Stats().Documents);
    }

    [Fact]
    public void A_store_reopened_keeps_what_was_written()
    {
        var record = TestData.Record(TestData.SeedText, "seed.txt");
        var first = Store("kept");
        first.Add([record]);
        var stats = first.Stats();
        first.Dispose();
        _opened.Remove(first);

        Assert.Equal(stats, Store("kept").Stats());
    }

    [Theory]
    [InlineData("اتفاق")]
    [InlineData("الاتفاقات")]
    [InlineData("اتفاقيات")]
    [InlineData("والاتفاقيات")]
    [InlineData("اتِّفَاقٌ")]
    [InlineData("ﺍﺗﻔﺎﻕ")]
    public void Search_finds_every_inflection_of_a_word_and_ignores_diacritics(string query)
    {
        var store = Store();
        store.Add([
            TestData.Record("وقال المبعوث الخاص إن دولة جديدة ستنضم إلى الاتفاقات قريبا.", "a.txt"),
            TestData.Record("تم التوسط في اتفاقيات 2020 خلال إدارة ترامب الأولى.", "b.txt"),
            TestData.Record("استضافت الدوحة قمة عربية طارئة يوم الأربعاء.", "c.txt"),
        ]);

        var found = store.Search(new SearchQuery(query)).Select(h => h.Document.Source).Order(StringComparer.Ordinal);

        Assert.Equal(["a.txt", "b.txt"], found);
    }

    [Theory]
    [InlineData("إسرائيل")]
    [InlineData("اسرائيل")]
    [InlineData("أسرائيل")]
    [InlineData("إِسْرَائِيل")]
    public void Search_finds_the_same_articles_with_or_without_hamza_and_diacritics(string query)
    {
        var store = Store();
        store.Add([
            TestData.Record("أقامت كازاخستان علاقات دبلوماسية مع إسرائيل في عام 1992.", "hamza.txt"),
            TestData.Record("اقامت كازاخستان علاقات دبلوماسية مع اسرائيل منذ عقود.", "bare.txt"),
            TestData.Record("استضافت الدوحة قمة عربية طارئة يوم الأربعاء.", "other.txt"),
        ]);

        var found = store.Search(new SearchQuery(query)).Select(h => h.Document.Source).Order(StringComparer.Ordinal);

        Assert.Equal(["bare.txt", "hamza.txt"], found);
    }

    [Fact]
    public void A_snippet_marks_the_article_s_own_words()
    {
        var store = Store();
        store.Add([TestData.Record(TestData.SeedText, "seed.txt")]);

        var hit = Assert.Single(store.Search(new SearchQuery("انضمام اتفاق")));

        Assert.Contains("[انضمامها]", hit.Snippet.Text, StringComparison.Ordinal);
        Assert.Contains("[اتفاقات]", hit.Snippet.Text, StringComparison.Ordinal);
        var text = store.Text(hit.Document.Id)!;
        Assert.All(hit.Snippet.Matches, m => Assert.Contains(text[m.Start..m.End], hit.Snippet.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"اتفاق", true)]
    [InlineData("اتفاق OR", false)]
    [InlineData("NEAR(اتفاق", false)]
    [InlineData("اتفاق*", true)]
    [InlineData("-اتفاق", true)]
    [InlineData("terms:اتفاق", false)]
    [InlineData("AND اتفاق NOT", false)]
    [InlineData("^اتفاق", true)]
    [InlineData("(اتفاق", true)]
    public void A_query_in_index_syntax_is_read_as_words(string query, bool seedHasEveryWord)
    {
        // The index's operators are ordinary words here: only the document that has OR, NEAR, terms, AND and NOT
        // as words finds them; quotes, brackets, stars and signs are not words at all.
        var store = Store();
        var seed = TestData.Record(TestData.SeedText, "seed.txt");
        var words = TestData.Record("نشرت الصحيفة نص الاتفاق مع ترجمة تبقي كلمات OR و NEAR و terms و AND و NOT كما هي.", "words.txt");
        store.Add([seed, words]);

        var found = store.Search(new SearchQuery(query)).Select(hit => hit.Document.Id).Order(StringComparer.Ordinal);

        string[] expected = seedHasEveryWord ? [seed.Id, words.Id] : [words.Id];
        Assert.Equal(expected.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void A_query_of_punctuation_only_finds_nothing()
    {
        var store = Store();
        store.Add([TestData.Record(TestData.SeedText, "seed.txt")]);

        Assert.Empty(store.Search(new SearchQuery("\"*() :؟")));
    }

    [Fact]
    public void Search_ranks_the_article_that_uses_the_words_most_first()
    {
        var store = Store();
        store.Add([
            TestData.Record("تحدث الوزير عن الاقتصاد والسياحة والتعليم وعن الاتفاقات مرة واحدة فقط في خطاب طويل عن شؤون كثيرة أخرى.", "once.txt"),
            TestData.Record("الاتفاقات الجديدة تشبه الاتفاقات القديمة، والاتفاقيات كلها اتفاق واحد.", "often.txt"),
            TestData.Record("استضافت الدوحة قمة عربية طارئة يوم الأربعاء.", "none.txt"),
        ]);

        var hits = store.Search(new SearchQuery("اتفاقيات"));

        Assert.Equal(["often.txt", "once.txt"], hits.Select(h => h.Document.Source));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_filters_by_entity_event_type_and_date()
    {
        var store = Store();
        store.Add([
            TestData.Record(TestData.SeedText, "seed.txt", new DateOnly(2025, 11, 6)),
            TestData.Record("تحدثت صحف تونس عن الاتفاقات التجارية مع الجزائر.", "tunisia.txt", new DateOnly(2024, 3, 1)),
        ]);

        Assert.Equal(2, store.Search(new SearchQuery("اتفاق")).Count);
        Assert.Equal("seed.txt", Assert.Single(store.Search(new SearchQuery("اتفاق") { Entity = "KAZ" })).Document.Source);
        Assert.Equal("tunisia.txt", Assert.Single(store.Search(new SearchQuery("اتفاق") { To = new DateOnly(2024, 12, 31) })).Document.Source);
        Assert.Equal("seed.txt", Assert.Single(store.Search(new SearchQuery("اتفاق") { From = new DateOnly(2025, 1, 1) })).Document.Source);
        Assert.Equal("seed.txt", Assert.Single(store.Search(new SearchQuery("اتفاق") { EventType = "SUPPORT" })).Document.Source);
        Assert.Single(store.Search(new SearchQuery("اتفاق") { Limit = 1 }));
    }

    [Fact]
    public void Near_duplicates_share_a_cluster_and_other_articles_do_not()
    {
        var store = Store();
        var seed = TestData.SeedText;
        var paragraphs = seed.Split("\n\n");
        var edited = string.Join("\n\n", paragraphs.Take(paragraphs.Length - 1)).Replace("أبراهام", "إبراهيم", StringComparison.Ordinal) + "\n\nوأضاف المبعوث أن دولا أخرى قد تنضم قريبا.";
        var other = string.Join(' ', TestData.Sentences.Skip(40).Take(10));
        store.Add([TestData.Record(seed, "original.txt"), TestData.Record(other, "other.txt")]);
        store.Add([TestData.Record(edited, "republished.txt")]);

        var original = store.Document(TestData.Record(seed, "original.txt").Id)!;
        var republished = store.Document(TestData.Record(edited, "republished.txt").Id)!;
        var unrelated = store.Document(TestData.Record(other, "other.txt").Id)!;

        Assert.Equal(original.Cluster, republished.Cluster);
        Assert.NotEqual(original.Cluster, unrelated.Cluster);
        Assert.Equal(original.Id, republished.SimilarTo);
        Assert.Equal((2L, 2L, 1L), (original.ClusterSize, republished.ClusterSize, unrelated.ClusterSize));
        Assert.True(republished.Similarity >= Clustering.MinHash.Threshold);
        Assert.Equal(["original.txt", "republished.txt"], store.Cluster(original.Cluster).Select(d => d.Source));
        var stats = store.Stats();
        Assert.Equal((3L, 2L, 2L), (stats.Documents, stats.Clusters, stats.ClusteredDocuments));
    }

    [Fact]
    public void An_event_reported_by_two_articles_is_one_event_with_both_sources()
    {
        var store = Store();
        var seed = TestData.SeedText;
        var republished = seed.Replace("شاركها.", "", StringComparison.Ordinal) + "\n\nتابعونا للمزيد من الأخبار.";
        store.Add([TestData.Record(seed, "mee.txt")]);
        var before = store.Stats();
        store.Add([TestData.Record(republished, "other-site.txt")]);

        var events = store.Events(new EventQuery { Dyad = ("KAZ", "ISR") });
        var stats = store.Stats();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(2, e.SourceCount));
        Assert.All(events, e => Assert.Equal(["mee.txt", "other-site.txt"], e.Sources.Select(s => s.Source)));
        Assert.Equal(before.Events, stats.Events);
        Assert.Equal(before.EventReports * 2, stats.EventReports);
        Assert.Equal(stats.Events, stats.MergedEvents);
    }

    [Fact]
    public void The_seed_article_s_events_come_back_in_date_order_with_their_sources()
    {
        var store = Store();
        var record = TestData.Record(TestData.SeedText, "samples/kazakhstan-abraham-accords.ar.txt");
        store.Add([record]);

        var all = store.Events(new EventQuery());
        var dyad = store.Events(new EventQuery { Dyad = ("ISR", "KAZ") });

        Assert.Equal(record.Analysis.Events.Length, all.Count);
        Assert.Equal(record.Analysis.Events.Select(e => e.Id).Order(StringComparer.Ordinal), all.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Contains(dyad, e => e.Date == "1992" && e.Event == PloverType.Support && e.Actor.Any(a => a.Id == "KAZ" && a.Name == "Kazakhstan"));
        Assert.Contains(dyad, e => e.Date == "2025-11-06");
        Assert.Equal(dyad.OrderBy(e => e.Date, StringComparer.Ordinal).Select(e => e.Id), dyad.Select(e => e.Id));
        Assert.All(dyad, e => Assert.Equal("samples/kazakhstan-abraham-accords.ar.txt", Assert.Single(e.Sources).Source));
        Assert.All(dyad, e => Assert.Contains(e.Sources[0].Trigger, e.Sources[0].Sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_of_any_precision_is_filtered_and_sorted_by_the_calendar_days_it_falls_in()
    {
        var store = Store();
        var document = new Marsad.Model.SourceDocument { Source = "dated.txt", Text = TestData.SeedText, Published = new DateOnly(2025, 11, 6) };
        var analysis = TestData.Pipeline.Analyze(document);
        string[] dates = ["2025-10-17TEV", "2025-11", "2025-10-16", "2025-W43", "2025-Q4", "2025-10-17T14:30"];
        var events = analysis.Events.Select((e, i) => e with { Date = dates[i % dates.Length] }).ToList();
        Assert.True(events.Count >= dates.Length, "the seed article has an event for every date tried");
        var record = DocumentRecord.Create(analysis with { Events = [.. events] }, document, DateTimeOffset.UnixEpoch);
        store.Add([record]);

        var onTheDay = store.Events(new EventQuery { From = new DateOnly(2025, 10, 17), To = new DateOnly(2025, 10, 17) }).Select(e => e.Date).ToList();
        var all = store.Events(new EventQuery()).Select(e => e.Date).Distinct().ToList();

        Assert.Contains("2025-10-17TEV", onTheDay);
        Assert.Contains("2025-10-17T14:30", onTheDay);
        Assert.DoesNotContain("2025-10-16", onTheDay);
        Assert.DoesNotContain("2025-W43", onTheDay);
        Assert.Contains("2025-W43", store.Events(new EventQuery { From = new DateOnly(2025, 10, 25), To = new DateOnly(2025, 10, 25) }).Select(e => e.Date));
        Assert.True(all.IndexOf("2025-10-17TEV") < all.IndexOf("2025-W43"), string.Join(", ", all));
        Assert.True(all.IndexOf("2025-10-16") < all.IndexOf("2025-10-17TEV"), string.Join(", ", all));
    }

    /// <summary>Our own two sentences: Israel's prime minister meets the US president; Israel's army strikes.</summary>
    internal const string IsraeliActors = "التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الأمريكي دونالد ترامب في واشنطن يوم الاثنين.\n\n"
        + "وقصف الجيش الإسرائيلي مواقع في جنوب لبنان يوم الثلاثاء.";

    [Fact]
    public void A_country_s_id_finds_the_events_of_its_people_and_institutions_unless_exact()
    {
        var store = Store();
        store.Add([TestData.Record(IsraeliActors, "israel.txt")]);

        var rolledUp = store.Events(new EventQuery { Actor = "ISR" });
        var dyad = store.Events(new EventQuery { Dyad = ("USA", "ISR") });

        Assert.Equal(["ASSAULT", "CONSULT"], rolledUp.Select(static e => PloverTypes.Name(e.Event)).Order(StringComparer.Ordinal));
        Assert.All(rolledUp, static e => Assert.Contains(e.Actor, static a => a.Country == "ISR" && a.Id != "ISR"));
        Assert.Equal(PloverType.Consult, Assert.Single(dyad).Event);
        Assert.Empty(store.Events(new EventQuery { Actor = "ISR", Exact = true }));
        Assert.Empty(store.Events(new EventQuery { Dyad = ("USA", "ISR"), Exact = true }));
        Assert.Single(store.Events(new EventQuery { Actor = "person/benjamin-netanyahu", Exact = true }));
    }

    [Fact]
    public void Events_filter_by_actor_recipient_type_and_date()
    {
        var store = Store();
        var record = TestData.Record(TestData.SeedText, "seed.txt");
        store.Add([record]);
        var all = store.Events(new EventQuery());

        Assert.All(store.Events(new EventQuery { Actor = "KAZ" }), e => Assert.Contains(e.Actor, a => a.Id == "KAZ" || a.Country == "KAZ"));
        Assert.All(store.Events(new EventQuery { Actor = "KAZ", Exact = true }), e => Assert.Contains(e.Actor, a => a.Id == "KAZ"));
        Assert.All(store.Events(new EventQuery { Recipient = "ISR" }), e => Assert.Contains(e.Recipient, a => a.Id == "ISR" || a.Country == "ISR"));
        Assert.Equal(all.Count(e => e.Event == PloverType.Support), store.Events(new EventQuery { EventType = "SUPPORT" }).Count);
        var old = store.Events(new EventQuery { To = new DateOnly(1999, 12, 31) });
        Assert.Contains(old, e => e.Date == "1992");
        Assert.DoesNotContain(old, e => e.Date == "2025-11-06");
        Assert.DoesNotContain(store.Events(new EventQuery { From = new DateOnly(2025, 1, 1) }), e => e.Date == "1992");
        Assert.Empty(store.Events(new EventQuery { Actor = "NOBODY" }));
    }

    [Fact]
    public void An_entity_profile_counts_mentions_events_and_company()
    {
        var store = Store();
        store.Add([
            TestData.Record(TestData.SeedText, "seed.txt", new DateOnly(2025, 11, 6)),
            TestData.Record("أقامت كازاخستان علاقات دبلوماسية مع إسرائيل وأعلنت كازاخستان دعمها.", "short.txt", new DateOnly(2025, 10, 1)),
        ]);

        var profile = store.Entity("KAZ", 5)!;

        Assert.Equal("COUNTRY", profile.Type);
        Assert.Equal(2, profile.Documents);
        Assert.Equal(["2025-10", "2025-11"], profile.MentionsOverTime.Select(m => m.Period));
        Assert.Equal(profile.Mentions, profile.MentionsOverTime.Sum(m => m.Mentions));
        Assert.Equal("ISR", profile.CoMentioned[0].Entity.Id);
        Assert.Equal(2, profile.CoMentioned[0].Documents);
        Assert.Contains(profile.EventsByType, e => e.Event == "SUPPORT" && e.AsActor > 0);
        Assert.Null(store.Entity("NOBODY", 5));
    }

    [Fact]
    public void Stats_count_documents_entities_mentions_and_events()
    {
        var store = Store();
        var record = TestData.Record(TestData.SeedText, "seed.txt");
        store.Add([record]);

        var stats = store.Stats();

        Assert.Equal(1, stats.Documents);
        Assert.Equal(1, stats.Clusters);
        Assert.Equal(record.Analysis.Entities.Length, stats.Entities);
        Assert.Equal(record.Analysis.Entities.Sum(e => e.Mentions.Length), stats.Mentions);
        Assert.Equal(record.Analysis.Events.Length, stats.EventReports);
        Assert.Equal("2025-11-06", stats.FirstPublished);
    }

    [Fact]
    public void A_stored_document_gives_back_its_text_and_analysis_and_an_unknown_id_gives_nothing()
    {
        var store = Store();
        var record = TestData.Record(TestData.SeedText, "seed.txt");
        store.Add([record]);

        Assert.Equal(record.AnalysisJson, store.AnalysisJson(record.Id));
        Assert.Equal(record.Analysis.Text, store.Text(record.Id));
        Assert.Equal("seed.txt", store.Document(record.Id)!.Source);
        Assert.Null(store.AnalysisJson("0000"));
        Assert.Null(store.Text("0000"));
        Assert.Null(store.Document("0000"));
    }

    [Fact]
    public void Every_stored_analysis_is_exported_as_the_output_contract()
    {
        var store = Store();
        var record = TestData.Record(TestData.SeedText, "seed.txt");
        store.Add([record]);

        var line = Assert.Single(store.AnalysisLines());

        Assert.Equal(record.AnalysisJson, line);
        using var json = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal("marsad.analysis/1", json.RootElement.GetProperty("schema").GetString());
    }
}

/// <summary>The contract, against a real SQLite file.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override IStore Open(string name) => Sqlite.SqliteStore.Open(Folder.File(name + ".db"));
}

/// <summary>The same contract, against a real PostgreSQL server started by scripts/pg-throwaway.sh.</summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private readonly string _prefix = "contract_" + Guid.NewGuid().ToString("N")[..12];

    protected override IStore Open(string name) => Postgres.PostgresStore.Open(PostgresServer.Database(_prefix + "_" + name));
}
