using System.Collections.Immutable;
using CsCheck;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>Invariants of <see cref="SentenceSplitter"/> over random text.</summary>
public class SentenceSplitterInvariantTests
{
    [Fact]
    public void Spans_are_trimmed_ordered_bounded_and_cover_every_non_whitespace_character() =>
        RandomText.Mixed.Sample(s => AssertInvariants(s, SentenceSplitter.Split(s)));

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Long_texts_keep_the_invariants(int seed)
    {
        var text = RandomText.Long(seed, 60_000);
        AssertInvariants(text, SentenceSplitter.Split(text));
    }

    [Fact]
    public void A_long_single_line_without_terminators_keeps_the_invariants()
    {
        var random = new Random(11);
        var chars = new char[300_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(12) == 0 ? ' ' : (char)('\u0621' + random.Next(26));
        }

        var text = new string(chars);
        AssertInvariants(text, SentenceSplitter.Split(text));
    }

    internal static void AssertInvariants(string text, ImmutableArray<TextSpan> spans)
    {
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var span in spans)
        {
            Assert.InRange(span.Start, previousEnd, text.Length - 1);
            Assert.InRange(span.End, span.Start + 1, text.Length);
            Assert.InRange(span.Length, 1, SentenceSplitter.MaxSentenceLength);
            Assert.False(char.IsWhiteSpace(text[span.Start]));
            Assert.False(char.IsWhiteSpace(text[span.End - 1]));
            for (var i = span.Start; i < span.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = span.End;
        }

        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} is outside every sentence");
        }
    }
}
