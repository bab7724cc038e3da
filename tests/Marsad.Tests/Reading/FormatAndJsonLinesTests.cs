using System.Text;
using Marsad.Model;

namespace Marsad.Tests.Reading;

public sealed class FormatAndJsonLinesTests
{
    [Fact]
    public void JSON_lines_give_one_result_per_line_and_a_bad_line_fails_alone()
    {
        var results = ReadingFixtures.Read(ReadingFixtures.JsonLinesPath, File.ReadAllBytes(ReadingFixtures.JsonLinesPath), new DateOnly(2024, 1, 1));
        var path = ReadingFixtures.JsonLinesPath;

        Assert.Equal([$"{path}#1", $"{path}#3", $"{path}#4", $"{path}#5", $"{path}#6"], results.Select(static r => r.Source));
        Assert.StartsWith("not JSON", results[2].Error, StringComparison.Ordinal);
        Assert.Equal("no text, content or html field (a string)", results[3].Error);
        Assert.All(results.Where(static r => r.Document is not null), static r => Assert.Equal("jsonl", r.Document!.Format));
    }

    [Fact]
    public void JSON_line_with_text_keeps_its_fields_and_loses_its_boilerplate()
    {
        var first = ReadingFixtures.Read(ReadingFixtures.JsonLinesPath, File.ReadAllBytes(ReadingFixtures.JsonLinesPath))[0].Document!;

        Assert.Equal("mee-1", first.InputId);
        Assert.Equal("https://www.middleeasteye.net/ar/news/kazakhstan", first.Url);
        Assert.Equal("كازاخستان تنضم إلى اتفاقات أبراهام", first.Title);
        Assert.Equal(new DateOnly(2025, 11, 6), first.Published);
        Assert.Equal("ستعلن كازاخستان يوم الخميس انضمامها إلى اتفاقات أبراهام.\n\nوتعتبر العلاقات بين البلدين مستقرة.", first.Text);
        Assert.Equal(new RemovedPiece("اقرأ أيضاً: المغرب والبحرين والإمارات بعد خمس سنوات من التطبيع", "read-also"), Assert.Single(first.Removed));
    }

    [Fact]
    public void JSON_line_with_html_goes_through_the_HTML_reader()
    {
        var second = ReadingFixtures.Read(ReadingFixtures.JsonLinesPath, File.ReadAllBytes(ReadingFixtures.JsonLinesPath))[1].Document!;

        Assert.Equal("42", second.InputId);
        Assert.Equal(new DateOnly(2025, 11, 5), second.Published);
        Assert.Equal("قمة في الدوحة\n\nاستضافت الدوحة قمة عربية طارئة يوم الأربعاء.", second.Text);
        Assert.Equal<RemovedPiece>(
            [new RemovedPiece("الرئيسية | سياسة", "navigation"), new RemovedPiece("شارك المقال", "share-prompt")],
            second.Removed);
    }

    [Fact]
    public void JSON_line_without_a_date_takes_the_option()
    {
        var last = ReadingFixtures.Read(ReadingFixtures.JsonLinesPath, File.ReadAllBytes(ReadingFixtures.JsonLinesPath), new DateOnly(2024, 1, 1))[^1].Document!;

        Assert.Equal(new DateOnly(2024, 1, 1), last.Published);
        Assert.Equal("وقال المبعوث الأمريكي الخاص ستيف ويتكوف إن دولة جديدة ستنضم إلى الاتفاقات.", last.Text);
    }

    [Fact]
    public void JSON_lines_are_recognised_by_content_without_the_extension()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"content\": \"وتعتبر العلاقات بين البلدين مستقرة.\"}\n");

        var result = Assert.Single(ReadingFixtures.Read("stdin-dump", bytes));

        Assert.Equal("stdin-dump#1", result.Source);
        Assert.Equal("jsonl", result.Document!.Format);
    }

    [Theory]
    [InlineData("<!-- saved page -->\n<!DOCTYPE html><html><body><p>رئيس كازاخستان</p></body></html>", "page.txt", "html")]
    [InlineData("  <html lang=\"ar\"><body><p>رئيس كازاخستان</p></body></html>", "-", "html")]
    [InlineData("<body><p>رئيس كازاخستان</p></body>", "noext", "html")]
    [InlineData("<p>رئيس كازاخستان</p>", "page.htm", "html")]
    [InlineData("رئيس كازاخستان", "page.html", "text")]
    [InlineData("{ ليس JSON } رئيس كازاخستان", "notes.txt", "text")]
    [InlineData("{\"title\": \"بلا نص\"}", "notes.txt", "text")]
    public void Format_is_decided_by_content_then_extension(string content, string source, string format)
    {
        var document = ReadingFixtures.ReadOne(source, Encoding.UTF8.GetBytes(content));

        Assert.Equal(format, document.Format);
    }
}
