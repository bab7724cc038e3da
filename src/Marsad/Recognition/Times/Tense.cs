using Marsad.Recognition.Tagging;
using Marsad.Rules;
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
    /// Whether an imperfect verb (يبدأ، وتنطلق, <see cref="IsImperfectVerb"/>) comes before token
    /// <paramref name="index"/> in its clause, back to the sentence's start or a comma: the clause tells the present,
    /// a habit or what is planned, not what has happened. Only ي and ت forms of four letters or more are asked, so
    /// يوم and a short noun are not taken for verbs.
    /// </summary>
    public static bool ImperfectInClause(TimeContext context, int index)
    {
        var view = context.View;
        var first = view.SentenceStart(index);
        for (var j = index - 1; j >= first; j--)
        {
            if (view.Is(j, "،") || view.Is(j, ","))
            {
                return false;
            }

            var word = view.Word(j);
            if (word.Length > 0 && word[0] is 'و' or 'ف')
            {
                word = word[1..];
            }

            if (word.Length >= 4 && word[0] is 'ي' or 'ت' && IsImperfectVerb(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb with the future prefix: by shape, [و|ف] س + an imperfect prefix (ي ت ن ا) + at least three more
    /// letters, not ending like a noun (ه ات): ستعلن، سيزور، وستنضم, but not سياسة، سيارات، سنوات; and by the
    /// lexicon, what follows س is an imperfect verb of the dictionary, as written or without an object pronoun and a
    /// person ending (<see cref="IsImperfectVerb"/>), so a foreign name of the same shape is none (ستينغر، ستيفن).
    /// </summary>
    public static bool IsFutureVerb(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[0] is 'و' or 'ف')
        {
            word = word[1..];
        }

        return word.Length >= 5 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' or 'ا'
            && !word.EndsWith("ه", StringComparison.Ordinal) && !word.EndsWith("ات", StringComparison.Ordinal)
            && IsImperfectVerb(word[1..]);
    }

    /// <summary>
    /// Whether an imperfect form (يواصلون، تزورها، تعلن) is a dictionary word as written, or once an object pronoun,
    /// then a person ending, is taken off (data/rules/time-verb-endings.tsv): the dictionary lists the singular
    /// persons without pronouns. At least three letters stay.
    /// </summary>
    private static bool IsImperfectVerb(ReadOnlySpan<char> form)
    {
        if (IsVerbWithPerson(form))
        {
            return true;
        }

        foreach (var ending in Endings.Objects)
        {
            if (form.Length - ending.Length >= MinStem && form.EndsWith(ending, StringComparison.Ordinal)
                && IsVerbWithPerson(form[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    // A dictionary form as written, or once a person ending is taken off.
    private static bool IsVerbWithPerson(ReadOnlySpan<char> form) => DictionaryWords.Contains(form) || WithoutPerson(form);

    private static bool WithoutPerson(ReadOnlySpan<char> form)
    {
        foreach (var ending in Endings.Persons)
        {
            if (form.Length - ending.Length >= MinStem && form.EndsWith(ending, StringComparison.Ordinal)
                && DictionaryWords.Contains(form[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    // The imperfect prefix and two root letters at least (يعد، تصل).
    private const int MinStem = 3;

    private static class Endings
    {
        private static readonly List<string[]> Rows = RuleFile.Rows("Marsad.data.rules.time-verb-endings.tsv");

        public static readonly string[] Objects = Of("object");

        public static readonly string[] Persons = Of("person");

        private static string[] Of(string kind) =>
            [.. Rows.Where(r => r.Length > 1 && r[1].Trim() == kind).Select(static r => ArabicNormalizer.Normalize(r[0].Trim()))];
    }
}
