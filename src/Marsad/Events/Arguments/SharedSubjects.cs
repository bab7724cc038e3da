using System.Collections.Immutable;

namespace Marsad.Events.Arguments;

/// <summary>
/// Verbs joined by a conjunction share their subject: in الشرطة فرقت المحتجين واعتقلت العشرات the police
/// arrest, not the protesters the first verb acted on. Keeps the actors of the current sentence's coded
/// triggers by the token their trigger ends at.
/// </summary>
internal sealed class SharedSubjects
{
    private readonly List<(int End, ImmutableArray<string> Actor)> _coded = [];

    /// <summary>Notes the actor of the event coded from the trigger that ends at token <paramref name="end"/>.</summary>
    public void Coded(int end, ImmutableArray<string> actor)
    {
        if (!actor.IsEmpty)
        {
            _coded.Add((end, actor));
        }
    }

    /// <summary>The actor of the last trigger coded in tokens [<paramref name="from"/>, <paramref name="to"/>), with the end of that trigger.</summary>
    public (int End, ImmutableArray<string> Actor)? Last(int from, int to)
    {
        for (var k = _coded.Count - 1; k >= 0; k--)
        {
            if (_coded[k].End > from && _coded[k].End <= to)
            {
                return _coded[k];
            }
        }

        return null;
    }

    public void EndSentence() => _coded.Clear();
}
