using System.Collections.Immutable;
using System.Globalization;
using Marsad.Events.Arguments;
using Marsad.Events.Decision;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Times;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>One pass of the <see cref="EventCoder"/> over one document; see the coder for the rules.</summary>
internal sealed partial class EventScan : IDisposable
{
    private const int MaxGapWords = 8;

    private const int MaxNegationDistance = 3;

    private const int MaxCueDistance = 4;

    private readonly TextAnalysis _text;

    private readonly ImmutableArray<Token> _tokens;

    private readonly NormalizedText _norm;

    private readonly ImmutableArray<TimeExpression> _times;

    private readonly DateOnly? _published;

    private readonly string _documentId;

    private readonly EventCoder _coder;

    // For each token, the entity whose name, metonym or role mention starts there, and the end token of that
    // mention: one more than its place in _mentions, or 0. Four bytes a token rather than the 24 of the mention
    // itself, since a very long text's per-token arrays are most of what the scan holds.
    private readonly int[] _mentionAt;

    private readonly List<(EntityRecord Entity, int End, int MentionStart)> _mentions = [];

    // For each token, the country whose nisba adjective it is (غارة إسرائيلية).
    private readonly EntityRecord?[] _adjectiveAt;

    private readonly string? _focusCountry;

    // Places are where events happen, not who acts: they are never actors.
    private readonly HashSet<string> _places;

    private readonly ImmutableArray<EntityRecord> _entities;

    // Generic actors (a crowd, gunmen) found without a country: groups named only in role form.
    private readonly HashSet<string> _generic;

    // Tokens that start a side named by a noun and a nationality (قوات إسرائيلية، عناصر شرطة عراقيون).
    private readonly HashSet<int> _nominal = [];

    private const string ProtestersId = "group/protesters";

    // The events of the current sentence that name what another event is about (احتجاجا على قرار الحكومة), and
    // those coded from a dependent verbal noun (مطالبين، للمطالبة), by id; and the type of the trigger that
    // ends at each token of the current sentence.
    private readonly HashSet<string> _topics = new(StringComparer.Ordinal);

    private readonly HashSet<string> _dependents = new(StringComparer.Ordinal);

