using System.Collections.Immutable;

namespace Marsad.Events.Decision;

/// <summary>
/// The weights of one sentence's word features (<c>TYPE|sentence-word=…</c>), looked up once per word for
/// all the candidates of the sentence and all their types, where each candidate would hash every word of
/// its sentence again. Made by the scan per sentence and read on its thread only.
/// </summary>
internal sealed class SentenceWeights
{
    private EventModel? _model;
    private EventModel.TypedWeight[]?[] _byWord = [];

    // The sentence's words as the scan interned them, at the start of the scan's array (null: looked up by
    // their strings, as after the scan took the array back for its next sentence).
    private SentenceWord[]? _words;

    public SentenceWeights()
    {
    }

    /// <summary>
    /// The weights of a sentence whose words the scan interned, lent in the first places of
    /// <paramref name="words"/> until <see cref="Release"/>: each word's weights are read from its entry.
    /// </summary>
    public SentenceWeights(SentenceWord[] words) => _words = words;

    /// <summary>Gives the interned words back: the weights not yet found are looked up by the words' strings.</summary>
    public void Release() => _words = null;

    /// <summary>Per word of <paramref name="words"/> (the sentence this was made for), its weights under <paramref name="model"/>.</summary>
    public EventModel.TypedWeight[]?[] Of(EventModel model, ImmutableArray<string> words)
    {
        if (!ReferenceEquals(model, _model))
        {
            _byWord = _words is { } interned && interned.Length >= words.Length ? model.SentenceWordWeights(interned.AsSpan(0, words.Length)) : model.SentenceWordWeights(words);
            _model = model;
        }

        return _byWord;
    }
}

/// <summary>
/// A word as the scan interns it for the decision: its string, and its sentence-word weights under the
/// model last asked, so a word met again costs one lookup (the scan's) instead of two.
/// </summary>
internal sealed class SentenceWord(string text)
{
    // One object, written whole: a reader on another thread sees the model and its weights together.
    private Cached? _cached;

    public string Text { get; } = text;

    /// <summary>The word's weights under <paramref name="model"/> (null: the model has no such feature).</summary>
    public EventModel.TypedWeight[]? WeightsUnder(EventModel model)
    {
        if (_cached is { } cached && ReferenceEquals(cached.Model, model))
        {
            return cached.Weights;
        }

        var weights = model.SentenceWordWeights(Text);
        _cached = new Cached(model, weights);
        return weights;
    }

    private sealed record Cached(EventModel Model, EventModel.TypedWeight[]? Weights);
}
