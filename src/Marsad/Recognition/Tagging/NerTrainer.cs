namespace Marsad.Recognition.Tagging;

/// <summary>
/// Trains the tagger: an averaged structured perceptron (Collins 2002). For each sentence in turn, decode
/// it with the current weights (<see cref="Viterbi"/>, BIO-constrained); where the best sequence differs
/// from the gold one, add 1 to the weights of the gold tags' features and transitions and take 1 from
/// the predicted ones'. The model is the average of the weights over all steps (kept with the usual
/// running-sum trick), which generalises far better than the last weights.
/// </summary>
/// <remarks>
/// Deterministic: sentences are visited in an order shuffled by a fixed-seed xorshift generator of our
/// own (not <see cref="Random"/>, whose sequence is not a contract), arithmetic is single-threaded in a fixed
/// order, and the result is quantised as the file stores it (<see cref="NerModel.Quantize"/>). Same data, same bytes.
/// </remarks>
public static class NerTrainer
{
    public const int DefaultBits = 16;
    public const int DefaultEpochs = 8;
    public const uint DefaultSeed = 19;
    public const int DefaultMixes = 1;

    /// <summary>
    /// Trains on the sequences whose group <paramref name="include"/> accepts (all when null). With
    /// <paramref name="mixes"/> above one, that many perceptrons are trained on the same data in orders
    /// shuffled from seeds <paramref name="seed"/>, <paramref name="seed"/> + 1, … and their averaged weights are
    /// averaged again (parameter mixing): the model is the same size and tags at the same cost, and depends
    /// less on the one order its sentences were visited in.
    /// </summary>
    public static NerModel Train(NerTrainingSet set, FeatureGroups groups, Func<int, bool>? include = null, int bits = DefaultBits, int epochs = DefaultEpochs, uint seed = DefaultSeed, int mixes = DefaultMixes)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentOutOfRangeException.ThrowIfLessThan(mixes, 1);
        var (weights, transitions) = TrainOne(set, include, bits, epochs, seed);
        for (var m = 1; m < mixes; m++)
        {
            var (w, t) = TrainOne(set, include, bits, epochs, seed + (uint)m);
            Accumulate(weights, w);
            Accumulate(transitions, t);
        }

        if (mixes > 1)
        {
            Scale(weights, 1f / mixes);
            Scale(transitions, 1f / mixes);
        }

        return NerModel.Quantize(bits, groups, weights, transitions);
    }

    private static void Accumulate(float[] into, float[] from)
    {
        for (var k = 0; k < into.Length; k++)
        {
            into[k] += from[k];
        }
    }

    private static void Scale(float[] weights, float factor)
    {
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] *= factor;
        }
    }

    // One averaged perceptron's float weights and transitions, before quantising.
    private static (float[] Weights, float[] Transitions) TrainOne(NerTrainingSet set, Func<int, bool>? include, int bits, int epochs, uint seed)
    {
        var rows = 1 << bits;
        var weights = new float[rows * NerTags.Stride];
        var transitions = new float[NerTags.Count * NerTags.Count];
        var buckets = new int[set.Features.Count];
        for (var f = 0; f < buckets.Length; f++)
        {
            buckets[f] = NerModel.Bucket(set.Features[f], bits) * NerTags.Stride;
        }

        var order = Enumerable.Range(0, set.SequenceCount).Where(s => include?.Invoke(set.SequenceGroups[s]) ?? true).ToArray();
        var sums = new double[weights.Length];
        var transitionSums = new double[transitions.Length];
        var longest = order.Length == 0 ? 0 : order.Max(s => set.SequenceStarts[s + 1] - set.SequenceStarts[s]);
        var emissions = new float[longest * NerTags.Stride];
        var predicted = new int[longest];
        var back = new byte[longest * NerTags.Count];
        var state = seed == 0 ? 1u : seed;
        var step = 1.0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            for (var k = order.Length - 1; k > 0; k--)
            {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                var j = (int)(state % (uint)(k + 1));
                (order[k], order[j]) = (order[j], order[k]);
            }

            foreach (var s in order)
            {
                var first = set.SequenceStarts[s];
                var n = set.SequenceStarts[s + 1] - first;
                for (var t = 0; t < n; t++)
                {
                    var row = emissions.AsSpan(t * NerTags.Stride, NerTags.Stride);
                    row.Clear();
                    for (var f = set.TokenStarts[first + t]; f < set.TokenStarts[first + t + 1]; f++)
                    {
                        var w = weights.AsSpan(buckets[f], NerTags.Stride);
                        for (var tag = 0; tag < NerTags.Stride; tag++)
                        {
                            row[tag] += w[tag];
                        }
                    }
                }

                Viterbi.Decode(emissions.AsSpan(0, n * NerTags.Stride), transitions, predicted.AsSpan(0, n), back);
                for (var t = 0; t < n; t++)
                {
                    int gold = set.Gold[first + t], guess = predicted[t];
                    if (gold != guess)
                    {
                        for (var f = set.TokenStarts[first + t]; f < set.TokenStarts[first + t + 1]; f++)
                        {
                            Update(weights, sums, buckets[f] + gold, 1, step);
                            Update(weights, sums, buckets[f] + guess, -1, step);
                        }
                    }

                    if (t > 0)
                    {
                        int goldPair = (set.Gold[first + t - 1] * NerTags.Count) + gold, guessPair = (predicted[t - 1] * NerTags.Count) + guess;
                        if (goldPair != guessPair)
                        {
                            Update(transitions, transitionSums, goldPair, 1, step);
                            Update(transitions, transitionSums, guessPair, -1, step);
                        }
                    }
                }

                step++;
            }
        }

        Average(weights, sums, step);
        Average(transitions, transitionSums, step);
        return (weights, transitions);
    }

    private static void Update(float[] weights, double[] sums, int index, int delta, double step)
    {
        weights[index] += delta;
        sums[index] += delta * step;
    }

    // The average of the weights over steps 1..step is w - (Σ step·Δ) / step.
    private static void Average(float[] weights, double[] sums, double step)
    {
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = (float)(weights[k] - (sums[k] / step));
        }
    }
}
