namespace Marsad.Events.Decision;

/// <summary>
/// Where <see cref="CandidateFeatures"/> hands a candidate's features: each as its builder's name, its value
/// and its tail, the feature's name being the three written together. Training writes them out as strings;
/// the model looks up the value in a table of its builder's name, so scoring composes no names and hashes
/// no composed keys.
/// </summary>
internal abstract class FeatureSink
{
    /// <summary>The feature <paramref name="name"/> + <paramref name="value"/> + <paramref name="tail"/> alone, then prefixed by the event type (TYPE|…).</summary>
    public abstract void Both(string name, ReadOnlySpan<char> value, ReadOnlySpan<char> tail = default);

    /// <summary>The feature <paramref name="name"/> + <paramref name="value"/> prefixed by the event type only.</summary>
    public abstract void Typed(string name, ReadOnlySpan<char> value);

    /// <summary>Takes the candidate's sentence-word features at their place in the order as one call; false: they are to be given one by one.</summary>
    public virtual bool SentenceWords(EventCandidate candidate) => false;
}
