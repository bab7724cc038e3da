using System.Text;
using Marsad.Reading;

namespace Marsad.Tests.Reading;

/// <summary>Reading JSON lines from a stream, line by line, gives what reading the whole input gives.</summary>
public class JsonLinesStreamingTests
{
    [Fact]
    public void Streaming_the_fixture_gives_the_same_results_as_reading_it_whole()
    {
        var bytes = File.ReadAllBytes(ReadingFixtures.JsonLinesPath);
        var options = new ReaderOptions { Published = new DateOnly(2025, 11, 6) };

        var whole = ArticleReader.Default.Read("articles.jsonl", bytes, options).ToList();
        using var stream = new MemoryStream(bytes);
        var streamed = ArticleReader.Default.ReadJsonLines("articles.jsonl", stream, options).ToList();

        Assert.Equal(whole.Select(r => r.Source), streamed.Select(r => r.Source));
        Assert.Equal(whole.Select(r => r.Error), streamed.Select(r => r.Error));
        Assert.Equal(whole.Select(r => r.Document), streamed.Select(r => r.Document), new DocumentEquality());
        Assert.Contains(streamed, r => r.Document is not null);
    }

    [Fact]
    public void Blank_lines_count_in_the_line_numbers_and_a_broken_line_fails_alone()
    {
        var text = "{\"id\": \"a\", \"text\": \"استضافت الدوحة قمة عربية.\"}\n\n{not json\r\n{\"id\": \"b\", \"text\": \"زار الرئيس القاهرة.\"}\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var results = ArticleReader.Default.ReadJsonLines("x.jsonl", stream, new ReaderOptions()).ToList();

        Assert.Equal(["x.jsonl#1", "x.jsonl#3", "x.jsonl#4"], results.Select(r => r.Source));
        Assert.NotNull(results[1].Error);
        Assert.Equal("زار الرئيس القاهرة.", results[2].Document!.Text);
        Assert.Equal("b", results[2].Document!.InputId);
    }

    [Fact]
    public void A_UTF16_stream_with_a_byte_order_mark_is_read_too()
    {
        var text = "{\"id\": \"a\", \"text\": \"استضافت الدوحة قمة عربية.\"}\n";
        using var stream = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        var result = Assert.Single(ArticleReader.Default.ReadJsonLines("x.jsonl", stream, new ReaderOptions()));

        Assert.Equal("استضافت الدوحة قمة عربية.", result.Document!.Text);
    }

    [Fact]
    public void A_byte_that_is_not_UTF8_in_a_stream_reads_as_a_replacement_character()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"زار الرئيس "), 0xFF, .. Encoding.UTF8.GetBytes("القاهرة.\"}\n")];
        using var stream = new MemoryStream(bytes);

        var streamed = Assert.Single(ArticleReader.Default.ReadJsonLines("x.jsonl", stream, new ReaderOptions()));

        Assert.Equal("زار الرئيس \uFFFDالقاهرة.", streamed.Document!.Text);
        Assert.Equal("utf-8", streamed.Document.Encoding);
    }

    [Fact]
    public void A_line_longer_than_a_read_and_one_framed_by_no_break_spaces_are_read_whole()
    {
        var sentence = string.Concat(Enumerable.Repeat("استضافت الدوحة قمة عربية. ", 4000)).TrimEnd();
        var text = $"{{\"id\": \"long\", \"text\": \"{sentence}\"}}\n\u00A0{{\"id\": \"b\", \"text\": \"زار الرئيس القاهرة.\"}}\u00A0\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var results = ArticleReader.Default.ReadJsonLines("x.jsonl", stream, new ReaderOptions()).ToList();

        Assert.True(Encoding.UTF8.GetByteCount(sentence) > 1 << 16);
        Assert.Equal(["long", "b"], results.Select(r => r.Document!.InputId));
        Assert.Equal(sentence, results[0].Document!.Text);
        Assert.Equal("زار الرئيس القاهرة.", results[1].Document!.Text);
    }

    private sealed class DocumentEquality : IEqualityComparer<Marsad.Model.SourceDocument?>
    {
        public bool Equals(Marsad.Model.SourceDocument? x, Marsad.Model.SourceDocument? y) =>
            (x is null && y is null)
            || (x is not null && y is not null && x.Text == y.Text && x.Title == y.Title && x.Published == y.Published
                && x.Url == y.Url && x.InputId == y.InputId && x.Source == y.Source && x.Removed.SequenceEqual(y.Removed));

        public int GetHashCode(Marsad.Model.SourceDocument? obj) => obj?.Text.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
