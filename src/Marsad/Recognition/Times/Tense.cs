using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>Whether the clause before a time expression speaks of the future.</summary>
internal static class Tense
{
    /// <summary>
    /// True when a future marker comes before token <paramref name="index"/> in its sentence: a phrase of role
    /// <c>future</c> in data/rules/time-cues.tsv (سوف، لن، من المتوقع أن، يعتزم), or a verb with the future prefix
    /// سـ (<see cref="IsFutureVerb"/>).
    /// </summary>
    public static bool FutureBefore(TimeContext context, int index)
    {
        var view = context.View;
        for (var i = view.SentenceStart(index); i < index; i++)
        {
            if (IsFutureVerb(view.Word(i))
                || (context.Rules.Cues.TryMatch(view, i, proclitics: true, out var cue, out _) && cue == Cue.Future))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb with the future prefix, by shape: [و|ف] س + an imperfect prefix (ي ت ن ا) + at least three more
    /// letters, not ending like a noun (ه ات يه): ستعلن، سيزور، وستنضم, but not سياسة، سيارات، سنوات، ستيف.
    /// </summary>
    public static bool IsFutureVerb(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[0] is 'و' or 'ف')
        {
            word = word[1..];
        }

        return word.Length >= 5 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' or 'ا'
            && !word.EndsWith("ه", StringComparison.Ordinal) && !word.EndsWith("ات", StringComparison.Ordinal);
    }
}