    // Protests that are the target or the scene of an attack in their sentence, by id.
    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);

    private readonly Dictionary<int, string> _triggerEndingAt = [];

    // The first token of the trigger that ends at each token of the current sentence.
    private readonly Dictionary<int, int> _triggerStartEndingAt = [];

    // Actors made for events that name no one (the protesters of a country), by id.
    private readonly Dictionary<string, EntityRecord> _synthetic = new(StringComparer.Ordinal);

    // Tokens inside a time expression (they may stand between a trigger's words: أطلقت صباح أمس صواريخ).
    private readonly bool[] _inTime;

    // Tokens that stand for the last two countries named before them (البلدين، الجانبين): both ids.
    private readonly Dictionary<int, (string First, string Second)> _reciprocal = [];

    // Generic actors placed in a country, by sentence: (generic id, sentence) → country id.
    private readonly Dictionary<(string Id, int Sentence), string> _placed = [];

    // The readings of each token that begin a trigger, a modality phrase or a force.
    private readonly EventWordHits _words;

    // Definite event nouns that refer back to an event already reported, and the responses they point from.
    private readonly ResponseReferences _responses = new();

    // The actors of the current sentence's triggers, for verbs joined to them that name no subject.
    private readonly SharedSubjects _subjects = new();

    // The first token after the text's dateline (0 without one): what the dateline names is no subject.
    private readonly int _datelineEnd;

    public EventScan(TextAnalysis text, ImmutableArray<EntityRecord> entities, ImmutableArray<TimeExpression> times, DateOnly? published, string documentId, EventCoder coder)
    {
        _text = text;
        _tokens = text.Tokens;
        _norm = text.Normalized;
        _times = times;
        _published = published;
        _documentId = documentId;
        _coder = coder;
        _words = new EventWordHits(coder.Words, _tokens.Length);
        _datelineEnd = Dateline.End(_tokens, text.Text);
        _mentionAt = PooledArrays.RentCleared<int>(_tokens.Length);
        _adjectiveAt = PooledArrays.RentCleared<EntityRecord?>(_tokens.Length);
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
                if (first >= 0 && (MentionAt(first) is not { } other || other.End - first < end - first))
                {
                    SetMentionAt(first, (entity, end, mention.Span.Start));
                }
            }
        }

        MarkNationalSides();
        MarkReciprocals(entities);
        foreach (var (t, end, entity) in Coreference.Resolve(_tokens.Length, Word, IsWord, t => MentionAt(t) is { } m ? (m.Entity, m.End) : null))
        {
            SetMentionAt(t, (entity, end, _tokens[t].Span.Start));
        }

        _inTime = PooledArrays.RentCleared<bool>(_tokens.Length);
        foreach (var time in times)
        {
            var (first, end) = TokensOf(time.Span);
            for (var t = Math.Max(first, 0); t < end; t++)
            {
                _inTime[t] = true;
            }
        }

        _places = entities.Where(static e => e.Type == "LOCATION").Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);
        _entities = entities;
        _generic = entities.Where(static e => e.Type == "GROUP" && e.Country is null && e.Mentions.All(static m => m.Form == MentionForms.Role))
            .Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);

        // News leads with its subject: the main country is the first one named more than once.
        _focusCountry = entities.Where(static e => e.Type == "COUNTRY" && e.Mentions.Length > 1)
            .OrderBy(static e => e.Mentions.Min(static m => m.Span.Start)).FirstOrDefault()?.Id;
        MarkPlacedForces();
    }

    /// <summary>The mention that starts at token <paramref name="j"/>, if any.</summary>
    private (EntityRecord Entity, int End, int MentionStart)? MentionAt(int j) =>
        _mentionAt[j] is var place and > 0 ? _mentions[place - 1] : null;

    /// <summary>Makes <paramref name="mention"/> the one that starts at token <paramref name="j"/>.</summary>
    private void SetMentionAt(int j, (EntityRecord Entity, int End, int MentionStart) mention)
    {
        _mentions.Add(mention);
        _mentionAt[j] = _mentions.Count;
    }

    /// <summary>Gives the per-token arrays back to the pool; the scan is not used after.</summary>
    public void Dispose()
    {
        PooledArrays.Return(_mentionAt);
        PooledArrays.Return(_adjectiveAt);
        PooledArrays.Return(_inTime);
        _words.Dispose();
    }

    /// <summary>Whether every id is in <paramref name="set"/> (so true for none); a loop, not a delegate made per call.</summary>
    private static bool AllIn(ImmutableArray<string> ids, HashSet<string> set)
    {
        foreach (var id in ids)
        {
            if (!set.Contains(id))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every id is one of <paramref name="others"/> (so true for none).</summary>
    private static bool AllIn(ImmutableArray<string> ids, ImmutableArray<string> others)
    {
        foreach (var id in ids)
        {
            if (!others.Contains(id))
            {
                return false;
            }
        }

        return true;
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
            _triggerEndingAt.Clear();
            _triggerStartEndingAt.Clear();
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
                    _responses.Coded(match.End, e.Id);
                    _subjects.Coded(match.End, e.Actor);
                }

                _responses.Trigger(i, match.End, match.Trigger.Event, IsDefinite(i));
                _triggerEndingAt[match.End] = match.Trigger.Event;
                _triggerStartEndingAt[match.End] = i;
                i = match.End;
            }

            // A protest an attack strikes (استهدف مظاهرة، تفجير وسط مظاهرة) is where the attack happened.
            coded.RemoveAll(e => _targets.Contains(e.Id));
            _responses.EndSentence(coded);
            _subjects.EndSentence();
            events.AddRange(FoldIntoProtests(coded));
        }

        return events.ToImmutable();
    }

    /// <summary>
    /// What a protest says and does is the protest. In a sentence with a PROTEST event:
    /// <list type="bullet">
    /// <item>the demands, accusations, rejections, support and slogans of no one named or in a dependent
    ///   verbal noun (مطالبين بالإصلاح، تضامنا مع، للمطالبة باستقالة), and whatever else the protesters
    ///   themselves are said to do (تعهدوا بالبقاء), are its content (تظاهر الآلاف مطالبين بالإصلاح ومنددين
    ///   بالفساد);</item>
    /// <item>what the protest is against or asks to stop is its topic, not an event of the sentence
    ///   (احتجاجا على قرار الحكومة، ضد زيارة بوش، بوقف الهجمات);</item>
    /// <item>violence by the protesters themselves makes it a riot (هاجم المتظاهرون مركز الشرطة، أحرقوا
    ///   الإطارات): PLOVER's PROTEST mode riot, not an ASSAULT;</item>
    /// <item>the crowd-scene violence no one is named for (casualties, shots, tear gas, clashes) is part of
    ///   the protest's story; a bombing or an attack named as such stays an event of its own.</item>
    /// </list>
    /// </summary>
    private List<EventRecord> FoldIntoProtests(List<EventRecord> coded)
    {
        var protests = coded.Where(static e => e.Event == "PROTEST").ToList();
        if (protests.Count == 0)
        {
            return coded;
        }

        static bool Protesters(EventRecord e) => !e.Actor.IsEmpty && e.Actor.All(id => id.StartsWith(ProtestersId, StringComparison.Ordinal));
        bool ByProtesters(EventRecord e) => Protesters(e) || (!e.Actor.IsEmpty && protests.Any(p => AllIn(e.Actor, p.Actor)));

        var riot = false;
        var kept = new List<EventRecord>();
        foreach (var e in coded)
        {
            if (e.Event == "PROTEST")
            {
                kept.Add(e);
                continue;
            }

            if (_topics.Contains(e.Id))
            {
                continue;
            }

            if (e.Event == "ASSAULT" && Protesters(e))
            {
                riot = true;
                continue;
            }

            if (e.Event == "ASSAULT" && e.Actor.IsEmpty && e.Cameo is "175" or "180" or "182" or "190" or "193")
            {
                continue;
            }

            if (e.Event is "REQUEST" or "ACCUSE" or "REJECT" or "SUPPORT" or "RETREAT"
                && (e.Actor.IsEmpty || _dependents.Contains(e.Id)))
            {
                continue;
            }

            // A crowd does not sign, sanction or arrest: what the protesters "do" besides protesting (vow to
            // stay, call for a dismissal) is what the protest says.
            if (ByProtesters(e))
            {
                continue;
            }

            kept.Add(e);
        }

        if (riot && kept.FindIndex(static e => e.Event == "PROTEST" && e.Mode is null or "demo") is var k and >= 0)
        {
            kept[k] = kept[k] with { Mode = "riot", Cameo = "145" };
        }

        return kept;
    }

    /// <summary>
    /// Adds an event to those of its sentence unless one of the same type already says it: when the sides
    /// of one hold those of the other (قتل خمسة أشخاص في انفجار سيارة مفخخة: one attack), the two are one,
    /// kept with the more sides and the more specific CAMEO code.
    /// </summary>
    private static void Merge(List<EventRecord> coded, EventRecord e)
    {
        static bool Within(ImmutableArray<string> small, ImmutableArray<string> large) => AllIn(small, large);

        for (var k = 0; k < coded.Count; k++)
        {
            var c = coded[k];
            // An event only mentioned (background, generic, hypothetical…) is not the one the sentence reports.
            if (c.Event != e.Event || EventDecision.SaysItHappened(c.Modality) != EventDecision.SaysItHappened(e.Modality))
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
        // A word of a time expression is not a trigger: فجر الخميس is dawn, not "blew up".
        if (!IsWord(i) || _inTime[i])
        {
            return null;
        }

        TriggerMatch? best = null;

        // A word that is itself an ordinary word (وزارة) is not a proclitic on a trigger (و + زاره); asked
        // only when a stripped reading starts a trigger, since most words start none.
        bool? ordinary = null;
        foreach (var hit in _words.At(i, Word(i)))
        {
            if (hit is not { Facts.Trigger: { } node, Reading: var reading })
            {
                continue;
            }

            if (reading.Stripped > 0 && (ordinary ??= OrdinaryWords.Contains(Word(i))))
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
                    if (MentionAt(k) is { } mention)
                    {
                        k = mention.End;
                    }
                    else if (_tokens[k].Kind == TokenKind.Number || IsCountWord(Word(k)) || _inTime[k])
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
    private bool IsCountWord(ReadOnlySpan<char> word) =>
        word is "عشرات" or "مئات" or "الاف" or "ملايين" or "عده" or "عدد" or "بضع" or "بضعه" || _coder.IsNumberWord(word);

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
        if (!match.Trigger.Cues.IsEmpty && !HasCue(match.End, Math.Min(b, match.End + MaxCueDistance), match.Trigger.Cues))
        {
            return null;
        }


        // The entities between a trigger's words are its subject (أقامت كازاخستان علاقات); else, VSO, an
        // entity right after the trigger and behind no preposition, not a place (قصفت مخيم جنين: the camp is
        // the object); else, SVO, the nearest one before it.
        var after = NextSide(match.End, clauseEnd, markers: []);
        // A trigger that is itself the name of its actors (المتظاهرون) makes them the actor.
        // A verb that carries a plural subject (قتلوا، هاجموا) has it before it or in a pronoun: what
        // follows is its object, not its actor.
        var pluralVerb = match.End == i + 1 && (Word(i).EndsWith("وا", StringComparison.Ordinal) || Word(i).EndsWith("ون", StringComparison.Ordinal));
        // A verbal noun of purpose (للمطالبة، لدعم) or of manner (احتجاجا، تضامنا، مطالبين) takes the subject
        // of the clause it depends on: what follows it is its object (تأييدا لخطة السلام).
        var dependent = IsDependent(i, match);
        // An attack behind a preposition (قتل ثلاثة في هجوم، أصيبوا جراء انفجار، بانفجار) is the circumstance of
        // what came before: the one named before it is its victim, not its actor.
        var circumstance = match.Trigger.Event == "ASSAULT" && IsCircumstance(clauseStart, i, match);
        // A protest's own words may name its actors (آلاف المتظاهرين): they come first. (An attack's do
        // only when nothing else names them: شنت حماس هجوما انتحاريا is Hamas's.)
        Side? actor = null;
        for (var t = i; actor is null && match.Trigger.Event == "PROTEST" && t < match.End; t++)
        {
            if (MentionAt(t) is { } own && IsCrowd(own.Entity))
            {
                actor = Compound(t, match.End);
            }
        }

        // After أنه / أنها (قال إنه قتل، اعترف بأنها استهدفت) the subject is the pronoun: what follows the
        // trigger is its object, and the actor is the one the pronoun stands for, named before it.
        var pronoun = PronounSubjectBefore(clauseStart, i);
        actor ??= pronoun >= 0 ? PreviousSide(pronoun + 1, i) ?? PreviousSide(a, pronoun)
            : !dependent && match.Gap >= 0 && MentionAt(match.Gap) is not null ? Compound(match.Gap, match.End)
            : MeetingSubject(i, match, clauseEnd) is { } host ? host
            : !dependent && !pluralVerb && after is { } vso && vso.Start <= match.End + 1 && (!_nominal.Contains(vso.Start) || IsInstrumentSubject(i, match, vso)) && !AllIn(vso.Ids, _places) ? vso
            : (circumstance ? null : PreviousSide(clauseStart, i))
            ?? (pluralVerb ? ReporterOf(a, clauseStart) : null)
            ?? OwnSide(i, match.End, b);

        // A generic actor of a named group is that group: مسلحون من حركة حماس، مهاجم انتحاري من طالبان.
        if (actor is not null && AllIn(actor.Ids, _generic) && GroupAfter(actor.End, b) is { } group)
        {
            actor = group;
        }

        // A body without a country led by one acts with it: قوة حفظ السلام بقيادة فرنسا.
        if (actor is not null && actor.End + 1 < b && Word(actor.End) is "بقياده" or "يقوده" or "تقوده" && MentionAt(actor.End + 1) is { } leader
            && actor.Ids.All(id => _entities.FirstOrDefault(e => e.Id == id)?.Country is null) && Marker(actor.End + 1) is null)
        {
            actor = actor with { Ids = [.. actor.Ids, .. Compound(actor.End + 1, b).Ids] };
        }

        // An agent phrase names who did a violent deed, in the passive above all: قتل شاب برصاص قوات
        // إسرائيلية، خطف على أيدي مسلحين، هجوم تبنته طالبان، طائرة تابعة للقوات الأمريكية. After the trigger in
        // its clause it is the actor (what stood after the trigger was its object); elsewhere in the sentence
        // it fills a missing actor or names the group behind a generic one (انتحاري → طالبان).
        if (match.Trigger.Event is "ASSAULT" or "COERCE")
        {
            if (AgentSide(match.End, clauseEnd, ownerAt: match.End) is { } agent)
            {
                actor = agent;
            }
            else if ((actor is null || AllIn(actor.Ids, _generic)) && (AgentSide(match.End, b) ?? AgentSide(a, i) ?? GroupBehindGeneric(a, b)) is { } named)
            {
                actor = named;
            }
        }

        if (SharedSubject(a, i, match, actor) is { } shared)
        {
            actor = shared;
        }

        var from = actor is not null && actor.Start >= match.End ? actor.End : match.End;
        var recipient = NextSide(from, clauseEnd, match.Trigger.RecipientMarkers) ?? FocusAfter(from, clauseEnd, match.Trigger)
            ?? (match.Trigger.Event is "ASSAULT" or "PROTEST" ? null : Possessor(from, clauseEnd)) ?? MeetingObject(match, actor, clauseEnd);
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
        else if (actor is { } pair && _reciprocal.ContainsKey(pair.Start) && pair.Ids.Length == 2 && (recipient is null || AllIn(recipient.Ids, pair.Ids)))
        {
            (actor, recipient) = (pair with { Ids = [pair.Ids[0]] }, pair with { Ids = [pair.Ids[1]] });
        }

        actor = ArmedSide(actor, i, match);
        var actors = (actor?.Ids ?? []).Where(id => !IsAgreement(id) && !_places.Contains(id)).Select(id => Placed(id, sentence, a, b)).ToImmutableArray();
        var recipients = (recipient?.Ids ?? []).Where(id => !IsAgreement(id)).Select(id => PlaceAsCountry(PlacedBy(id, sentence, a, b, actors)))
            .Where(id => !actors.Contains(id)).Distinct().ToImmutableArray();
        if ((recipients.IsEmpty || AllUnplaced(recipients)) && (CrowdInTrigger(i, match, sentence, a, b, actors) ?? TargetCountry(a, i, match, clauseEnd, actors)
            ?? (match.Trigger.Event == "CONSULT" ? Host(a, b) : null)) is { } placedTarget
            && !actors.Contains(placedTarget))
        {
            recipients = [placedTarget];
        }
        var about = Sides(match.End, clauseEnd).Where(IsAgreement).Distinct().ToImmutableArray();
        // Attacks and protests are news even when the text names no one behind them ("قتل شخص في انفجار");
        // an event of any other kind without an actor is more often a mention than an event.
        // A protest with no one named is held by protesters of the country it takes place in (مظاهرة في
        // القاهرة: Egyptian protesters), as CAMEO codes a crowd by where it is.
        if (actors.IsEmpty && match.Trigger.Event == "PROTEST" && PlaceOf(a, b) is { } where)
        {
            actors = [PlacedProtesters(where)];
        }

        // Torture and executions that name no one are the state's, where they happen: its security forces
        // (تعرض للتعذيب خلال الاستجواب في مصر), as CAMEO codes them.
        if (actors.IsEmpty && match.Trigger.Mode is "torture" or "execute" && PlaceOf(a, b) is { } state)
        {
            actors = [PlacedSecurityForces(state)];
        }

        if (actors.IsEmpty && match.Trigger.Event is not ("ASSAULT" or "PROTEST"))
        {
            return null;
        }

        if (RespondsTo(clauseStart, i, match) || HasEventSubject(i, match, b))
        {
            return null;
        }

        var (date, dateFrom) = DateOf(a, b, i);
        var id = EventCoder.Id(_documentId, sentence, _tokens[i].Span.Start);
        if (IsTopic(a, ClauseStart(a, i), i, match))
        {
            _topics.Add(id);
        }

        if (dependent)
        {
            _dependents.Add(id);
        }

        // (A protest named by its people, المتظاهرون right after هاجم, is the attack's subject, not its target.)
        var people = false;
        for (var t = i; t < match.End; t++)
        {
            people |= MentionAt(t) is { } crowd && IsCrowd(crowd.Entity);
        }

        if (match.Trigger.Event == "PROTEST" && !people && (_triggerEndingAt.GetValueOrDefault(i) == "ASSAULT"
            || (i - 1 > a && Word(i - 1) is "علي" or "ضد" or "وسط" or "خلال" or "اثناء" && _triggerEndingAt.GetValueOrDefault(i - 1) == "ASSAULT")))
        {
            _targets.Add(id);
        }

        // The decision: does the sentence report this occurrence? Dropped, kept, or kept marked.
        var modality = Modality(a, i, match, date, dateFrom);
        var decision = Decide(sentence, a, b, i, match, !actors.IsEmpty, !recipients.IsEmpty, dateFrom == "text", modality);
        if (decision.Verdict == DecisionVerdict.Drop)
        {
            return null;
        }

        if (decision.Modality is { } marked && !modality.Contains(marked))
        {
            modality = [.. modality.Append(marked).Order(StringComparer.Ordinal)];
        }

        var trigger = new Mention(
            new TextSpan(_tokens[i].Span.Start, _tokens[match.End - 1].Span.End),
            _text.Text[_tokens[i].Span.Start.._tokens[match.End - 1].Span.End],
            "trigger");
        return new EventRecord(
            id,
            match.Trigger.Event,
            match.Trigger.Mode,
            match.Trigger.Contexts,
            match.Trigger.Cameo,
            actors,
            recipients,
            about,
            date,
            dateFrom,
            modality,
            sentence,
            trigger,
            match.Trigger.Id);
    }

    /// <summary>A side named inside the trigger's own words (المتظاهرون، اعتقلت قوات الأمن), running on past it.</summary>
    private Side? OwnSide(int i, int end, int b)
    {
        for (var t = i; t < end; t++)
        {
            if (MentionAt(t) is not null)
            {
                return Compound(t, b);
            }
        }

        return null;
    }

    /// <summary>A generic group of people (protesters, gunmen), placed in a country or not: named only in role form.</summary>
    private static bool IsCrowd(EntityRecord entity) =>
        entity.Type == "GROUP" && entity.Mentions.All(static m => m.Form == MentionForms.Role);

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
