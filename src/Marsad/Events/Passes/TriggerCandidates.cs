using Marsad.Recognition.Entities;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

    /// <summary>A trigger over tokens [start, End); <c>Gap</c> is the first token of the entities standing between its words, or -1.</summary>
    internal sealed record TriggerMatch(int End, EventTrigger Trigger, CliticReading Reading, int Gap);

/// <summary>
/// The first pass: trigger candidates. At each token of a sentence, the longest trigger of
/// data/rules/event-triggers.tsv that starts there, its words read through their clitics, entity names, counts
/// and times allowed between them. Reads the document's words, lexicon facts, entity and time layers; holds no
/// state of its own.
/// </summary>
internal sealed partial class TriggerCandidates(EventDocument doc, EventCoder coder)
{
    private const int MaxGapWords = 8;

    // The words the argument rules act on, by kind (data/rules/event-scan-words.tsv).
    private static readonly EventScanLexicon Lexicon = EventScanLexicon.Default;

    /// <summary>The longest trigger starting at token i, its words read through their clitics, entity names allowed between them.</summary>
    public TriggerMatch? Match(int i, int sentenceEnd)
    {
        // A word of a time expression is not a trigger: فجر الخميس is dawn, not "blew up".
        if (!doc.IsWord(i) || doc.InTime[i])
        {
            return null;
        }

        TriggerMatch? best = null;

        // A word that is itself an ordinary word (وزارة) is not a proclitic on a trigger (و + زاره); asked
        // only when a stripped reading starts a trigger, since most words start none.
        bool? ordinary = null;
        foreach (var hit in doc.Words.At(i, doc.Word(i)))
        {
            if (hit is not { Facts.Trigger: { } node, Reading: var reading })
            {
                continue;
            }

            // Some ordinary words are themselves a conjunction on a trigger verb (ودعا: and called), and read so.
            if (reading.Stripped > 0 && (ordinary ??= OrdinaryWords.Contains(doc.Word(i)) && !Lexicon.Is(doc.Word(i), ScanWord.ConjunctionTrigger)))
            {
                continue;
            }

            var end = node.HasValues ? i + 1 : -1;
            var trigger = node.HasValues ? Sense(node, i, end) : null;
            var j = i + 1;
            var gapUsed = false;
            var gap = -1;
            var gapAtEnd = -1;
            while (j < sentenceEnd)
            {
                if (TryChild(node, j, out var next))
                {
                    node = next;
                    j++;
                    if (node.HasValues)
                    {
                        (end, trigger, gapAtEnd) = (j, Sense(node, i, j), gap);
                    }

                    continue;
                }

                // إقامة المغرب والبحرين علاقات: the subject of a verbal noun stands between its words; so
                // do a count (أطلقت 5 صواريخ) and a time (أطلقت صباح أمس صواريخ), and the commas that set off a
                // subject or a time (فرضت الوزارة، الاثنين، عقوبات).
                var k = gapUsed ? j : GapEnd(j, sentenceEnd, node);
                if (k > j && TryChild(node, k, out _))
                {
                    gapUsed = true;
                    gap = j;
                    j = k;
                    continue;
                }

                break;
            }

            if (trigger is not null && (best is null || end > best.End))
            {
                best = new TriggerMatch(end, trigger, reading, gapAtEnd);
            }
        }

        return best;
    }

    /// <summary>
    /// The first token past a gap that starts at <paramref name="j"/>: entity names, numbers, count words, times and
    /// commas, at most <see cref="MaxGapWords"/> tokens, with at least one that is not a comma (a comma alone ends a
    /// clause as often as it sets off a part of one). It stops where the trigger's next word stands (<paramref
    /// name="next"/>: فرقت، مساء السبت، مئات المحتجين, where the crowd is a name too). <paramref name="j"/> itself
    /// when there is none.
    /// </summary>
    private int GapEnd(int j, int sentenceEnd, TokenTrie<EventTrigger>.Node? next)
    {
        var k = j;
        var last = j;
        while (k < sentenceEnd && k - j < MaxGapWords)
        {
            if (next is not null && last > j && TryChild(next, k, out _))
            {
                break;
            }

            if (doc.MentionAt(k) is { } mention)
            {
                k = last = mention.End;
            }
            else if (doc.Tokens[k].Kind == TokenKind.Number || IsCountWord(doc.Word(k)) || doc.InTime[k])
            {
                k = last = k + 1;
            }
            else if (IsComma(k))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return last == j ? j : k;
    }

    /// <summary>
    /// The end of the words a trigger's cue may stand in (وقع … اتفاقية): <paramref name="words"/> words after
    /// <paramref name="from"/>, not counting what may stand inside a trigger (names, numbers, count words, times,
    /// commas: وقع مركز الملك سلمان، الاثنين، اتفاقية).
    /// </summary>
    public int CueReach(int from, int sentenceEnd, int words)
    {
        var k = from;
        for (var n = 0; k < sentenceEnd && n < words;)
        {
            var past = GapEnd(k, sentenceEnd, next: null);
            if (past > k)
            {
                k = past;
                continue;
            }

            k++;
            n++;
        }

        return Math.Min(k, sentenceEnd);
    }

    private bool IsComma(int k) =>
        doc.Tokens[k].Kind == TokenKind.Punctuation && doc.Word(k) is [',' or '\u060C'];

    // Words that count: number words (أطلقت خمسة صواريخ) and words of quantity (أطلقت مئات القذائف).
    public bool IsCountWord(ReadOnlySpan<char> word) =>
        Lexicon.Is(word, ScanWord.CountWord) || coder.IsNumberWord(word);

    private bool TryChild<T>(TokenTrie<T>.Node node, int j, out TokenTrie<T>.Node child)
    {
        child = node;
        if (!doc.IsWord(j))
        {
            return false;
        }

        if (node.TryGetChild(doc.Word(j), out child))
        {
            return true;
        }

        // Inside a trigger the article does not change it: أطلقت الصواريخ is أطلقت صواريخ.
        var word = doc.Word(j);
        if (word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal) && node.TryGetChild(word[2..], out child))
        {
            return true;
        }

        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        foreach (var reading in readings[..NameKey.FirstWordKeys(doc.Word(j), readings)])
        {
            if (NameKey.TryFirst(node, doc.Word(j), reading, out child))
            {
                return true;
            }
        }

        return false;
    }
}
