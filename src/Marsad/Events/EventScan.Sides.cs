using System.Collections.Immutable;
using System.Globalization;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Times;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>The sides of an event: actors and recipients from the mentions of the clause, and where clauses end.</summary>
internal sealed partial class EventScan
{
    private sealed record Side(int Start, int End, ImmutableArray<string> Ids);

    /// <summary>
    /// A noun with a nationality after it names a side of that country when nothing else names it:
    /// قوات إسرائيلية، الطائرات الإسرائيلية، عناصر شرطة عراقيون، قوى لبنانية. Such a side is a subject before
    /// its verb or the actor after an agent phrase (برصاص قوات إسرائيلية), but not the noun right after a
    /// verb, which news writes in the passive far more often (قتل جندي أمريكي: a soldier was killed).
    /// </summary>
    private void MarkNationalSides()
    {
        var covered = PooledArrays.RentCleared<bool>(_tokens.Length);
        try
        {
            MarkNationalSides(covered);
        }
        finally
        {
            PooledArrays.Return(covered);
        }
    }

    private void MarkNationalSides(bool[] covered)
    {
        for (var f = 0; f < _tokens.Length; f++)
        {
            for (var t = f; MentionAt(f) is { } mention && t < mention.End; t++)
            {
                covered[t] = true;
            }
        }

        for (var t = 1; t < _tokens.Length; t++)
        {
            var noun = t - 1;
            // Two words of one noun stand before the nationality: عناصر شرطة عراقيون.
            // Only before a nationality, and the word compared first: IsNoun probes the rule tables.
            if (noun > 0 && _adjectiveAt[t] is not null && Word(noun - 1) is "رجال" or "عناصر" or "افراد" or "قوات" && IsNoun(noun) && IsNoun(noun - 1))
            {
                noun--;
            }

            if (_adjectiveAt[t] is not { } country || !IsNoun(t - 1) || covered[noun] || MentionAt(noun) is not null)
            {
                continue;
            }

            var word = Word(noun);
            var start = _tokens[noun].Span.Start;
            // A conjunction or preposition written on the noun is not part of the side (وقوات، بنيران).
            var clitic = word.Length > 4 && word[0] is 'و' or 'ف' or 'ب' or 'ل' && (word[1..].StartsWith("ال", StringComparison.Ordinal) || word[1] == 'ل') ? 1
                : word.Length > 5 && word[0] is 'و' or 'ف' && word[1] is 'ب' or 'ل' ? 2
                : 0;
            SetMentionAt(noun, (country, t + 1, start + clitic));
            _nominal.Add(noun);
        }
    }

    /// <summary>
    /// A word that can head a noun phrase: not a number, a function word or a nationality; nor الدولة /
    /// البلاد, which stand for the document's main country (الدولة السوفيتية السابقة is Kazakhstan).
    /// </summary>
    private bool IsNoun(int j) =>
        IsWord(j) && _tokens[j].Kind == TokenKind.Word && _adjectiveAt[j] is null && Word(j).Length >= 3 && !IsBoundary(j)
        && Word(j) is not ("الدوله" or "البلاد" or "البلد" or "الذي" or "التي" or "الذين" or "علي" or "الي" or "ضد" or "عن" or "في" or "من" or "مع" or "بين" or "لدي" or "كل" or "بعض" or "غير");

    /// <summary>
    /// البلدين، الجانبين، الطرفين stand for the last two countries named before them: such a token becomes
    /// a side holding both (وتعززت العلاقات بين البلدين).
    /// </summary>
    private void MarkReciprocals(ImmutableArray<EntityRecord> entities)
    {
        // Built at the first such word: most texts have none.
        List<(int Start, EntityRecord Entity)>? countries = null;
        for (var t = 0; t < _tokens.Length; t++)
        {
            if (!IsWord(t) || MentionAt(t) is not null || !IsReciprocal(Word(t)))
            {
                continue;
            }

            countries ??= entities.Where(static e => e.Type == "COUNTRY")
                .SelectMany(static e => e.Mentions.Select(m => (m.Span.Start, Entity: e)))
                .OrderBy(static m => m.Start)
                .ToList();

            var before = countries.Where(c => c.Start < _tokens[t].Span.Start).Select(static c => c.Entity).Reverse().DistinctBy(static e => e.Id).Take(2).ToList();
            if (before.Count == 2)
            {
                _reciprocal[t] = (before[1].Id, before[0].Id);
                SetMentionAt(t, (before[0], t + 1, _tokens[t].Span.Start + (Word(t)[0] is 'ب' or 'ل' or 'و' ? 1 : 0)));
            }
        }
    }

