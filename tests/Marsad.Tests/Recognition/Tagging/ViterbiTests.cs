using Marsad.Recognition.Tagging;

namespace Marsad.Tests.Recognition.Tagging;

/// <summary>The decoder's BIO constraint and its choice of the best allowed sequence.</summary>
public sealed class ViterbiTests
{
    private static int[] Decode(float[][] rows, float[]? transitions = null)
    {
        var emissions = new float[rows.Length * NerTags.Stride];
        for (var t = 0; t < rows.Length; t++)
        {
            rows[t].CopyTo(emissions, t * NerTags.Stride);
        }

        var tags = new int[rows.Length];
        Viterbi.Decode(emissions, transitions ?? new float[NerTags.Count * NerTags.Count], tags, new byte[rows.Length * NerTags.Count]);
        return tags;
    }

    private static float[] Favour(int tag, float score = 5)
    {
        var row = new float[NerTags.Count];
        row[tag] = score;
        return row;
    }

    [Fact]
    public void A_sequence_never_starts_inside_a_chunk()
    {
        var tags = Decode([Favour(NerTags.Inside(NerType.Pers)), Favour(NerTags.O)]);
        Assert.NotEqual(NerTags.Inside(NerType.Pers), tags[0]);
    }

    [Fact]
    public void An_inside_tag_follows_only_its_own_type()
    {
        // The emissions want B-LOC then I-PERS; the constraint allows neither B-LOC I-PERS nor O I-PERS.
        var first = Favour(NerTags.Begin(NerType.Loc), 3);
        first[NerTags.Begin(NerType.Pers)] = 2;
        var tags = Decode([first, Favour(NerTags.Inside(NerType.Pers), 4)]);
        Assert.Equal([NerTags.Begin(NerType.Pers), NerTags.Inside(NerType.Pers)], tags);
    }

    [Fact]
    public void Transitions_decide_between_equal_emissions()
    {
        var transitions = new float[NerTags.Count * NerTags.Count];
        transitions[(NerTags.Begin(NerType.Org) * NerTags.Count) + NerTags.Inside(NerType.Org)] = 2;
        var second = new float[NerTags.Count];
        second[NerTags.O] = 1;
        second[NerTags.Inside(NerType.Org)] = 0.5f;
        var tags = Decode([Favour(NerTags.Begin(NerType.Org)), second], transitions);
        Assert.Equal([NerTags.Begin(NerType.Org), NerTags.Inside(NerType.Org)], tags);
    }

    [Fact]
    public void Every_decoded_sequence_is_well_formed()
    {
        var random = new Random(19);
        for (var run = 0; run < 200; run++)
        {
            var rows = Enumerable.Range(0, 1 + random.Next(12)).Select(_ => Enumerable.Range(0, NerTags.Count).Select(_ => (float)random.NextDouble()).ToArray()).ToArray();
            var tags = Decode(rows);
            Assert.True(NerTags.AllowedFirst(tags[0]));
            for (var t = 1; t < tags.Length; t++)
            {
                Assert.True(NerTags.Allowed(tags[t - 1], tags[t]), $"{NerTags.Name(tags[t - 1])} then {NerTags.Name(tags[t])}");
            }
        }
    }

    [Fact]
    public void The_decoder_returns_the_score_of_the_sequence_it_chose()
    {
        var emissions = new float[2 * NerTags.Stride];
        Favour(NerTags.Begin(NerType.Org), 4).CopyTo(emissions, 0);
        Favour(NerTags.Inside(NerType.Org), 3).CopyTo(emissions, NerTags.Stride);
        var transitions = new float[NerTags.Count * NerTags.Count];
        transitions[(NerTags.Begin(NerType.Org) * NerTags.Count) + NerTags.Inside(NerType.Org)] = 0.5f;
        var tags = new int[2];
        var score = Viterbi.Decode(emissions, transitions, tags, new byte[2 * NerTags.Count]);
        Assert.Equal([NerTags.Begin(NerType.Org), NerTags.Inside(NerType.Org)], tags);
        Assert.Equal(7.5f, score);
    }
}
