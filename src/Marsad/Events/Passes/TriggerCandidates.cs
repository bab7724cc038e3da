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
internal sealed class TriggerCandidates(EventDocument doc, EventCoder coder)
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

            if (reading.Stripped > 0 && (ordinary ??= OrdinaryWords.Contains(doc.Word(i))))
            {
                continue;
            }

            var end = node.HasValues ? i + 1 : -1;
            var trigger = node.HasValues ? node.Values[0] : null;
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
                        (end, trigger, gapAtEnd) = (j, node.Values[0], gap);
                    }

                    continue;
                }

                // إقامة المغرب والبحرين علاقات: the subject of a verbal noun stands between its words; so
                // do a count (أطلقت 5 صواريخ) and a time (أطلقت صباح أمس صواريخ).
                var k = j;
                while (!gapUsed && k < sentenceEnd && k - j < MaxGapWords)
                {
                    if (doc.MentionAt(k) is { } mention)
                    {
                        k = mention.End;
                    }
                    else if (doc.Tokens[k].Kind == TokenKind.Number || IsCountWord(doc.Word(k)) || doc.InTime[k])
                    {
                        k++;
                    }
                    else
                    {
                        break;
                    }
                }

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
