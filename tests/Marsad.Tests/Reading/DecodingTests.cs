using System.Text;
using Marsad.Reading;

namespace Marsad.Tests.Reading;

public sealed class DecodingTests
{
    private static readonly string Expected = ReadingFixtures.ReadText(ReadingFixtures.SeedText).Text;

    [Theory]
    [InlineData("windows-1256", "windows-1256")]
    [InlineData("iso-8859-6", "iso-8859-6")]
    [InlineData("utf-16LE", "utf-16le")]
    [InlineData("utf-16BE", "utf-16be")]
    public void Seed_article_without_BOM_is_decoded_by_content(string encodingName, string expectedName)
    {
        var text = encodingName == "iso-8859-6" ? WithoutCharactersIsoLacks(ReadingFixtures.SeedText) : ReadingFixtures.SeedText;
        var expected = ReadingFixtures.ReadText(text).Text;

        var document = ReadingFixtures.ReadOne("article.txt", ReadingFixtures.Encode(text, encodingName));

        Assert.Equal(expectedName, document.Encoding);
        Assert.Equal(expected, document.Text);
    }

    [Theory]
    [InlineData("utf-8", "utf-8")]
    [InlineData("utf-16LE", "utf-16le")]
    [InlineData("utf-16BE", "utf-16be")]
    [InlineData("utf-32LE", "utf-32le")]
    [InlineData("utf-32BE", "utf-32be")]
    public void Seed_article_with_BOM_is_decoded_by_the_BOM(string encodingName, string expectedName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(ReadingFixtures.SeedText)).ToArray();

        var document = ReadingFixtures.ReadOne("article.txt", bytes);

        Assert.Equal(expectedName, document.Encoding);
        Assert.Equal(Expected, document.Text);
        Assert.DoesNotContain('\uFEFF', document.Text);
    }

    [Fact]
    public void Plain_UTF8_without_BOM_is_read_as_UTF8()
    {
        var document = ReadingFixtures.ReadOne(ReadingFixtures.SeedTextPath, File.ReadAllBytes(ReadingFixtures.SeedTextPath));

        Assert.Equal("utf-8", document.Encoding);
        Assert.Equal("text", document.Format);
        Assert.StartsWith("ستعلن كازاخستان يوم الخميس", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_ISO_8859_6_text_is_not_taken_for_Windows_1256()
    {
        var bytes = ReadingFixtures.Encode("قال الرئيس إن المفاوضات مستمرة", "iso-8859-6");

        var document = ReadingFixtures.ReadOne("news.txt", bytes);

        Assert.Equal("iso-8859-6", document.Encoding);
        Assert.Equal("قال الرئيس إن المفاوضات مستمرة", document.Text);
    }

    [Fact]
    public void Declared_HTML_charset_is_honoured_when_there_is_no_BOM()
    {
        const string Page = "<!doctype html><html lang=\"ar\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head>"
            + "<body><article><p>وقال المبعوث الأمريكي الخاص ستيف ويتكوف إن دولة جديدة ستنضم إلى الاتفاقات.</p></article></body></html>";

        var document = ReadingFixtures.ReadOne("page", ReadingFixtures.Encode(Page, "windows-1256"));

        Assert.Equal("windows-1256", document.Encoding);
        Assert.Equal("html", document.Format);
        Assert.Equal("وقال المبعوث الأمريكي الخاص ستيف ويتكوف إن دولة جديدة ستنضم إلى الاتفاقات.", document.Text);
    }

    [Fact]
    public void Meta_charset_ISO_8859_6_is_honoured()
    {
        const string Page = "<html><head><meta charset=\"ISO-8859-6\"></head><body><p>رئيس كازاخستان</p></body></html>";

        var document = ReadingFixtures.ReadOne("page.html", ReadingFixtures.Encode(Page, "iso-8859-6"));

        Assert.Equal("iso-8859-6", document.Encoding);
        Assert.Equal("رئيس كازاخستان", document.Text);
    }

    [Fact]
    public void Binary_content_with_NUL_bytes_is_refused()
    {
        // The start of a PNG file: signature, IHDR chunk length and type, then image dimensions.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0xC8, 0x08, 0x06, 0x00, 0x00, 0x00];

        var result = Assert.Single(ReadingFixtures.Read("image.png", png));

        Assert.Null(result.Document);
        Assert.Equal("image.png", result.Source);
        Assert.StartsWith("binary content: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_that_is_mostly_control_bytes_is_refused()
    {
        var bytes = Enumerable.Range(0, 400).Select(static i => (byte)(i % 3 == 0 ? 0x01 : 0x41 + (i % 20))).ToArray();

        var result = Assert.Single(ReadingFixtures.Read("blob.bin", bytes));

        Assert.StartsWith("binary content: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_gives_one_document_with_empty_text()
    {
        var document = ReadingFixtures.ReadOne("empty.txt", []);

        Assert.Equal(string.Empty, document.Text);
        Assert.Empty(document.Removed);
    }

    [Fact]
    public void CRLF_and_CR_line_endings_become_LF()
    {
        var lf = ReadingFixtures.ReadText(ReadingFixtures.SeedText).Text;
        var crlf = ReadingFixtures.ReadText(ReadingFixtures.SeedText.Replace("\n", "\r\n", StringComparison.Ordinal)).Text;
        var cr = ReadingFixtures.ReadText(ReadingFixtures.SeedText.Replace("\n", "\r", StringComparison.Ordinal)).Text;

        Assert.DoesNotContain('\r', crlf);
        Assert.Equal(lf, crlf);
        Assert.Equal(lf, cr);
    }

    /// <summary>ISO-8859-6 has no en dash; the dash in the seed article becomes a hyphen for that test.</summary>
    private static string WithoutCharactersIsoLacks(string text) => text.Replace('\u2013', '-');
}
