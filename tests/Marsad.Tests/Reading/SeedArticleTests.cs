using System.Text;
using System.Text.Json;
using Marsad.Model;

namespace Marsad.Tests.Reading;

/// <summary>The seed article and its gold: what must go, what must stay, and the same text from every encoding and format.</summary>
public sealed class SeedArticleTests
{
    private static readonly SourceDocument PlainText = ReadingFixtures.ReadOne(ReadingFixtures.SeedTextPath, File.ReadAllBytes(ReadingFixtures.SeedTextPath));

    public static TheoryData<string> MustDrop { get; } = GoldStrings("must_drop");

    public static TheoryData<string> MustKeep { get; } = GoldStrings("must_keep");

    [Theory]
    [MemberData(nameof(MustDrop))]
    public void Gold_must_drop_is_absent_from_text_and_reported(string phrase)
    {
        Assert.DoesNotContain(phrase, PlainText.Text, StringComparison.Ordinal);
        Assert.Contains(PlainText.Removed, piece => piece.Text.Contains(phrase, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MustKeep))]
    public void Gold_must_keep_is_present(string phrase) =>
        Assert.Contains(phrase, PlainText.Text, StringComparison.Ordinal);

    [Fact]
    public void Seed_article_loses_exactly_the_promo_and_the_share_prompt()
    {
        Assert.Equal<RemovedPiece>(
            [
                new RemovedPiece("نشرة ميدل إيست آي الإخبارية الجديدة: جيروزاليم ديسباتش", "newsletter"),
                new RemovedPiece("قم بالتسجيل للحصول على أحدث الأفكار والتحليلات حول إسرائيل وفلسطين، إلى جانب نشرات تركيا غير المعبأة وغيرها من نشرات موقع ميدل إيست آي الإخبارية", "newsletter"),
                new RemovedPiece("شاركها.", "share-prompt"),
            ],
            PlainText.Removed);
        Assert.DoesNotContain("تركيا", PlainText.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ميدل إيست آي", PlainText.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_text_has_the_agreed_shape()
    {
        var text = PlainText.Text;

        Assert.Equal(12, text.Split("\n\n").Length);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Assert.Equal(text.Trim(), text);
        Assert.All(text.Split('\n'), static line => Assert.Equal(line.Trim(), line));
    }

    [Fact]
    public void Windows_1256_UTF_16_and_the_HTML_page_give_the_same_text_as_the_UTF_8_file()
    {
        var windows = ReadingFixtures.ReadOne("seed-1256.txt", ReadingFixtures.Encode(ReadingFixtures.SeedText, "windows-1256"));
        var utf16 = ReadingFixtures.ReadOne("seed-utf16.txt", ReadingFixtures.Encode(ReadingFixtures.SeedText, "utf-16"));
        var html = ReadingFixtures.ReadOne(ReadingFixtures.SeedHtmlPath, File.ReadAllBytes(ReadingFixtures.SeedHtmlPath));

        Assert.Equal(("windows-1256", "text"), (windows.Encoding, windows.Format));
        Assert.Equal(("utf-16le", "text"), (utf16.Encoding, utf16.Format));
        Assert.Equal(("utf-8", "html"), (html.Encoding, html.Format));
        Assert.Equal(PlainText.Text, windows.Text);
        Assert.Equal(PlainText.Text, utf16.Text);
        Assert.Equal(PlainText.Text, html.Text);
    }

    [Fact]
    public void HTML_page_reports_each_removed_element_with_its_reason()
    {
        var html = ReadingFixtures.ReadOne(ReadingFixtures.SeedHtmlPath, File.ReadAllBytes(ReadingFixtures.SeedHtmlPath));

        Assert.Equal(new DateOnly(2025, 11, 6), html.Published);
        Assert.Equal("كازاخستان تعلن انضمامها إلى اتفاقات أبراهام", html.Title);
        Assert.Equal("https://www.middleeasteye.net/ar/news/kazakhstan-abraham-accords", html.Url);
        Assert.Equal<RemovedPiece>(
            [
                new RemovedPiece("الرئيسية أخبار سياسة اقتصاد رأي", "navigation"),
                new RemovedPiece("كازاخستان تعلن انضمامها إلى اتفاقات أبراهام فريق التحرير · 6 نوفمبر 2025", "header"),
                new RemovedPiece("نشرة ميدل إيست آي الإخبارية الجديدة: جيروزاليم ديسباتش قم بالتسجيل للحصول على أحدث الأفكار والتحليلات حول إسرائيل وفلسطين، إلى جانب نشرات تركيا غير المعبأة وغيرها من نشرات موقع ميدل إيست آي الإخبارية اشترك", "newsletter"),
                new RemovedPiece("شاركها. فيسبوك إكس واتساب", "share-prompt"),
                new RemovedPiece("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق على ذلك. موافق", "cookie-notice"),
                new RemovedPiece("© 2025 ميدل إيست آي. جميع الحقوق محفوظة. من نحن | اتصل بنا", "footer"),
            ],
            html.Removed);
    }

    private static TheoryData<string> GoldStrings(string list)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(ReadingFixtures.SeedGoldPath, Encoding.UTF8));
        var data = new TheoryData<string>();
        foreach (var phrase in gold.RootElement.GetProperty("clean_text").GetProperty(list).EnumerateArray())
        {
            data.Add(phrase.GetString()!);
        }

        return data;
    }
}
