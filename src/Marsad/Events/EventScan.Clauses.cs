using System.Collections.Immutable;
using Marsad.Events.Arguments;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>What the trigger's clause says of it: a dependent verbal noun, a topic, a pronoun subject, a cue word, a circumstance.</summary>
internal sealed partial class EventScan
{
    /// <summary>
    /// Whether the trigger is a verbal noun that depends on another clause: one of purpose, behind ل
    /// (للمطالبة، لدعم، ليستقيل), or of manner, in the accusative (احتجاجا، تضامنا، تأييدا) or a plural
    /// participle (مطالبين، منددين). Its subject is that of the clause it depends on.
    /// </summary>
    private bool IsDependent(int i, TriggerMatch match)
    {
        var word = Word(i);
        var prefix = word[..match.Reading.Stripped];
        if (match.Reading.HasArticle && prefix.EndsWith("ال", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        if (prefix.Contains('ل'))
        {
            return true;
        }

        var stem = word[match.Reading.Stripped..];
        return stem.Length >= 5 && ((stem[^1] == 'ا' && stem[^2] != 'و' && stem[0] is 'ا' or 'ت') || (stem[0] == 'م' && stem.EndsWith("ين", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether the trigger names what another event is about rather than an event of its own: right after
    /// a topic word (data/rules/event-modality.tsv, kind topic: ضد، وقف، إنهاء), or right after a protest,
    /// demand, accusation or rejection, behind على or ب (احتجاجا على زيارته، تنديدا بالعدوان، مطالبين بالإفراج),
    /// or anywhere after a demand in its clause.
    /// </summary>
    private bool IsTopic(int a, int clauseStart, int i, TriggerMatch match)
    {
        // What a demand asks for is not an event yet: يطالبون بتدخل الأمم المتحدة وإرسال لجنة تحقيق.
        for (var j = clauseStart + 1; j <= i; j++)
        {
            if (TriggerEndingAt(j) == PloverType.Request)
            {
                return true;
            }
        }

        for (var j = Math.Max(a, i - 2); j < i; j++)
        {
            if (LongestModality(j, i) is (var end, "topic") && end == i)
            {
                return true;
            }
        }

        static bool Governs(PloverType? type) => type is PloverType.Protest or PloverType.Request or PloverType.Accuse or PloverType.Reject;
        var prefix = Word(i)[..match.Reading.Stripped];
        return (prefix.Contains('ب') && Governs(TriggerEndingAt(i)))
            || (i - 1 > a && Lexicon.Is(Word(i - 1), ScanWord.Against) && Governs(TriggerEndingAt(i - 1)));
    }

    /// <summary>
    /// The token of أنه / أنها / أنهم (with إن, بأن, و) that opens the trigger's clause right before the trigger
    /// or its subject-less verb, or -1: the clause's subject is then that pronoun.
    /// </summary>
    private int PronounSubjectBefore(int clauseStart, int i)
    {
        for (var j = i - 1; j >= Math.Max(clauseStart - 1, 0) && j >= i - 2; j--)
        {
            var word = Word(j);
            if (word.Length > 3 && word[0] is 'و' or 'ب' or 'ف' && word[1] == 'ا')
            {
                word = word[1..];
            }

            if (Lexicon.Is(word, ScanWord.PronounSubject))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether a cue word of the trigger (or, for the cue AGREEMENT, an agreement's name) stands in tokens [from, to).</summary>
    private bool HasCue(int from, int to, ImmutableArray<string> cues)
    {
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        for (var k = from; k < to; k++)
        {
            if (MentionAt(k) is { } mention && mention.Entity.Type == EntityType.Agreement && cues.Contains("AGREEMENT"))
            {
                return true;
            }

            if (!IsWord(k))
            {
                continue;
            }

            var word = Word(k);
            foreach (var reading in readings[..ArabicClitics.GetReadings(word, readings)])
            {
                var stem = reading.Stem(word);
                foreach (var cue in cues)
                {
                    if (stem.SequenceEqual(cue))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether the trigger stands behind a preposition of circumstance: في، جراء، إثر، خلال، أثناء، بسبب، نتيجة, or ب on it.</summary>
    private bool IsCircumstance(int clauseStart, int i, TriggerMatch match)
    {
        // After a verb of undergoing (تعرض، يتعرض: data/rules/event-modality.tsv, kind undergo) the one named
        // before it suffers the deed: ويقول إنه تعرض خلال الاستجواب للتعذيب، تعرضت القرية لقصف.
        for (var j = clauseStart; j <= i; j++)
        {
            if (LongestModality(j, j + 1).Kind == "undergo")
            {
                return true;
            }
        }

        if (Word(i)[..match.Reading.Stripped].Contains('ب'))
        {
            // قام بـ is "did": قامت امرأة بتفجير نفسها — the one before it acted.
            for (var j = clauseStart; j < i; j++)
            {
                var word = Word(j);
                if (word.Length > 3 && word[0] == 'و')
                {
                    word = word[1..];
                }

                if (Lexicon.Is(word, ScanWord.DidVerb))
                {
                    return false;
                }
            }

            return true;
        }

        // A trigger right after another one shares its circumstance: في انفجار سيارة مفخخة، بانفجار عبوة ناسفة،
        // في هجوم مسلح طال.
        var k = i;
        while (_triggerStartEndingAt.TryGetValue(k, out var previous) && previous < k)
        {
            k = previous;
            if (Word(k).Length > 4 && Word(k)[0] == 'ب')
            {
                return true;
            }
        }

        return k > 0 && IsWord(k - 1) && Lexicon.Is(Word(k - 1), ScanWord.Circumstance);
    }

    /// <summary>
    /// The subject of a verb that opens a relative clause is the clause's antecedent, the side right before the
    /// relative word (فرقت الشرطة المحتجين الذين تجمعوا: the protesters gathered), not the subject of the clause the
    /// relative clause sits in. Not when the verb carries a pronoun that takes the antecedent up as its object (الهجوم
    /// الذي شنته حماس، المدينة التي قصفتها القوات) or a side stands right after it as its own subject, nor for a verbal noun.
    /// </summary>
    private Side? RelativeSubject(int a, int i, TriggerMatch match, Side? after)
    {
        if (i - 2 < a || match.Reading.HasArticle || !_doc.Is(i - 1, ArgumentCue.Relative) || ObjectPronounEndings.Of(_doc, match.End - 1) != PronounEnding.None
            || (after is not null && after.Start == match.End && !SideIds.AllIn(after.Ids, _places)))
        {
            return null;
        }

        return PreviousSide(a, i - 1) is { } antecedent && antecedent.End == i - 1 ? antecedent : null;
    }

    /// <summary>
    /// Whether the trigger is the object of a condemnation and the nearest side before it (<see cref="PreviousSide"/>)
    /// its subject: أدانت مصر الهجوم، ندد الاتحاد بالهجوم، الحكومة أدانت التفجير — the one who condemns an act did
    /// not do it, so neither that side nor its nationality (الحكومة الأردنية الهجوم) is the act's actor.
    /// </summary>
    private bool IsCondemned(int clauseStart, int i)
    {
        if (_disapprovalEnds.Count == 0 || PreviousSide(clauseStart, i) is not { } side)
        {
            return false;
        }

        // VSO, the condemnation right before the side and the side right before the act (a time between allowed);
        // SVO, the side right before the condemnation and the condemnation right before the act.
        return (_disapprovalEnds.Contains(side.Start) && OnlyTimeBetween(side.End, i))
            || (_disapprovalEnds.Contains(i) && _triggerStartEndingAt.GetValueOrDefault(i, -1) == side.End);
    }

    private bool OnlyTimeBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!_doc.InTime[k])
            {
                return false;
            }
        }

        return true;
    }
}
