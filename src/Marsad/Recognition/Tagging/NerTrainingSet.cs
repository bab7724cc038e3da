namespace Marsad.Recognition.Tagging;

/// <summary>
/// Tagged sequences ready for training: each token's feature hashes and gold tag, each sequence (a
/// sentence) with the group it belongs to — a document, so cross-validation keeps documents whole.
/// Features are extracted once and shared by every fold and every epoch.
/// </summary>
public sealed class NerTrainingSet
{
    internal List<uint> Features { get; } = [];

    /// <summary>Token t's features are Features[TokenStarts[t] .. TokenStarts[t + 1]).</summary>
    internal List<int> TokenStarts { get; } = [0];

    internal List<byte> Gold { get; } = [];

    /// <summary>Sequence s is tokens [SequenceStarts[s], SequenceStarts[s + 1]).</summary>
    internal List<int> SequenceStarts { get; } = [0];

    internal List<int> SequenceGroups { get; } = [];

    public int SequenceCount => SequenceGroups.Count;

    public int TokenCount => Gold.Count;

    /// <summary>Adds one token of the sequence being built.</summary>
    public void AddToken(ReadOnlySpan<uint> features, int goldTag)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(goldTag);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(goldTag, NerTags.Count);
        foreach (var feature in features)
        {
            Features.Add(feature);
        }

        TokenStarts.Add(Features.Count);
        Gold.Add((byte)goldTag);
    }

    /// <summary>Closes the sequence of the tokens added since the last one, in <paramref name="group"/>; an empty one is skipped.</summary>
    public void EndSequence(int group)
    {
        if (Gold.Count > SequenceStarts[^1])
        {
            SequenceStarts.Add(Gold.Count);
            SequenceGroups.Add(group);
        }
    }
}
