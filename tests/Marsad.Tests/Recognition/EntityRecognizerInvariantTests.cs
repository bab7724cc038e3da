using CsCheck;
using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Tests.Support;
using Marsad.Tests.Text;
using Marsad.Text;

namespace Marsad.Tests.Recognition;

/// <summary>Randomised invariants of the recogniser: it never throws, and every mention is the text at its span.</summary>
public sealed class EntityRecognizerInvariantTests
{
    private static readonly EntityRecognizer Recognizer = new(EntityGazetteer.Build(KnowledgeBase.Default));

    // Real words that start names, roles and patterns, shuffled with the random pieces.
    private static readonly string[] Words = File.ReadAllText(TestFiles.SeedArticle)
        .Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
        .Concat(["الرئيس", "السيد", "محمد", "بن", "عبد", "الله", "شركة", "وزارة", "الخارجية", "مدينة", "مكة", "المكرمة", "قال", "للأمم", "المتحدة"])
        .ToArray();

    [Theory]
    [InlineData("بالانضمام المبعوث والإمارات ")] // a role phrase that ends the text: nothing after it to name the holder
    [InlineData("الرئيس الأمريكي")]
    [InlineData("وزارة الخارجية الإيرانية")]
    public void A_text_that_ends_inside_a_pattern_is_read_to_its_end(string text) =>
        Assert.All(Recognizer.Recognize(TextAnalysis.Create(text), new DateOnly(2025, 11, 6)).SelectMany(e => e.Mentions),
            m => Assert.Equal(m.Span.Slice(text), m.Text));

    [Fact]
    public void Never_throws_and_every_mention_is_the_text_at_its_span()
    {
        var text = Gen.OneOf(Gen.OneOf(Words).Select(w => w + " "), RandomText.Mixed).Array[0, 60].Select(string.Concat);
        text.Sample(sample =>
        {
            foreach (var entity in Recognizer.Recognize(TextAnalysis.Create(sample), new DateOnly(2025, 11, 6)))
            {
                foreach (var mention in entity.Mentions)
                {
                    Assert.InRange(mention.Span.Start, 0, sample.Length);
                    Assert.InRange(mention.Span.End, mention.Span.Start + 1, sample.Length);
                    Assert.Equal(mention.Span.Slice(sample), mention.Text);
                }
            }
        }, iter: 2000, seed: "0N0XIzNsQ0O2");
    }
}
