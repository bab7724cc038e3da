using CsCheck;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>Invariants of <see cref="ArabicNormalizer"/> and <see cref="NormalizedText"/> over random text.</summary>
public class ArabicNormalizerInvariantTests
{
    [Fact]
    public void Never_throws_and_the_map_is_in_range_and_non_decreasing() =>
        RandomText.Mixed.Sample(s =>
        {
            var text = NormalizedText.Create(s);
            var previous = 0;
            for (var k = 0; k < text.Value.Length; k++)
            {
                var origin = text.ToOriginal(k);
                Assert.InRange(origin, previous, s.Length - 1);
                previous = origin;
            }

            Assert.Equal(s.Length, text.ToOriginal(text.Value.Length));
        });

    [Fact]
    public void Normalising_twice_is_normalising_once() =>
        RandomText.Mixed.Sample(s =>
        {
            var once = ArabicNormalizer.Normalize(s);
            Assert.Equal(once, ArabicNormalizer.Normalize(once));
        });

    [Fact]
    public void Original_spans_are_ordered_and_within_the_original() =>
        RandomText.Mixed.Sample(s =>
        {
            var text = NormalizedText.Create(s);
            for (var start = 0; start <= text.Value.Length; start++)
            {
                for (var end = start; end <= text.Value.Length; end++)
                {
                    var span = text.ToOriginalSpan(start, end);
                    Assert.InRange(span.Start, 0, span.End);
                    Assert.InRange(span.End, span.Start, s.Length);
                }
            }
        });

    [Fact]
    public void A_string_normalises_as_its_normalised_text_short_or_long() =>
        RandomText.Mixed.Sample(s =>
        {
            Assert.Equal(NormalizedText.Create(s).Value, ArabicNormalizer.Normalize(s));
            var longer = string.Concat(Enumerable.Repeat(s, 1 + (2000 / Math.Max(1, s.Length))));
            Assert.Equal(NormalizedText.Create(longer).Value, ArabicNormalizer.Normalize(longer));
        });

    [Fact]
    public void The_span_function_and_NormalizedText_agree() =>
        RandomText.Mixed.Sample(s => AssertSameAsOneSpanCall(s));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Texts_longer_than_a_chunk_normalise_as_one_span_call(int seed) =>
        AssertSameAsOneSpanCall(RandomText.Long(seed, 50_000));

    [Theory]
    [InlineData(16 * 1024 - 2)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    public void A_combining_hamza_after_marks_at_a_chunk_boundary_still_folds(int padding)
    {
        // و + fatha + shadda + hamza placed so that a 16K chunk boundary falls between them.
        var text = new string('ب', padding) + "و\u064E\u0651\u0654" + "تمر";
        AssertSameAsOneSpanCall(text);
        Assert.EndsWith("ؤتمر", ArabicNormalizer.Normalize(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_run_of_removed_characters_and_lone_low_surrogates_is_handled()
    {
        var text = new string('ب', 16 * 1024 - 1) + new string('\u064E', 40_000) + "\uD83D" + new string('\uDC00', 40_000) + "و\u0654";
        AssertSameAsOneSpanCall(text);
    }

    private static void AssertSameAsOneSpanCall(string s)
    {
        var size = (s.Length * ArabicNormalizer.MaxExpansion) + 1;
        var destination = new char[size];
        var map = new int[size];
        var written = ArabicNormalizer.Normalize(s, destination, map);

        var text = NormalizedText.Create(s);
        Assert.Equal(new string(destination, 0, written), text.Value);
        for (var k = 0; k < written; k++)
        {
            Assert.Equal(map[k], text.ToOriginal(k));
        }
    }
}
