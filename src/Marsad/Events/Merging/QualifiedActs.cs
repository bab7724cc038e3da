using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Events.Merging;

/// <summary>
/// A trigger word that only qualifies the act told before it in its sentence: the charge it was done on (اعتقلت
/// الشرطة الناشط بتهمة التحريض), what it was for (استدعت سفيرها للتشاور) or the judgement of it in the statement
/// that tells it (أدان الوزير القصف، معتبرا أنه اعتداء على السيادة). Such a word names the same occurrence again, as its grounds or as what the speaker calls it,
/// and coded as an event of its own it has no sides of its own (the arrested man as the accuser, the condemner as
/// the one who breached): issue 18, second events from one act. Runs first of the merges, over the whole document once.
/// </summary>
/// <remarks>
/// An event B is merged into the nearest event A told before it in its sentence when B's trigger opens with a charge
/// word (بتهمة) or a purpose word (للتشاور), or comes right after a judgement word (معتبرا، واعتبرته، وصفه), alone or
/// followed by a complementizer (معتبرا أنها خرق، وصفه بأنه). A keeps its own sides, date and modality and takes B's trigger as support; nothing of B's
/// sides passes to A, as they were read for a word that is no act. A B with no event before it in its sentence (وجهت
/// النيابة إليه تهمة; a judgement opening the sentence) stays. Words by kind in data/rules/event-qualifiers.tsv
/// (<see cref="QualifierLexicon"/>). Frozen and thread-safe (no state).
/// </remarks>
internal static class QualifiedActs
{
    /// <summary>The document's events with each charge or judgement word merged into the act it qualifies.</summary>
    public static ImmutableArray<EventRecord> Merge(ImmutableArray<EventRecord> events, string text, ImmutableArray<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Nothing is made for a document with nothing to merge (most of them).
        ImmutableArray<EventRecord>.Builder? merged = null;
        bool[]? gone = null;
        for (var b = 0; b < events.Length; b++)
        {
            var second = events[b];
            if (!second.Supports.IsDefaultOrEmpty || !Qualifies(second, text, sentences))
            {
                continue;
            }

            // The nearest act told before B in its sentence.
            var nearest = -1;
            for (var a = 0; a < events.Length; a++)
            {
                var act = merged is null ? events[a] : merged[a];
                if (a != b && !(gone is not null && gone[a]) && act.Sentence == second.Sentence
                    && act.Trigger.Span.End <= second.Trigger.Span.Start
                    && (nearest < 0 || act.Trigger.Span.Start > events[nearest].Trigger.Span.Start))
                {
                    nearest = a;
                }
            }

            if (nearest < 0)
            {
                continue;
            }

            merged ??= events.ToBuilder();
            gone ??= new bool[events.Length];
            merged[nearest] = Elaborations.Absorb(merged[nearest], null, second with { Actor = [], Recipient = [], Mode = null }, null);
            gone[b] = true;
        }

        return merged is null ? events : Elaborations.Kept(merged, gone!);
    }

    /// <summary>Whether the event's trigger is a charge word, or follows a judgement word (and a complementizer) in its sentence.</summary>
    internal static bool Qualifies(EventRecord e, string text, ImmutableArray<TextSpan> sentences)
    {
        var lexicon = QualifierLexicon.Default;
        if (lexicon.Is(Normalized(FirstWord(e.Trigger.Text)), QualifierWord.Charge | QualifierWord.Purpose))
        {
            return true;
        }

        if (e.Sentence < 0 || e.Sentence >= sentences.Length)
        {
            return false;
        }

        var start = sentences[e.Sentence].Start;
        var at = Math.Min(e.Trigger.Span.Start, text.Length);
        if (at <= start)
        {
            return false;
        }

        var before = text.AsSpan(start, at - start);
        var last = LastWord(ref before);
        if (last.IsEmpty)
        {
            return false;
        }

        var word = Normalized(last);
        if (lexicon.Is(word, QualifierWord.Complementizer))
        {
            var judge = LastWord(ref before);
            return !judge.IsEmpty && lexicon.Is(Normalized(judge), QualifierWord.Judgement);
        }

        return lexicon.Is(word, QualifierWord.Judgement);
    }

    private static ReadOnlySpan<char> FirstWord(string trigger)
    {
        var span = trigger.AsSpan().Trim();
        var space = span.IndexOf(' ');
        return space > 0 ? span[..space] : span;
    }

    // The last word of the span, taken off it; a punctuation mark (a comma) ends the words, so a word of the clause
    // before a comma is not read as the judgement of the trigger after it.
    private static ReadOnlySpan<char> LastWord(ref ReadOnlySpan<char> span)
    {
        span = span.TrimEnd();
        var k = span.Length;
        while (k > 0 && (char.IsLetter(span[k - 1]) || IsMark(span[k - 1])))
        {
            k--;
        }

        var word = span[k..];
        span = span[..k];
        return word;
    }

    // Arabic diacritics and the tatweel, written inside a word.
    private static bool IsMark(char c) => c is >= '\u064B' and <= '\u0652' or '\u0640' or '\u0670';

    private static string Normalized(ReadOnlySpan<char> word) => ArabicNormalizer.Normalize(word.ToString());
}
