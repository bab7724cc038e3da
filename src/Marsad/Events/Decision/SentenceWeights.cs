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

    /// <summary>Per word of <paramref name="words"/> (the sentence this was made for), its weights under <paramref name="model"/>.</summary>
    public EventModel.TypedWeight[]?[] Of(EventModel model, ImmutableArray<string> words)
    {
        if (!ReferenceEquals(model, _model))
        {
            _byWord = model.SentenceWordWeights(words);
            _model = model;
        }

        return _byWord;
    }
}
