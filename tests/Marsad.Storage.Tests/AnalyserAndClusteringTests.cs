using Marsad.Storage.Clustering;
using Marsad.Storage.Search;
using Marsad.Storage.Sqlite;
using Marsad.Storage.Tests.Support;

namespace Marsad.Storage.Tests;

/// <summary>The backend-neutral parts: the search analyser, snippets, MinHash and event keys, one rule a test.</summary>
public sealed class AnalyserAndClusteringTests
{
    [Theory]
    [InlineData("الاتفاقات", "اتفاق")]
    [InlineData("اتفاقيات", "اتفاق")]
    [InlineData("والاتفاقيات", "اتفاق")]
    [InlineData("إسرائيل", "اسرائيل")]
    [InlineData("إِسْرَائِيل", "اسرائيل")]
    [InlineData("الأمم", "امم")]
    [InlineData("٢٠٢٠", "2020")]
    [InlineData("NATO", "nato")]
    public void A_word_becomes_its_normalised_light_stem(string word, string term)
    {
        Assert.Equal([term], SearchAnalyzer.QueryTerms(word));
    }

    [Fact]
    public void Punctuation_is_not_a_term_and_a_term_keeps_its_original_span()
    {
        const string Text = "قال: «الاتفاقات» مهمة!";
        var terms = SearchAnalyzer.Terms(Text);

        Assert.Equal(["قال", "اتفاق", "مهم"], terms.Select(t => t.Term));
        Assert.Equal("الاتفاقات", terms[1].Span.Slice(Text));
    }

    [Fact]
    public void A_query_term_is_quoted_so_the_index_never_reads_syntax()
    {
        Assert.Equal("\"a\"\"b\" \"NEAR\"", SqliteStore.MatchExpression(["a\"b", "NEAR"]));
    }

    [Fact]
    public void A_snippet_marks_every_form_of_the_query_word_and_cuts_long_texts()
    {
        var text = string.Join(' ', Enumerable.Repeat("كلام عادي لا صلة له بالموضوع.", 20)) + " ثم وقعت الدولتان الاتفاقيات الجديدة. " + string.Join(' ', Enumerable.Repeat("كلام آخر.", 20));

        var snippet = Snippets.Build(text, SearchAnalyzer.QueryTerms("اتفاق"));

        Assert.Contains("[الاتفاقيات]", snippet.Text, StringComparison.Ordinal);
        Assert.StartsWith("… ", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet.Text, StringComparison.Ordinal);
        Assert.Equal("الاتفاقيات", snippet.Matches.Single().Slice(text));
    }

    [Fact]
    public void A_signature_is_deterministic_and_identical_texts_are_fully_similar()
    {
        var terms = SearchAnalyzer.Terms(TestData.SeedText).Select(t => t.Term).ToList();

        var a = MinHash.Signature(terms);
        var b = MinHash.Signature(terms);

        Assert.Equal(MinHash.HashCount, a.Length);
        Assert.Equal(a, b);
        Assert.Equal(1.0, MinHash.Similarity(a, b));
        Assert.Equal(a, MinHash.FromBytes(MinHash.ToBytes(a)));
        Assert.Equal(MinHash.Bands, MinHash.BandKeys(a).Length);
    }

    [Fact]
    public void Spelling_variants_do_not_lower_the_similarity()
    {
        var plain = SearchAnalyzer.Terms("أقامت كازاخستان علاقات دبلوماسية مع إسرائيل في عام 1992").Select(t => t.Term).ToList();
        var variant = SearchAnalyzer.Terms("اقامت كازاخستان علاقاتٍ دبلوماسيّة مع اسرائيل في عام ١٩٩٢").Select(t => t.Term).ToList();

        Assert.Equal(1.0, MinHash.Similarity(MinHash.Signature(plain), MinHash.Signature(variant)));
    }

    [Fact]
    public void The_estimate_follows_the_true_jaccard_similarity_of_shingles()
    {
        var sentences = TestData.Sentences;
        var a = string.Join(' ', sentences.Take(20));
        var b = string.Join(' ', sentences.Skip(10).Take(20));
        var termsA = SearchAnalyzer.Terms(a).Select(t => t.Term).ToList();
        var termsB = SearchAnalyzer.Terms(b).Select(t => t.Term).ToList();

        var estimate = MinHash.Similarity(MinHash.Signature(termsA), MinHash.Signature(termsB));
        var truth = Jaccard(Shingles(termsA), Shingles(termsB));

        Assert.InRange(truth, 0.2, 0.5);
        Assert.InRange(estimate, truth - 0.15, truth + 0.15);
    }

    [Fact]
    public void Unrelated_texts_are_far_below_the_threshold_and_an_empty_text_has_no_signature()
    {
        var sentences = TestData.Sentences;
        var a = SearchAnalyzer.Terms(string.Join(' ', sentences.Take(10))).Select(t => t.Term).ToList();
        var b = SearchAnalyzer.Terms(string.Join(' ', sentences.Skip(50).Take(10))).Select(t => t.Term).ToList();

        Assert.True(MinHash.Similarity(MinHash.Signature(a), MinHash.Signature(b)) < 0.1);
        Assert.Empty(MinHash.Signature([]));
        Assert.Equal(0, MinHash.Similarity([], MinHash.Signature(a)));
    }

    [Theory]
    [InlineData("2025-11-06", "2025-11-06", "2025-11-06")]
    [InlineData("2025-11", "2025-11-01", "2025-11-30")]
    [InlineData("1992", "1992-01-01", "1992-12-31")]
    [InlineData("199", "1990-01-01", "1999-12-31")]
    [InlineData("18", "1800-01-01", "1899-12-31")]
    [InlineData("2025-10-17TEV", "2025-10-17", "2025-10-17")]
    [InlineData("2025-10-17T14:30", "2025-10-17", "2025-10-17")]
    [InlineData("2025-W42", "2025-10-13", "2025-10-19")]
    [InlineData("2026-W01", "2025-12-29", "2026-01-04")]
    [InlineData("2025-Q4", "2025-10-01", "2025-12-31")]
    [InlineData("2025-H1", "2025-01-01", "2025-06-30")]
    [InlineData("2025-SU", "2025-06-01", "2025-08-31")]
    [InlineData("2025-WI", "2025-12-01", "2026-02-28")]
    public void An_event_date_covers_its_days(string date, string start, string end)
    {
        Assert.Equal((start, end), EventKeys.DateRange(date));
    }

    [Theory]
    [InlineData("XXXX-XX-XX")]
    [InlineData("P3Y")]
    [InlineData("2025-W54")]
    [InlineData("2025-Q5")]
    [InlineData("2025-H3")]
    [InlineData("2025-10-17X")]
    [InlineData(null)]
    public void A_date_that_is_not_a_calendar_date_covers_nothing(string? date)
    {
        Assert.Null(EventKeys.DateRange(date));
    }

    private static HashSet<string> Shingles(List<string> terms) =>
        [.. Enumerable.Range(0, terms.Count - MinHash.ShingleSize + 1).Select(i => string.Join(' ', terms.Skip(i).Take(MinHash.ShingleSize)))];

    private static double Jaccard(HashSet<string> a, HashSet<string> b) => (double)a.Intersect(b).Count() / a.Union(b).Count();
}
