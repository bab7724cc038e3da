namespace Marsad.Recognition.Tagging;

/// <summary>
/// First-order Viterbi decoding under the BIO constraint (<see cref="NerTags.Allowed"/>): the best tag
/// sequence by the sum of per-token emission scores and tag-pair transition scores, forbidden pairs never
/// taken. O(n · tags²) with tags = 7; the caller's buffers are reused, so decoding allocates nothing.
/// </summary>
public static class Viterbi
{
    /// <summary>
    /// Decodes <paramref name="emissions"/> (n × <see cref="NerTags.Stride"/>, row t holding the scores of
    /// token t per tag) into <paramref name="tags"/> (length n). <paramref name="transitions"/> is
    /// <see cref="NerTags.Count"/>² scores, [previous · Count + tag]. <paramref name="backPointers"/> must
    /// hold n × Count bytes. Returns the best sequence's score (emissions plus transitions).
    /// </summary>
    public static float Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags, Span<byte> backPointers)
    {
        var n = tags.Length;
        if (n == 0)
        {
            return 0;
        }

        Span<float> previous = stackalloc float[NerTags.Count];
        Span<float> current = stackalloc float[NerTags.Count];
        for (var tag = 0; tag < NerTags.Count; tag++)
        {
            previous[tag] = NerTags.AllowedFirst(tag) ? emissions[tag] : float.NegativeInfinity;
        }

        for (var t = 1; t < n; t++)
        {
            var row = emissions.Slice(t * NerTags.Stride, NerTags.Count);
            var back = backPointers.Slice(t * NerTags.Count, NerTags.Count);
            for (var tag = 0; tag < NerTags.Count; tag++)
            {
                // The same comparisons in the same order as over every allowed predecessor, ascending: an I-
                // tag has two (its B- and itself), O and the B- tags all seven.
                var best = float.NegativeInfinity;
                var from = 0;
                var p = NerTags.IsInside(tag) ? tag - 1 : 0;
                var through = NerTags.IsInside(tag) ? tag : NerTags.Count - 1;
                for (; p <= through; p++)
                {
                    var score = previous[p] + transitions[(p * NerTags.Count) + tag];
                    if (score > best)
                    {
                        best = score;
                        from = p;
                    }
                }

                current[tag] = best + row[tag];
                back[tag] = (byte)from;
            }

            current.CopyTo(previous);
        }

        var last = 0;
        for (var tag = 1; tag < NerTags.Count; tag++)
        {
            if (previous[tag] > previous[last])
            {
                last = tag;
            }
        }

        tags[n - 1] = last;
        for (var t = n - 1; t > 0; t--)
        {
            tags[t - 1] = backPointers[(t * NerTags.Count) + tags[t]];
        }

        return previous[last];
    }
}
