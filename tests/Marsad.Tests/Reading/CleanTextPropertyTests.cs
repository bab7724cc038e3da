using System.Text;
using CsCheck;
using Marsad.Reading;

namespace Marsad.Tests.Reading;

/// <summary>Properties of the clean-text shape over generated Arabic text with messy whitespace.</summary>
public sealed class CleanTextPropertyTests
{
    private static readonly string[] Words =
        ["كازاخستان", "إسرائيل", "اتفاقات", "أبراهام", "الخميس", "ترامب", "توكاييف", "1992", "،", "جزئيًا", "–", "نشرة", "شارك"];

    private static readonly string[] Gaps = [" ", "  ", "\t", "\u00A0", "\n", "\r\n", "\n\n", "\n \n\n", "\r"];

    private static readonly Gen<string> MessyText =
        Gen.Select(Gen.OneOf(Words), Gen.OneOf(Gaps)).Array[0, 60]
            .Select(static parts => string.Concat(parts.Select(static p => p.Item1 + p.Item2)));

    [Fact]
    public void Clean_text_is_shaped_and_reading_it_again_changes_nothing()
    {
        MessyText.Sample(static text =>
        {
            var once = ReadingFixtures.ReadText(text);
            var twice = ReadingFixtures.ReadText(once.Text);

            Assert.Equal(once.Text, twice.Text);
            Assert.Empty(twice.Removed);
            Assert.DoesNotContain("\n\n\n", once.Text, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', once.Text);
            Assert.Equal(once.Text.Trim(), once.Text);
        });
    }

    // Gaps that leave a text in its clean shape or take it just out of it, so both ways of reading are taken often.
    private static readonly Gen<string> NearlyShapedText =
        Gen.Select(Gen.OneOf(Words), Gen.OneOf(" ", " ", "\n", "\n\n", "\n\n", "  ", "\n\n\n", "\r\n", " \n")).Array[1, 30]
            .Select(static parts => string.Concat(parts.Select(static p => p.Item1 + p.Item2)).TrimEnd());

    [Fact]
    public void A_text_is_shaped_exactly_when_its_paragraphs_render_it_and_is_read_as_they_render()
    {
        NearlyShapedText.Sample(static text =>
        {
            var removed = System.Collections.Immutable.ImmutableArray.CreateBuilder<Marsad.Model.RemovedPiece>();
            var paragraphs = WhitespaceShaper.Paragraphs(text);
            var rendered = Paragraph.Render(BoilerplateFilter.Apply(paragraphs, BoilerplateRuleSet.Default, removed));
            var read = ReadingFixtures.ReadText(text);

            Assert.Equal(Paragraph.Render(paragraphs) == text, WhitespaceShaper.IsShaped(text));
            Assert.Equal(rendered, read.Text);
            Assert.Equal([.. removed], read.Removed.ToArray());
        });
    }

    [Fact]
    public void Text_and_its_UTF_16_and_Windows_1256_bytes_read_the_same()
    {
        MessyText.Sample(static text =>
        {
            var utf8 = ReadingFixtures.ReadOne("a.txt", Encoding.UTF8.GetBytes(text)).Text;

            Assert.Equal(utf8, ReadingFixtures.ReadOne("a.txt", ReadingFixtures.Encode(text, "utf-16")).Text);
            Assert.Equal(utf8, ReadingFixtures.ReadOne("a.txt", ReadingFixtures.Encode(text, "windows-1256")).Text);
        });
    }
}
