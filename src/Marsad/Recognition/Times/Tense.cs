using Marsad.Text;

namespace Marsad.Recognition.Times;

/// <summary>How far the future-marker scan of one sentence has gone, and the first marker it met (-1: none yet).</summary>
internal record struct TenseScan(int Sentence, int Scanned, int FirstFuture);

/// <summary>Whether the clause before a time expression speaks of the future.</summary>
internal static class Tense
{
    /// <summary>
    /// True when a future marker comes before token <paramref name="index"/> in its sentence: a phrase of role
    /// <c>future</c> in data/rules/time-cues.tsv (سوف، لن، من المتوقع أن، يعتزم), or a verb with the future prefix
    /// سـ (<see cref="IsFutureVerb"/>).
    /// </summary>
    /// <remarks>
    /// Linear over a text: the scan of a sentence resumes where the last question about it stopped (the recogniser
    /// asks about increasing token indices), so each token is looked at once however many weekdays a sentence has.
    /// </remarks>
    public static bool FutureBefore(TimeContext context, int index)
    {
        var view = context.View;
        var sentence = view.Analysis.SentenceIndexAt(view[index].Span.Start);
        ref var scan = ref context.TenseScan;
        if (scan.Sentence != sentence || scan.Scanned > index)
        {
            scan = new TenseScan(sentence, view.SentenceStart(index), FirstFuture: -1);
        }

        while (scan.FirstFuture < 0 && scan.Scanned < index)
        {
            var i = scan.Scanned;
            if (IsFutureVerb(view.Word(i))
                || (context.Rules.Cues.TryMatch(view, i, proclitics: true, out var cue, out _) && cue == Cue.Future))
            {
                scan = scan with { FirstFuture = i };
            }

            scan = scan with { Scanned = i + 1 };
        }

        return scan.FirstFuture >= 0 && scan.FirstFuture < index;
    }

    /// <summary>
    /// <see cref="FutureBefore"/> within the clause of the expression that starts at <paramref name="expressionStart"/>:
    /// a comma between the future marker and the expression, other than the one that sets the expression itself off,
    /// ends the marker's clause, and the clause after it has its own tense (وافقت الوزارة على صفقة لبيع صواريخ
    /// ستينغر، وفق ما أعلنته الوكالة مساء الأربعاء: the evening is a past one, whatever the shape of ستينغر).
    /// </summary>
    public static bool FutureInClause(TimeContext context, int index, int expressionStart)
    {
        if (!FutureBefore(context, index))
        {
            return false;
        }

        var view = context.View;
        for (var j = context.TenseScan.FirstFuture + 1; j < expressionStart - 1; j++)
        {
            if (view.Is(j, "،") || view.Is(j, ","))
            {
                return false;
            }
        }

        return true;
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
