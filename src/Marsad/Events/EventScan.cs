using System.Collections.Immutable;
using System.Globalization;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Times;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>One pass of the <see cref="EventCoder"/> over one document; see the coder for the rules.</summary>
internal sealed class EventScan
{
    private const int MaxGapWords = 8;
    private const int MaxNegationDistance = 3;

    private readonly TextAnalysis _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly NormalizedText _norm;
    private readonly ImmutableArray<TimeExpression> _times;
    private readonly DateOnly? _published;
    private readonly string _documentId;
    private readonly EventCoder _coder;

    // For each token, the entity whose name, metonym or role mention starts there, and the end token of that mention.
    private readonly (EntityRecord Entity, int End, int MentionStart)?[] _mentionAt;

    // For each token, the country whose nisba adjective it is (غارة إسرائيلية).
    private readonly EntityRecord?[] _adjectiveAt;
    private readonly string? _focusCountry;

    // Places are where events happen, not who acts: they are never actors.
    private readonly HashSet<string> _places;

    private readonly ImmutableArray<EntityRecord> _entities;

    // Generic actors (a crowd, gunmen) found without a country: groups named only in role form.
    private readonly HashSet<string> _generic;

    // Tokens that stand for the last two countries named before them (البلدين، الجانبين): both ids.
    private readonly Dictionary<int, (string First, string Second)> _reciprocal = [];

    // Generic actors placed in a country, by sentence: (generic id, sentence) → country id.
    private readonly Dictionary<(string Id, int Sentence), string> _placed = [];