    private static bool IsReciprocal(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word[0] is 'و' or 'ب' or 'ل' && word[1] == 'ا')
        {
            word = word[1..];
        }

        return word is "البلدين" or "البلدان" or "الجانبين" or "الجانبان" or "الطرفين" or "الطرفان";
    }

    /// <summary>The first side after token <paramref name="from"/> in the clause, behind one of <paramref name="markers"/> (none: behind no preposition).</summary>
    private Side? NextSide(int from, int clauseEnd, ImmutableArray<string> markers)
    {
        for (var j = from; j < clauseEnd; j++)
        {
            if (MentionAt(j) is not { } mention)
            {
                continue;
            }

            var marked = Marker(j);
            var wanted = markers.IsEmpty ? marked is null : marked is not null && markers.Contains(marked);
            if (markers.Contains("object") && marked is null)
            {
                wanted = true;
            }

            return wanted ? Compound(j, clauseEnd) : markers.IsEmpty ? null : NextSide(mention.End, clauseEnd, markers);
        }

        return null;
    }

    /// <summary>
    /// The speaker of the clause a plural verb sits in: قال الجيش الأمريكي إن جنوده قتلوا… — the entity right
    /// after the reporting verb that opens the sentence before the clause.
    /// </summary>
    private Side? ReporterOf(int a, int clauseStart)
    {
        for (var j = clauseStart - 1; j >= a; j--)
        {
            var (end, kind) = LongestModality(j, clauseStart);
            if (kind == "reported" && end > j)
            {
                return NextSide(end, clauseStart, markers: []);
            }
        }

        return null;
    }

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
            if (_triggerEndingAt.GetValueOrDefault(j) == "REQUEST")
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

        static bool Governs(string? type) => type is "PROTEST" or "REQUEST" or "ACCUSE" or "REJECT";
        var prefix = Word(i)[..match.Reading.Stripped];
        return (prefix.Contains('ب') && Governs(_triggerEndingAt.GetValueOrDefault(i)))
            || (i - 1 > a && Word(i - 1) is "علي" or "ضد" && Governs(_triggerEndingAt.GetValueOrDefault(i - 1)));
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

            if (word is "انه" or "انها" or "انهم" or "انهما")
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
            if (MentionAt(k) is { } mention && mention.Entity.Type == "AGREEMENT" && cues.Contains("AGREEMENT"))
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

                if (word is "قام" or "قامت" or "قاموا" or "قاما" or "يقوم" or "تقوم" or "يقومون" or "سيقوم" or "ستقوم")
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

        return k > 0 && IsWord(k - 1) && Word(k - 1) is "في" or "جراء" or "اثر" or "خلال" or "اثناء" or "بسبب" or "نتيجه" or "بعد" or "عقب";
    }

    /// <summary>
    /// The side named by an agent phrase (data/rules/event-modality.tsv, kind agent) in tokens [from, to):
    /// the first mention right after the phrase, behind no preposition (برصاص قوات الاحتلال، على أيدي مسلحين،
    /// تبنته حركة طالبان); or, for an owner phrase right at <paramref name="ownerAt"/> (the end of the trigger
    /// that names a weapon), the mention behind ل (طائرة مسيرة تابعة للقوات الأمريكية — but not حافلة تابعة
    /// للشرطة, which names the target).
    /// </summary>
    private Side? AgentSide(int from, int to, int ownerAt = -1)
    {
        for (var j = from; j < to; j++)
        {
            var (end, kind) = LongestModality(j, to);
            if (kind != "agent" && (kind != "owner" || j != ownerAt))
            {
                continue;
            }

            var words = 0;
            for (var k = end; k < to && words <= 1; k++)
            {
                if (MentionAt(k) is not null)
                {
                    // An owner is named behind ل: طائرة تابعة للقوات الأمريكية.
                    if (Marker(k) is null || (kind == "owner" && Marker(k) == "ل"))
                    {
                        return Compound(k, to);
                    }

                    break;
                }

                words += IsWord(k) ? 1 : 0;
            }
        }

        return null;
    }

    /// <summary>A named group behind a generic actor anywhere in [a, b): مهاجم انتحاري من حركة الشباب، مسلحون من حماس.</summary>
    private Side? GroupBehindGeneric(int a, int b)
    {
        for (var j = a; j < b; j++)
        {
            if (MentionAt(j) is { } mention && _generic.Contains(mention.Entity.Id) && GroupAfter(mention.End, b) is { } group)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>A named group right after من at token k, its head noun allowed before the name (من حركة الشباب).</summary>
    private Side? GroupAfter(int k, int b)
    {
        if (k + 1 >= b || Word(k) is not "من")
        {
            return null;
        }

        for (var g = k + 1; g < Math.Min(b, k + 3); g++)
        {
            if (MentionAt(g) is { } group)
            {
                return group.Entity.Type is "GROUP" or "ORGANIZATION" && !_generic.Contains(group.Entity.Id) ? Compound(g, b) : null;
            }
        }

        return null;
    }

    /// <summary>The nearest side before token i in its clause.</summary>
    private Side? PreviousSide(int clauseStart, int i)
    {
        for (var j = i - 1; j >= clauseStart; j--)
        {
            // A prepositional object (مع إسرائيل) is not a subject; nor is a noun with a nationality right
            // after an earlier trigger, which it belongs to (قتل جندي أمريكي في انفجار: the soldier was killed).
            if (_nominal.Contains(j) && _triggerEndingAt.ContainsKey(j))
            {
                continue;
            }

            if (MentionAt(j) is { } mention && mention.End <= i && Marker(j) is null)
            {
                // Back to the first member of a compound (المغرب والبحرين والإمارات).
                var first = j;
                for (var k = j - 1; k >= clauseStart; k--)
                {
                    if (MentionAt(k) is { } earlier && earlier.End <= first && JoinedByWaw(earlier.End, first))
                    {
                        first = k;
                    }
                }

                return Compound(first, i);
            }
        }

        return null;
    }

    /// <summary>A side starting at token j, with the entities joined to it by و.</summary>
    private Side Compound(int j, int limit)
    {
        var ids = ImmutableArray.CreateBuilder<string>();
        var end = j;
        var k = j;
        while (k < limit && MentionAt(k) is { } mention)
        {
            if (_reciprocal.TryGetValue(k, out var pair) && !ids.Contains(pair.First))
            {
                ids.Add(pair.First);
            }

            if (!ids.Contains(mention.Entity.Id))
            {
                ids.Add(mention.Entity.Id);
            }

            end = mention.End;
            k = mention.End;

            // A title and the name right after it are one person (الرئيس التركي رجب طيب أردوغان).
            while (k < limit && MentionAt(k) is { } apposition && apposition.Entity.Id == mention.Entity.Id)
            {
                end = k = apposition.End;
            }

            if (k < limit && Word(k) is "و")
            {
                k++;
            }
            else if (k >= limit || MentionAt(k) is not { } next || !HasConjunction(k, next.MentionStart))
            {
                break;
            }
        }

        return new Side(j, end, ids.ToImmutable());
    }

    private bool JoinedByWaw(int end, int next) =>
        next == end ? MentionAt(next) is { } m && HasConjunction(next, m.MentionStart) : next == end + 1 && Word(end) is "و";

    /// <summary>Whether the token at j carries the conjunction و before its mention (والبحرين), not a name that starts with و (واشنطن).</summary>
    private bool HasConjunction(int j, int mentionStart) =>
        mentionStart > _tokens[j].Span.Start && _text.Text[_tokens[j].Span.Start] == 'و';

    /// <summary>The preposition marking the mention at token j: a word before it, or a proclitic on it (ب ل).</summary>
    private string? Marker(int j)
    {
        if (j > 0 && IsWord(j - 1))
        {
            var before = Word(j - 1);
            // من after a word of quantity is partitive, not a preposition: عشرات من المستوطنين هاجموا.
            if (before is "من" && j > 1 && IsWord(j - 2) && IsPartitiveHead(Word(j - 2)))
            {
                return null;
            }

            if (before is "مع" or "الي" or "علي" or "ضد" or "من" or "في" or "عن" or "بين" or "لدي" or "امام" or "تجاه" or "نحو")
            {
                return Denormalize(before.ToString());
            }

            // A compass word or a word of place before a mention makes it where, not who (شمال غرب باكستان، قرب الحدود).
            if (IsPlaceWord(before))
            {
                return "في";
            }
        }

        // A proclitic is what the token holds before the mention starts (بإسرائيل: ب).
        if (MentionAt(j) is { } m && m.MentionStart > _tokens[j].Span.Start)
        {
            var prefix = _text.Text.AsSpan(_tokens[j].Span.Start, m.MentionStart - _tokens[j].Span.Start);
            return prefix.Contains('ب') ? "ب" : prefix.Contains('ل') ? "ل" : null;
        }

        // A generic actor's mention keeps its clitics (للمسلحين، بالمتظاهرين): read them off the word.
        if (MentionAt(j) is { } g && _generic.Contains(g.Entity.Id))
        {
            var word = Word(j);
            if (word.Length > 4 && word[0] is 'و' or 'ف')
            {
                word = word[1..];
            }

            return word.StartsWith("لل", StringComparison.Ordinal) ? "ل" : word.StartsWith("بال", StringComparison.Ordinal) ? "ب" : null;
        }

        return null;
    }

    private static bool IsPlaceWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word[0] is 'و' or 'ب' && !word.StartsWith("وسط", StringComparison.Ordinal))
        {
            word = word[1..];
        }

        return word is "شمال" or "جنوب" or "شرق" or "غرب" or "وسط" or "شمالي" or "جنوبي" or "شرقي" or "غربي"
            or "قرب" or "داخل" or "خارج" or "عند" or "حول" or "قباله" or "اطراف" or "ضواحي" or "انحاء";
    }

    private bool IsPartitiveHead(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal))
        {
            word = word[2..];
        }

        return IsCountWord(word) || word is "ثله" or "مجموعه" or "مجموعات" or "حشد" or "حشود" or "بعض" or "عشرات" or "مئات" or "الاف" or "الوف" or "كثير" or "اكثر" or "عناصر" or "افراد";
    }

    // The trigger file writes prepositions in ordinary spelling; the text is normalised.
    private static string Denormalize(string preposition) => preposition switch
    {
        "الي" => "إلى",
        "علي" => "على",
        "لدي" => "لدى",
        "امام" => "أمام",
        _ => preposition,
    };

    /// <summary>الدولة / البلاد right after the actor stands for the document's main country, for object recipients.</summary>
    private Side? FocusAfter(int from, int clauseEnd, EventTrigger trigger)
    {
        if (_focusCountry is null || !trigger.RecipientMarkers.Contains("object") || from >= clauseEnd || !IsWord(from))
        {
            return null;
        }

        return Word(from) is "الدوله" or "البلاد" or "البلد" ? new Side(from, from + 1, [_focusCountry]) : null;
    }

    private IEnumerable<string> Sides(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (MentionAt(j) is { } mention)
            {
                yield return mention.Entity.Id;
            }
        }
    }

    private bool IsAgreement(string id) => id.StartsWith("agreement/", StringComparison.Ordinal);

    private int ClauseStart(int a, int i)
    {
        a = i >= _datelineEnd ? Math.Max(a, _datelineEnd) : a;
        for (var j = i - 1; j >= a; j--)
        {
            if (IsBoundary(j))
            {
                return j + 1;
            }
        }

        return a;
    }

    private int ClauseEnd(int from, int b)
    {
        for (var j = from; j < b; j++)
        {
            if (IsBoundary(j))
            {
                return j;
            }
        }

        return b;
    }

    /// <summary>A word that ends a clause, itself or behind a proclitic (بأن، لكن، وإن).</summary>
    private bool IsBoundary(int j)
    {
        if (IsParentheticalComma(j))
        {
            return false;
        }

        foreach (var hit in _words.At(j, Word(j)))
        {
            if (hit.Facts.Modality is { } node && node.Values.Contains("boundary"))
            {
                return true;
            }
        }

        return false;
    }
}