    public EventScan(TextAnalysis text, ImmutableArray<EntityRecord> entities, ImmutableArray<TimeExpression> times, DateOnly? published, string documentId, EventCoder coder)
    {
        _text = text;
        _tokens = text.Tokens;
        _norm = text.Normalized;
        _times = times;
        _published = published;
        _documentId = documentId;
        _coder = coder;
        _mentionAt = new (EntityRecord, int, int)?[_tokens.Length];
        _adjectiveAt = new EntityRecord?[_tokens.Length];
        foreach (var entity in entities.Where(static e => e.Type == "COUNTRY"))
        {
            foreach (var mention in entity.Mentions.Where(static m => m.Form == MentionForms.Adjective))
            {
                var (first, _) = TokensOf(mention.Span);
                if (first >= 0)
                {
                    _adjectiveAt[first] = entity;
                }
            }
        }

        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions.Where(static m => m.Form != MentionForms.Adjective))
            {
                var (first, end) = TokensOf(mention.Span);
                if (first >= 0 && (_mentionAt[first] is not { } other || other.End - first < end - first))
                {
                    _mentionAt[first] = (entity, end, mention.Span.Start);
                }
            }
        }

        MarkReciprocals(entities);
        _places = entities.Where(static e => e.Type == "LOCATION").Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);
        _entities = entities;
        _generic = entities.Where(static e => e.Type == "GROUP" && e.Country is null && e.Mentions.All(static m => m.Form == MentionForms.Role))
            .Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);

        // News leads with its subject: the main country is the first one named more than once.
        _focusCountry = entities.Where(static e => e.Type == "COUNTRY" && e.Mentions.Length > 1)
            .OrderBy(static e => e.Mentions.Min(static m => m.Span.Start)).FirstOrDefault()?.Id;
    }

    public ImmutableArray<EventRecord> Run()
    {
        var events = ImmutableArray.CreateBuilder<EventRecord>();
        for (var s = 0; s < _text.Sentences.Length; s++)
        {
            var (a, b) = TokensOf(_text.Sentences[s]);
            if (a < 0)
            {
                continue;
            }

            var coded = new List<EventRecord>();
            var i = a;
            while (i < b)
            {
                if (MatchTrigger(i, b) is not { } match)
                {
                    i++;
                    continue;
                }

                if (Code(s, a, b, i, match) is { } e)
                {
                    Merge(coded, e);
                }

                i = match.End;
            }

            events.AddRange(FoldIntoProtests(coded));
        }

        return events.ToImmutable();
    }

    /// <summary>
    /// What a protest says is the protest: in a sentence with a PROTEST event, the demands, accusations,
    /// rejections and expressions of support made by the same protesters (or by no one named) are its
    /// content, not events of their own (تظاهر الآلاف مطالبين بالإصلاح ومنددين بالفساد).
    /// </summary>
    private static IEnumerable<EventRecord> FoldIntoProtests(List<EventRecord> coded)
    {
        var protests = coded.Where(static e => e.Event == "PROTEST").ToList();
        if (protests.Count == 0)
        {
            return coded;
        }

        return coded.Where(e => e.Event is not ("REQUEST" or "ACCUSE" or "REJECT" or "SUPPORT")
            || !protests.Any(p => e.Actor.IsEmpty || e.Actor.All(p.Actor.Contains)));
    }

    /// <summary>
    /// Adds an event to those of its sentence unless one of the same type already says it: when the sides
    /// of one hold those of the other (قتل خمسة أشخاص في انفجار سيارة مفخخة: one attack), the two are one,
    /// kept with the more sides and the more specific CAMEO code.
    /// </summary>
    private static void Merge(List<EventRecord> coded, EventRecord e)
    {
        static bool Within(ImmutableArray<string> small, ImmutableArray<string> large) => small.All(large.Contains);

        for (var k = 0; k < coded.Count; k++)
        {
            var c = coded[k];
            if (c.Event != e.Event)
            {
                continue;
            }

            if (Within(e.Actor, c.Actor) && Within(e.Recipient, c.Recipient))
            {
                coded[k] = e.Cameo?.Length > c.Cameo?.Length && e.Actor.Length == c.Actor.Length && e.Recipient.Length == c.Recipient.Length ? e : c;
                return;
            }

            if (Within(c.Actor, e.Actor) && Within(c.Recipient, e.Recipient))
            {
                coded[k] = e;
                return;
            }
        }

        coded.Add(e);
    }

    /// <summary>A trigger over tokens [start, End); <c>Gap</c> is the first token of the entities standing between its words, or -1.</summary>
    private sealed record TriggerMatch(int End, EventTrigger Trigger, CliticReading Reading, int Gap);

    private ReadOnlySpan<char> Word(int i) => _tokens[i].NormalizedIn(_norm);

    private bool IsWord(int i) => i >= 0 && i < _tokens.Length && _tokens[i].Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>The longest trigger starting at token i, its words read through their clitics, entity names allowed between them.</summary>
    private TriggerMatch? MatchTrigger(int i, int sentenceEnd)
    {
        if (!IsWord(i))
        {
            return null;
        }

        TriggerMatch? best = null;
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];

        // A word that is itself an ordinary word (وزارة) is not a proclitic on a trigger (و + زاره).
        var ordinary = OrdinaryWords.Contains(Word(i));
        foreach (var reading in readings[..NameKey.FirstWordKeys(Word(i), readings)])
        {
            if ((ordinary && reading.Stripped > 0) || !NameKey.TryFirst(_coder.Triggers.Root, Word(i), reading, out var node))
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
                // does a count (أطلقت 5 صواريخ).
                var k = j;
                while (!gapUsed && k < sentenceEnd && k - j < MaxGapWords)
                {
                    if (_mentionAt[k] is { } mention)
                    {
                        k = mention.End;
                    }
                    else if (_tokens[k].Kind == TokenKind.Number || IsCountWord(Word(k)))
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

    // Words that count without being a number (أطلقت عشرات الصواريخ).
    private static bool IsCountWord(ReadOnlySpan<char> word) =>
        word is "عشرات" or "مئات" or "الاف" or "ملايين" or "عده" or "عدد" or "بضع" or "بضعه";

    private bool TryChild<T>(TokenTrie<T>.Node node, int j, out TokenTrie<T>.Node child)
    {
        child = node;
        if (!IsWord(j))
        {
            return false;
        }

        if (node.TryGetChild(Word(j), out child))
        {
            return true;
        }

        // Inside a trigger the article does not change it: أطلقت الصواريخ is أطلقت صواريخ.
        var word = Word(j);
        if (word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal) && node.TryGetChild(word[2..], out child))
        {
            return true;
        }

        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        foreach (var reading in readings[..NameKey.FirstWordKeys(Word(j), readings)])
        {
            if (NameKey.TryFirst(node, Word(j), reading, out child))
            {
                return true;
            }
        }

        return false;
    }

    private EventRecord? Code(int sentence, int a, int b, int i, TriggerMatch match)
    {
        var clauseStart = ClauseStart(a, i);
        var clauseEnd = ClauseEnd(match.End, b);

        // The entities between a trigger's words are its subject (أقامت كازاخستان علاقات); else, VSO, an
        // entity right after the trigger and behind no preposition; else, SVO, the nearest one before it.
        var after = NextSide(match.End, clauseEnd, markers: []);
        // A trigger that is itself the name of its actors (المتظاهرون) makes them the actor.
        // A verb that carries a plural subject (قتلوا، هاجموا) has it before it or in a pronoun: what
        // follows is its object, not its actor.
        var pluralVerb = match.End == i + 1 && (Word(i).EndsWith("وا", StringComparison.Ordinal) || Word(i).EndsWith("ون", StringComparison.Ordinal));
        var actor = match.Gap >= 0 && _mentionAt[match.Gap] is not null ? Compound(match.Gap, match.End)
            : !pluralVerb && after is { } vso && vso.Start <= match.End + 1 ? vso
            : PreviousSide(clauseStart, i)
            ?? (pluralVerb ? ReporterOf(a, clauseStart) : null)
            ?? (_mentionAt[i] is not null ? Compound(i, match.End) : null);
        var from = actor is not null && actor.Start >= match.End ? actor.End : match.End;
        var recipient = NextSide(from, clauseEnd, match.Trigger.RecipientMarkers) ?? FocusAfter(from, clauseEnd, match.Trigger);
        // A trigger noun with a nationality after it (غارة إسرائيلية، قصف روسي), or a subject noun with one
        // right before the trigger (الطائرات الإسرائيلية أطلقت), names its actor's country.
        if (actor is null && match.End < b && _adjectiveAt[match.End] is { } nationality)
        {
            actor = new Side(match.End, match.End + 1, [nationality.Id]);
        }
        else if (actor is null && i - 1 >= clauseStart && _adjectiveAt[i - 1] is { } subject)
        {
            actor = new Side(i - 1, i, [subject.Id]);
        }

        // A reciprocal side with the other side empty (اتفق الجانبان، العلاقات بين البلدين) is both sides:
        // the first country named acts, the second receives.
        if (actor is null && recipient is { } both && _reciprocal.ContainsKey(both.Start))
        {
            (actor, recipient) = (both with { Ids = [both.Ids[0]] }, both with { Ids = [.. both.Ids.Skip(1)] });
        }
        else if (actor is { } pair && _reciprocal.ContainsKey(pair.Start) && pair.Ids.Length == 2 && (recipient is null || recipient.Ids.All(pair.Ids.Contains)))
        {
            (actor, recipient) = (pair with { Ids = [pair.Ids[0]] }, pair with { Ids = [pair.Ids[1]] });
        }

        var actors = (actor?.Ids ?? []).Where(id => !IsAgreement(id) && !_places.Contains(id)).Select(id => Placed(id, sentence, a, b)).ToImmutableArray();
        var recipients = (recipient?.Ids ?? []).Where(id => !IsAgreement(id) && !actors.Contains(id)).ToImmutableArray();
        var about = Sides(match.End, clauseEnd).Where(IsAgreement).Distinct().ToImmutableArray();
        // Attacks and protests are news even when the text names no one behind them ("قتل شخص في انفجار");
        // an event of any other kind without an actor is more often a mention than an event.
        if (actors.IsEmpty && match.Trigger.Event is not ("ASSAULT" or "PROTEST"))
        {
            return null;
        }

        var (date, dateFrom) = DateOf(a, b, i);
        var trigger = new Mention(
            new TextSpan(_tokens[i].Span.Start, _tokens[match.End - 1].Span.End),
            _text.Text[_tokens[i].Span.Start.._tokens[match.End - 1].Span.End],
            "trigger");
        return new EventRecord(
            EventCoder.Id(_documentId, sentence, trigger.Span.Start),
            match.Trigger.Event,
            match.Trigger.Mode,
            match.Trigger.Contexts,
            match.Trigger.Cameo,
            actors,
            recipients,
            about,
            date,
            dateFrom,
            Modality(a, i, match, date, dateFrom),
            sentence,
            trigger,
            match.Trigger.Id);
    }

    private sealed record Side(int Start, int End, ImmutableArray<string> Ids);

    /// <summary>For each token, the sentence the scan reads it in (-1 for none); built once, linear.</summary>
    private int[] SentenceOfTokens()
    {
        var sentenceOf = new int[_tokens.Length];
        Array.Fill(sentenceOf, -1);
        for (var s = 0; s < _text.Sentences.Length; s++)
        {
            var (a, b) = TokensOf(_text.Sentences[s]);
            for (var t = Math.Max(a, 0); t < b; t++)
            {
                sentenceOf[t] = s;
            }
        }

        return sentenceOf;
    }

    /// <summary>
    /// البلدين، الجانبين، الطرفين stand for the last two countries named before them: such a token becomes
    /// a side holding both (وتعززت العلاقات بين البلدين).
    /// </summary>
    private void MarkReciprocals(ImmutableArray<EntityRecord> entities)
    {
        var countries = entities.Where(static e => e.Type == "COUNTRY")
            .SelectMany(static e => e.Mentions.Select(m => (m.Span.Start, Entity: e)))
            .OrderBy(static m => m.Start)
            .ToList();
        for (var t = 0; t < _tokens.Length; t++)
        {
            if (!IsWord(t) || _mentionAt[t] is not null || !IsReciprocal(Word(t)))
            {
                continue;
            }

            var before = countries.Where(c => c.Start < _tokens[t].Span.Start).Select(static c => c.Entity).Reverse().DistinctBy(static e => e.Id).Take(2).ToList();
            if (before.Count == 2)
            {
                _reciprocal[t] = (before[1].Id, before[0].Id);
                _mentionAt[t] = (before[0], t + 1, _tokens[t].Span.Start + (Word(t)[0] is 'ب' or 'ل' or 'و' ? 1 : 0));
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

    /// <summary>A generic actor placed in the country its sentence is set in (a place of the sentence, or a country after في); others as they are.</summary>
    private string Placed(string id, int sentence, int a, int b)
    {
        if (!_generic.Contains(id))
        {
            return id;
        }

        for (var j = a; j < b; j++)
        {
            if (_mentionAt[j] is not { } mention)
            {
                continue;
            }

            var country = mention.Entity.Type == "LOCATION" ? mention.Entity.Country
                : mention.Entity.Type == "COUNTRY" && Marker(j) == "في" ? mention.Entity.Id
                : null;
            if (country is not null)
            {
                _placed[(id, sentence)] = country;
                return $"{id}/{country}";
            }
        }

        return id;
    }

    /// <summary>
    /// The entities with each placed generic actor split off: its mentions in the sentences where it was
    /// placed move to an entity of that country (group/protesters/TUR); what is left stays generic.
    /// </summary>
    public ImmutableArray<EntityRecord> EntitiesWithPlacedActors(ImmutableArray<EventRecord> events)
    {
        if (_placed.Count == 0)
        {
            return _entities;
        }

        // An id an event still names stays, whatever moved out of it.
        var named = events.SelectMany(static e => e.Actor.Concat(e.Recipient)).ToHashSet(StringComparer.Ordinal);

        var result = new List<EntityRecord>();
        var derived = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        var sentenceOf = SentenceOfTokens();
        foreach (var entity in _entities)
        {
            var kept = new List<Mention>();
            foreach (var mention in entity.Mentions)
            {
                var first = TokensOf(mention.Span).First;
                var sentence = first >= 0 ? sentenceOf[first] : -1;
                if (_placed.TryGetValue((entity.Id, sentence), out var country))
                {
                    var id = $"{entity.Id}/{country}";
                    if (!derived.TryGetValue(id, out var moved))
                    {
                        derived[id] = moved = [];
                    }

                    moved.Add(mention);
                }
                else
                {
                    kept.Add(mention);
                }
            }

            if (kept.Count > 0 || named.Contains(entity.Id))
            {
                result.Add(kept.Count == entity.Mentions.Length || kept.Count == 0 ? entity : entity with { Mentions = [.. kept] });
            }

            foreach (var (id, mentions) in derived.Where(d => d.Key.StartsWith(entity.Id + "/", StringComparison.Ordinal)).ToList())
            {
                var country = id[(entity.Id.Length + 1)..];
                var countryName = _entities.FirstOrDefault(e => e.Id == country)?.Name ?? country;
                result.Add(entity with { Id = id, Name = $"{entity.Name} ({countryName})", Country = country, Mentions = [.. mentions] });
                derived.Remove(id);
            }
        }

        // Every id an event names is an entity of the document, whatever the sentences said.
        foreach (var id in named.Where(id => result.All(e => e.Id != id)))
        {
            var slash = id.LastIndexOf('/');
            if (slash > 0 && _entities.FirstOrDefault(e => e.Id == id[..slash]) is { } generic)
            {
                result.Add(generic with { Id = id, Name = $"{generic.Name} ({id[(slash + 1)..]})", Country = id[(slash + 1)..] });
            }
        }

        return [.. result];
    }

    /// <summary>The first side after token <paramref name="from"/> in the clause, behind one of <paramref name="markers"/> (none: behind no preposition).</summary>
    private Side? NextSide(int from, int clauseEnd, ImmutableArray<string> markers)
    {
        for (var j = from; j < clauseEnd; j++)
        {
            if (_mentionAt[j] is not { } mention)
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

    /// <summary>The nearest side before token i in its clause.</summary>
    private Side? PreviousSide(int clauseStart, int i)
    {
        for (var j = i - 1; j >= clauseStart; j--)
        {
            // A prepositional object (مع إسرائيل) is not a subject.
            if (_mentionAt[j] is { } mention && mention.End <= i && Marker(j) is null)
            {
                // Back to the first member of a compound (المغرب والبحرين والإمارات).
                var first = j;
                for (var k = j - 1; k >= clauseStart; k--)
                {
                    if (_mentionAt[k] is { } earlier && earlier.End <= first && JoinedByWaw(earlier.End, first))
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
        while (k < limit && _mentionAt[k] is { } mention)
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
            while (k < limit && _mentionAt[k] is { } apposition && apposition.Entity.Id == mention.Entity.Id)
            {
                end = k = apposition.End;
            }

            if (k < limit && Word(k) is "و")
            {
                k++;
            }
            else if (k >= limit || _mentionAt[k] is not { } next || !HasConjunction(k, next.MentionStart))
            {
                break;
            }
        }

        return new Side(j, end, ids.ToImmutable());
    }

    private bool JoinedByWaw(int end, int next) =>
        next == end ? _mentionAt[next] is { } m && HasConjunction(next, m.MentionStart) : next == end + 1 && Word(end) is "و";

    /// <summary>Whether the token at j carries the conjunction و before its mention (والبحرين), not a name that starts with و (واشنطن).</summary>
    private bool HasConjunction(int j, int mentionStart) =>
        mentionStart > _tokens[j].Span.Start && _text.Text[_tokens[j].Span.Start] == 'و';

    /// <summary>The preposition marking the mention at token j: a word before it, or a proclitic on it (ب ل).</summary>
    private string? Marker(int j)
    {
        if (j > 0 && IsWord(j - 1))
        {
            var before = Word(j - 1);
            if (before is "مع" or "الي" or "علي" or "ضد" or "من" or "في" or "عن" or "بين" or "لدي" or "امام" or "تجاه" or "نحو")
            {
                return Denormalize(before.ToString());
            }
        }

        // A proclitic is what the token holds before the mention starts (بإسرائيل: ب).
        if (_mentionAt[j] is { } m && m.MentionStart > _tokens[j].Span.Start)
        {
            var prefix = _text.Text.AsSpan(_tokens[j].Span.Start, m.MentionStart - _tokens[j].Span.Start);
            return prefix.Contains('ب') ? "ب" : prefix.Contains('ل') ? "ل" : null;
        }

        return null;
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
            if (_mentionAt[j] is { } mention)
            {
                yield return mention.Entity.Id;
            }
        }
    }

    private bool IsAgreement(string id) => id.StartsWith("agreement/", StringComparison.Ordinal);

    private int ClauseStart(int a, int i)
    {
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
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        foreach (var reading in readings[..NameKey.FirstWordKeys(Word(j), readings)])
        {
            if (NameKey.TryFirst(_coder.Modality.Root, Word(j), reading, out var node) && node.Values.Contains("boundary"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest time expression of the sentence, else the published date.</summary>
    private (string? Date, string From) DateOf(int a, int b, int i)
    {
        var start = _tokens[a].Span.Start;
        var end = _tokens[b - 1].Span.End;
        var trigger = _tokens[i].Span.Start;
        var own = _times
            .Where(t => t.Span.Start >= start && t.Span.End <= end && t.Type is "DATE" or "TIME" && t.Value is not null)
            .OrderBy(t => Math.Abs(t.Span.Start - trigger))
            .FirstOrDefault();
        if (own is not null)
        {
            return (own.Value, "text");
        }

        return _published is { } p ? (p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "published") : (null, "unknown");
    }

    private ImmutableArray<string> Modality(int a, int i, TriggerMatch match, string? date, string dateFrom)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var j = a; j < i; j++)
        {
            var (end, kind) = LongestModality(j, i);
            if (kind is "negated" && i - end >= MaxNegationDistance)
            {
                continue;
            }

            if (kind is "future" or "negated" or "hypothetical" or "reported")
            {
                found.Add(kind);
            }

            if (IsWord(j) && Tense.IsFutureVerb(Word(j)))
            {
                found.Add("future");
            }
        }

        if (Tense.IsFutureVerb(Word(i)))
        {
            found.Add("future");
        }

        if (dateFrom == "text" && _published is { } published && date is not null && IsBefore(date, published))
        {
            found.Add("historical");
            found.Remove("future");
        }
        else if (dateFrom == "text" && _published is { } day && date is not null && IsAfter(date, day))
        {
            found.Add("future"); // dated after publication by its own text: زار… الشهر المقبل
        }

        return [.. found];
    }

    /// <summary>The longest modality phrase starting at token j (its first word read through its clitics: وبحسب، وقال).</summary>
    private (int End, string? Kind) LongestModality(int j, int limit)
    {
        var best = (End: -1, Kind: (string?)null);
        if (!IsWord(j))
        {
            return best;
        }

        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        foreach (var reading in readings[..NameKey.FirstWordKeys(Word(j), readings)])
        {
            if (!NameKey.TryFirst(_coder.Modality.Root, Word(j), reading, out var node))
            {
                continue;
            }

            if (node.HasValues && j + 1 > best.End)
            {
                best = (j + 1, node.Values[0]);
            }

            for (var k = j + 1; k < limit && IsWord(k) && node.TryGetChild(Word(k), out var next); k++)
            {
                node = next;
                if (node.HasValues && k + 1 > best.End)
                {
                    best = (k + 1, node.Values[0]);
                }
            }
        }

        return best;
    }

    /// <summary>Whether a TIMEX3 day, month or year value (2025-12-01, 2026-01, 2026) lies wholly after a date.</summary>
    private static bool IsAfter(string value, DateOnly date)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        if (value.Length == 4)
        {
            return year > date.Year;
        }

        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day > date;
        }

        return value.Length == 7 && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && (year > date.Year || (year == date.Year && month > date.Month));
    }

    /// <summary>Whether a TIMEX3 value (2020, 1992-05, 18 for a century, 198 for a decade) lies wholly before a date.</summary>
    private static bool IsBefore(string value, DateOnly date)
    {
        var digits = value.TakeWhile(char.IsDigit).Count();
        if (digits is < 2 or > 4 || !int.TryParse(value.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var head))
        {
            return false;
        }

        // A century (18) ends at (head + 1) * 100 - 1, a decade (198) at head * 10 + 9, a year at itself.
        var lastYear = digits switch { 2 => ((head + 1) * 100) - 1, 3 => (head * 10) + 9, _ => head };
        if (lastYear < date.Year)
        {
            return true;
        }

        return digits == 4 && DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day < date;
    }

    private (int First, int End) TokensOf(TextSpan span)
    {
        var first = -1;
        var end = -1;
        var lo = 0;
        var hi = _tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_tokens[mid].Span.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var t = lo; t < _tokens.Length && _tokens[t].Span.Start < span.End; t++)
        {
            first = first < 0 ? t : first;
            end = t + 1;
        }

        return (first, end);
    }
}
