using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// People the knowledge base does not know, found by pattern and reported with <c>known: false</c>:
/// <list type="number">
/// <item>a given name (محمد، فؤاد، كوندوليزا; compounds such as عبد الله) starts a name; an ambiguous one
///   (أمين، سعيد) only after an honorific, title or occupation;</item>
/// <item>after an honorific, title or occupation cue (السيد، الوزير، اللاعب), with any nationality adjective
///   between (المندوب الإسرائيلي), a name-like word without the article or a preposition starts a name;</item>
/// <item>a name runs on over given names, particles with the word they join (بن، أبو، آل، عبد، فون) and
///   one family name, up to five words; a stopword, a common word, a cue, a known name, a country
///   adjective, a number or a word that starts with the conjunction و ends it;</item>
/// <item>without a cue a name needs two words; with one, one is enough (قال محمد);</item>
/// <item>a family name seen in a full name stands for that person alone later (فؤاد السنيورة … السنيورة);</item>
/// <item>a nationality adjective in the cue gives the person's country, a title cue its sector.</item>
/// </list>
/// A known person's one-word short name that is also an ordinary word (الأسد، عون) is accepted only after a cue or an earlier
/// mention of the same person, since such names are common words as often as names.
/// </summary>
public sealed partial class EntityRecognizer
{
    private const int MaxNameWords = 5;

    private sealed record PersonCue(CueKind Kind, string? Sector, KbEntry? Country);

    private sealed record PersonMatch(int Start, int End, CliticReading Reading, PersonCue? Cue);

    private sealed partial class Scan
    {
        // Unknown people by the normalised family name they can later be called by alone.
        private readonly Dictionary<string, EntityBuilder> _familyNames = new(StringComparer.Ordinal);

        // Answers the person rules ask of the same tokens again and again, for the tokens around the scan.
        private readonly TokenWindowCache<PersonCue?> _cueBefore = new();
        private readonly TokenWindowCache<(int End, bool Ambiguous, CliticReading Reading, bool Foreign)> _givenNames = new();

        // The buffer TryPhrase writes cue phrases into.
        private char[] _phrase = new char[64];

        private NameLexicon Lexicon => gazetteer.Lexicon;

        /// <summary>
        /// Whether a one-word name of a known person at i can be taken: it is not also an ordinary word
        /// (بوتين، نتنياهو), or a cue or an earlier mention of the same person supports it (الأسد، عون).
        /// </summary>
        private bool IsSupportedShortName(int i, NameMatch match)
        {
            var word = match.Reading.Stem(Word(i));
            var ordinary = IsStopword(word) || IsCommonWord(word) || Lexicon.DualUseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || (GivenNameAt(i, allowClitics: true) is { End: > 0, Ambiguous: true });
            return !ordinary || match.Targets.Any(t => _byId.ContainsKey(t.Entry.Id)) || CueBefore(i) is not null;
        }

        /// <summary>The first word of a known person's name after the honorifics and titles the name was written with.</summary>
        private int SkipCueWords(int i, int end, CliticReading reading)
        {
            var k = i;
            while (k < end - 1 && Lexicon.Cues.TryGetSpan(k == i ? reading.Stem(Word(k)) : Word(k), out var kind) && kind is CueKind.Honorific or CueKind.Title)
            {
                k++;
            }

            return k;
        }

        /// <summary>A person found by pattern at token i, or null.</summary>
        private PersonMatch? MatchUnknownPerson(int i)
        {
            if (!IsWord(i) || Tokens[i].Kind != TokenKind.Word)
            {
                return null;
            }

            // A function word or an ordinary word starts no name but a kunya (أبو، ابن): it is no given name
            // and not name-like, which every other way below needs. Most tokens stop here, before the cue search.
            if (WholeAt(i) is { IsStopword: true } or { IsCommon: true } && !IsKunya(i))
            {
                return null;
            }

            var cue = CueBefore(i);
            var strongCue = cue is { Kind: not CueKind.Verb };

            // A kunya: أبو / أم / ابن before a given name starts the name (أبو عبد الله، ابن خلدون).
            if (IsKunya(i) && GivenNameAt(i + 1, allowClitics: false) is { End: > 0 } kunya)
            {
                return Extend(i, kunya.End, default, cue, kunya: true);
            }

            var (givenEnd, ambiguous, reading, foreign) = GivenNameAt(i, allowClitics: true);
            if ((givenEnd < 0 || (ambiguous && !strongCue)) && cue is { Kind: CueKind.Verb } && SpeakerEnd(i) is { } speakerEnd)
            {
                return new PersonMatch(i, speakerEnd, givenEnd < 0 ? default : reading, cue);
            }

            if (givenEnd < 0)
            {
                // Without a given name, only a title, honorific or occupation makes a word a name, and
                // not a word with the article or a preposition on it (رئيس الاتحاد، الممثل الأعلى للأمن).
                // Nor the body or place a title heads (رئيس كتلة، رئيس بلدية) or an inflected ordinary word (وزير خارجيتها).
                var word = Word(i);
                if (!strongCue || !IsNameLike(i) || word.StartsWith("ال", StringComparison.Ordinal) || word[0] is 'ل' or 'ب'
                    || Lexicon.OrgHeadWords.ContainsSpan(word) || Lexicon.PlaceHeads.ContainsSpan(word) || LooksOrdinary(word, pluralToo: false))
                {
                    return null;
                }

                givenEnd = i + 1;
            }
            else if (ambiguous && !strongCue && (GivenNameAt(givenEnd, allowClitics: false) is not { End: > 0, Ambiguous: false } || Lexicon.Cues.ContainsKeySpan(reading.Stem(Word(i)))))
            {
                // An ambiguous given name (صالح، نبيل) starts a name after a cue, or before a given name that is not ambiguous (صالح عبد الغفور).
                return null;
            }

            return Extend(i, givenEnd, reading, cue, foreign);
        }

        /// <summary>
        /// The end of a speaker's name of one to three words at token i, right after a reporting verb:
        /// the words are not ordinary words and carry neither the article nor a preposition, and what
        /// follows them opens the speech (إن، أن، أمس; a colon or an opening quotation mark) or is a
        /// title or occupation in apposition (وقال بوين إن، وأضاف كارلسن مدرب الفريق). Null otherwise.
        /// </summary>
        private int? SpeakerEnd(int i)
        {
            // After a feminine verb (قالت، أضافت) one unknown word is as often a paper or a city (قالت تايمز).
            var feminine = i > 0 && IsWord(i - 1) && TryPhrase(i - 1, i, out var verb) && Lexicon.FeminineVerbs.ContainsSpan(verb);
            for (var end = i + 1; end <= i + 3 && end <= Tokens.Length; end++)
            {
                var word = Word(end - 1);
                if (!IsNameLike(end - 1) || (end - 1 == i && word.StartsWith("ال", StringComparison.Ordinal)) || word[0] is 'ل' or 'ب'
                    || LooksOrdinary(word) || Lexicon.OrgHeadWords.ContainsSpan(word) || Lexicon.PlaceHeads.ContainsSpan(word))
                {
                    return null;
                }

                if (OpensSpeech(end) && !(feminine && end == i + 1))
                {
                    return end;
                }
            }

            return null;
        }

        /// <summary>
        /// An ordinary word under an inflection the common-word list does not spell out: the accusative
        /// alef, a pronoun suffix, a sound plural (دليلا، قواته، متمردون، سيدات).
        /// </summary>
        private bool LooksOrdinary(ReadOnlySpan<char> word, bool pluralToo = true)
        {
            ReadOnlySpan<string> suffixes = ["ا", "ه", "ها", "هم", "ون", "ين", "ات"];
            foreach (var suffix in suffixes)
            {
                // Family names end in ات and ين as often as plurals do (عرفات، بركات، حسنين).
                if (!pluralToo && suffix is "ات" or "ين")
                {
                    continue;
                }

                if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var stem = word[..^suffix.Length];
                    if (IsStopword(stem) || IsCommonWord(stem))
                    {
                        return true;
                    }

                    // A feminine noun shows its ة as ت before a suffix (جلالته) and drops it before ات (سيدات).
                    if ((suffix == "ات" && IsOrdinaryFeminine(stem)) || (stem.EndsWith('ت') && IsOrdinaryFeminine(stem[..^1])))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="stem"/> + ة (normalised ه) is a stopword or an ordinary word.</summary>
        private bool IsOrdinaryFeminine(ReadOnlySpan<char> stem)
        {
            // No listed word is this long; the bound keeps the buffer on the stack for any token.
            if (stem.Length > 64)
            {
                return false;
            }

            Span<char> word = stackalloc char[stem.Length + 1];
            stem.CopyTo(word);
            word[^1] = 'ه';
            return IsStopword(word) || IsCommonWord(word);
        }

        private bool OpensSpeech(int j)
        {
            if (j >= Tokens.Length)
            {
                return false;
            }

            if (Tokens[j].Kind == TokenKind.Punctuation)
            {
                return Word(j) is ":" or "«" or "\"";
            }

            if (!IsWord(j))
            {
                return false;
            }

            var word = Word(j);
            return Lexicon.SpeechMarkers.ContainsSpan(word)
                || (Lexicon.Cues.TryGetSpan(word, out var kind) && kind is CueKind.Title or CueKind.Occupation)
                || (TryPhrase(j, Math.Min(Tokens.Length, j + 2), out var two) && Lexicon.Cues.TryGetSpan(two, out var kind2) && kind2 is CueKind.Title or CueKind.Occupation);
        }

        /// <summary>
        /// A name from token i whose given names end at <paramref name="givenEnd"/>, run on over particles
        /// (a chain of them: بن أبي، دو لا) with the word they join, more given names, and one family
        /// name, two after a foreign given name (جان مارك دو لا سابليير، قو يو شنغ); a second unknown
        /// word after an Arabic name is more likely the sentence going on (جورج بوش تجاوز). A known
        /// person's one-word name is a family name here (ثيودور روزفلت), as is an indefinite nisba
        /// (جون كندي); a definite one only after a kunya or an honorific (أبو حمزة المصري، الشيخ فيصل الجامايكي).
        /// A name never ends on a particle.
        /// </summary>
        private PersonMatch? Extend(int i, int givenEnd, CliticReading reading, PersonCue? cue, bool foreign = false, bool kunya = false)
        {
            var end = givenEnd;
            var familyNames = 0;
            var maxFamilyNames = foreign ? 2 : 1; // measured: after an Arabic given name a second unknown word costs more than it finds
            var words = end - i;
            while (end < Tokens.Length && words < MaxNameWords)
            {
                var afterParticles = end;
                // A second particle may be one that is also a function word (دو لا، دي لا): after a first one it is the particle.
                while (afterParticles < Tokens.Length && afterParticles - end < 2
                    && (IsParticle(afterParticles) || (afterParticles > end && IsWord(afterParticles) && Lexicon.Cues.TryGetSpan(Word(afterParticles), out var kind) && kind == CueKind.Particle)))
                {
                    afterParticles++;
                }

                if (afterParticles > end)
                {
                    if (GivenNameAt(afterParticles, allowClitics: false).End is var joined && joined > afterParticles)
                    {
                        words += joined - afterParticles;
                        end = joined; // بن عبد الكريم: the particle joins a whole given name
                    }
                    else if (IsNameLike(afterParticles) || IsKnownSurname(afterParticles))
                    {
                        words++;
                        end = afterParticles + 1;
                    }
                    else
                    {
                        break;
                    }
                }
                else if (familyNames == 0 && GivenNameAt(end, allowClitics: false).End is var next && next > end)
                {
                    words += next - end;
                    end = next;
                }
                else if (familyNames < maxFamilyNames && (IsNameLike(end) || IsKnownSurname(end) || IsBareNisba(end))
                    && IsLatin(end) == IsLatin(i) && (familyNames == 0 ? IsFamilyName(end) : IsSecondFamilyName(end)))
                {
                    end++;
                    words++;
                    familyNames++;
                }
                else
                {
                    // A nisba right after a given name is the family name (أحمد المصري، محمد التونسي): news puts a
                    // nationality before a name (اللاعب المصري محمد صلاح), not between a given name and nothing.
                    if (familyNames == 0 && IsDefiniteNisba(end))
                    {
                        end++;
                    }

                    break;
                }
            }

            while (end - i > 1 && IsParticle(end - 1))
            {
                end--;
            }

            if (end - i < 2 && cue is null)
            {
                return null;
            }

            return new PersonMatch(i, end, reading, cue);
        }

        /// <summary>
        /// A word that can be a family name after given names: not an ordinary word under an inflection
        /// (حلمه، مرماه) or behind a preposition (بحزن، لغزو، كمقدم).
        /// </summary>
        private bool IsFamilyName(int j)
        {
            // A final ة (جمعة، حمزة) is part of the name, not a pronoun suffix ه as normalising makes it look.
            var word = Word(j);
            var marbuta = text.Text[Tokens[j].Span.End - 1] == 'ة';
            if (!marbuta && LooksOrdinary(word, pluralToo: false))
            {
                return false;
            }

            return !(word[0] is 'ب' or 'ل' or 'ك' or 'ف' && (IsCommonWord(word) || (!marbuta && LooksOrdinary(word[1..], pluralToo: false))));
        }

        /// <summary>
        /// A word that can be the second family name of a foreign name (دو لا سابليير، كافاكو سيلفا): without
        /// the article or a preposition (المصنفة، بتغلبه), not an inflected ordinary word, not an imperfect verb
        /// (يشغل، توافر).
        /// </summary>
        private bool IsSecondFamilyName(int j)
        {
            var word = Word(j);
            var preposition = word[0] is 'ب' or 'ل';
            return !word.StartsWith("ال", StringComparison.Ordinal) && !word.StartsWith("بال", StringComparison.Ordinal) && !word.StartsWith("لل", StringComparison.Ordinal)
                && !LooksOrdinary(word) && !(preposition && (IsCommonWord(word) || LooksOrdinary(word[1..])))
                && !(word.Length <= 5 && word[0] is 'ي' or 'ت');
        }

        /// <summary>A one-word name of a known person that is not also an ordinary word (روزفلت، بوفون): a family name after a given name.</summary>
        private bool IsKnownSurname(int j)
        {
            if (!IsWord(j) || Tokens[j].Kind != TokenKind.Word || Word(j)[0] == 'و' || IsStopword(Word(j)) || IsCommonWord(Word(j)) || IsDualUse(Word(j)))
            {
                return false;
            }

            return MatchName(j) is { } known && known.End == j + 1 && known.Targets.All(static t => t.Entry.Type == "PERSON");
        }

        /// <summary>An indefinite masculine nisba of a country (كندي، تركي): after a given name, a family name (جون كندي).</summary>
        private bool IsBareNisba(int j) =>
            IsWord(j) && Tokens[j].Kind == TokenKind.Word && Word(j) is { Length: > 2 } word && word[0] != 'و' && word.EndsWith('ي')
            && !word.StartsWith("ال", StringComparison.Ordinal) && gazetteer.Adjectives.ContainsKeySpan(word);

        /// <summary>A definite masculine singular nisba of a country (المصري، التركي), a family name after a kunya.</summary>
        private bool IsDefiniteNisba(int j) =>
            IsWord(j) && Word(j) is { Length: > 4 } word && word.StartsWith("ال", StringComparison.Ordinal) && word.EndsWith('ي')
            && gazetteer.Adjectives.ContainsKeySpan(word[2..]);

        private EntityBuilder AddUnknownPerson(PersonMatch match)
        {
            var mention = Mention(match.Start, match.Reading, match.End, MentionForms.Name);
            var key = ArabicNormalizer.Normalize(mention.Text).Replace(' ', '-');
            var id = $"unknown/person/{key}";
            var builder = Builder(id, () => new EntityBuilder(
                id, "PERSON", mention.Text, mention.Text, null, match.Cue?.Country?.Id, match.Cue?.Sector, false));
            Add(builder, mention);
            if (match.End - match.Start >= 2 && !EndsCompoundGivenName(match))
            {
                RememberFamilyName(match.End - 1, builder, ordinaryWordsToo: false);
            }

            return builder;
        }

        /// <summary>
        /// Lets the last word of a person's full name (token <paramref name="j"/>) stand for them later in
        /// the document. For a pattern-found name an ordinary word never does (it may not be a name at
        /// all); for a known person named in full it may (نجيب محفوظ … محفوظ), a function word never.
        /// </summary>
        private void RememberFamilyName(int j, EntityBuilder person, bool ordinaryWordsToo)
        {
            // After بن the last word is the father's name (محمد بن سلمان): it stands for someone else.
            var last = Word(j);
            // A nisba (أبو حمزة المصري) says where someone is from; alone later it is still an adjective.
            if (CountryAdjectiveAt(j) is not null)
            {
                return;
            }

            if (last.Length < 3 || (j > 0 && IsParticle(j - 1)) || IsStopword(last) || (!ordinaryWordsToo && (IsDualUse(last) || IsCommonWord(last))))
            {
                return;
            }

            _familyNames.TryAdd(last.ToString(), person);
        }

        /// <summary>A later mention, by family name alone, of a person found by pattern earlier.</summary>
        private bool TryAddFamilyName(int i)
        {
            if (_familyNames.Count == 0)
            {
                return false;
            }

            var facts = FactsAt(i);
            for (var r = 0; r < facts.Count; r++)
            {
                var reading = facts.Readings[r].Reading;
                if (reading.HasArticle)
                {
                    continue;
                }

                var lookup = _familyNames.GetAlternateLookup<ReadOnlySpan<char>>();
                if (lookup.TryGetValue(reading.Stem(Word(i)), out var person))
                {
                    Add(person, Mention(i, reading, i + 1, MentionForms.Name));
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The person cue that ends right before token i, looking back past one nationality adjective
        /// and a word such as السابق (المندوب الإسرائيلي، الرئيس الأمريكي السابق).
        /// </summary>
        private PersonCue? CueBefore(int i) =>
            _cueBefore.TryGet(i, out var cue) ? cue : _cueBefore.Set(i, FindCueBefore(i));

        private PersonCue? FindCueBefore(int i)
        {
            KbEntry? country = null;
            var end = i;
            for (var skipped = 0; skipped < 2 && end > 0 && IsWord(end - 1); skipped++)
            {
                if (CountryAdjectiveAt(end - 1) is { } adjective)
                {
                    country ??= adjective;
                    end--;
                }
                else if (FormerWords.ContainsSpan(Word(end - 1)))
                {
                    end--;
                }
                else
                {
                    break;
                }
            }

            for (var length = EndsCue(end) ? Math.Min(Lexicon.LongestCue, end) : 0; length >= 1; length--)
            {
                if (TryPhrase(end - length, end, out var phrase) && Lexicon.Cues.TryGetSpan(phrase, out var kind) && kind != CueKind.Particle)
                {
                    return new PersonCue(kind, Lexicon.TitleSectors.TryGetSpan(phrase, out var sector) ? sector : null, country);
                }
            }

            return country is not null && end == i - 1 && IsNationalityNoun(end) ? new PersonCue(CueKind.Occupation, null, country) : null;
        }

        /// <summary>
        /// Whether the word before token <paramref name="end"/> can end a cue phrase: it is the last word of
        /// one, or (for a one-word cue) it is after a proclitic و or ف, as <see cref="TryPhrase"/> reads it.
        /// </summary>
        private bool EndsCue(int end)
        {
            if (end < 1 || !IsWord(end - 1))
            {
                return false;
            }

            return _facts.Get(end - 1, Word(end - 1)).EndsCue;
        }

        /// <summary>
        /// A singular definite nationality adjective standing as a noun, "the Brazilian" (والبرازيلي،
        /// للبرتغالي، أمام الإسباني): it carries a preposition or و, or starts its phrase (after
        /// punctuation or a function word), so it modifies no noun before it (الجيش الإسرائيلي، الحكومة اليابانية do).
        /// </summary>
        private bool IsNationalityNoun(int j)
        {
            var word = Word(j);
            var article = word.IndexOf("ال", StringComparison.Ordinal);
            if (article is < 0 or > 2 || !(word.EndsWith("ي", StringComparison.Ordinal) || word.EndsWith("يه", StringComparison.Ordinal)))
            {
                return false;
            }

            return article > 0 || j == 0 || !IsWord(j - 1) || (IsStopword(Word(j - 1)) && !Word(j - 1).StartsWith("ال", StringComparison.Ordinal));
        }

        /// <summary>
        /// The normalised words [from, to) joined by spaces, the first read without a proclitic و or ف,
        /// written into a buffer of this scan that the next call reuses (cue phrases are looked up at
        /// nearly every word, so they are not made into strings); false when one of them is not a word.
        /// </summary>
        private bool TryPhrase(int from, int to, out ReadOnlySpan<char> phrase)
        {
            phrase = default;
            var length = to - from - 1;
            for (var k = from; k < to; k++)
            {
                if (!IsWord(k))
                {
                    return false;
                }

                length += Word(k).Length;
            }

            var first = Word(from);
            if (first.Length > 2 && first[0] is 'و' or 'ف' && !Lexicon.Cues.ContainsKeySpan(first))
            {
                first = first[1..];
            }

            if (_phrase.Length < length)
            {
                _phrase = new char[Math.Max(length, _phrase.Length * 2)];
            }

            first.CopyTo(_phrase);
            var written = first.Length;
            for (var k = from + 1; k < to; k++)
            {
                _phrase[written++] = ' ';
                Word(k).CopyTo(_phrase.AsSpan(written));
                written += Word(k).Length;
            }

            phrase = _phrase.AsSpan(0, written);
            return true;
        }

        /// <summary>
        /// The end of a given name starting at token i (or -1), whether it is ambiguous, and the clitic
        /// reading used. Only the conjunctions و and ف may stand on a given name (ومحمد): with a
        /// preposition the word is far more often something else (بيان is not ب + يان, بعمر not ب + عمر),
        /// and a word that is itself an ordinary word (وجود) is not a name.
        /// </summary>
        private (int End, bool Ambiguous, CliticReading Reading, bool Foreign) GivenNameAt(int i, bool allowClitics)
        {
            var key = (2 * i) + (allowClitics ? 1 : 0);
            return _givenNames.TryGet(key, out var found) ? found : _givenNames.Set(key, FindGivenNameAt(i, allowClitics));
        }

        private (int End, bool Ambiguous, CliticReading Reading, bool Foreign) FindGivenNameAt(int i, bool allowClitics)
        {
            if (!IsWord(i) || WholeAt(i) is { IsStopword: true } or { IsDualUse: true } or { IsCommon: true })
            {
                return (-1, false, default, false);
            }

            var facts = FactsAt(i);
            for (var r = 0; r < facts.Count; r++)
            {
                // Without clitics only the word itself is read (its first reading).
                if (facts.Readings[r] is not { Key.GivenName: { } node, Reading: var reading, Stem: var stem }
                    || (!allowClitics && reading != default) || reading.HasArticle || Word(i)[..reading.Stripped].ContainsAnyExcept('و', 'ف'))
                {
                    continue;
                }

                var (end, values) = Walk(node, i + 1);
                if (values is not null && stem is not { IsStopword: true } && !HidesFunctionWord(Word(i)))
                {
                    return (end, values.Any(static v => v.Ambiguous), reading, values.All(static v => v.Foreign));
                }

                // عبد and a divine name with the article is always one given name (عبد الصادق، عبد العاطي),
                // listed or not.
                if (reading.Stem(Word(i)) is "عبد" && IsWord(i + 1) && Tokens[i + 1].Kind == TokenKind.Word && Word(i + 1) is { Length: > 3 } next
                    && next.StartsWith("ال", StringComparison.Ordinal) && !IsStopword(next))
                {
                    return (i + 2, false, reading, false);
                }
            }

            return (-1, false, default, false);
        }

        private bool IsDualUse(ReadOnlySpan<char> word) => Lexicon.DualUseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

        /// <summary>A word that is a proclitic on a function word (بأن = ب + أن), whatever name it also spells (بان).</summary>
        private bool HidesFunctionWord(ReadOnlySpan<char> word)
        {
            foreach (var reading in ArabicClitics.Readings(word))
            {
                if (reading.Stripped > 0 && IsStopword(reading.Stem(word)))
                {
                    return true;
                }
            }

            return false;
        }

        private bool EndsCompoundGivenName(PersonMatch match)
        {
            for (var k = match.Start; k < match.End - 1; k++)
            {
                if (GivenNameAt(k, allowClitics: true).End == match.End)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsKunya(int j)
        {
            if (!IsWord(j))
            {
                return false;
            }

            var word = Word(j);
            if (word.Length > 3 && word[0] is 'و' or 'ف')
            {
                word = word[1..];
            }

            return word is "ابو" or "ام" or "ابن" or "ابي";
        }

        private bool IsParticle(int j) =>
            IsWord(j) && Lexicon.Cues.TryGetSpan(Word(j), out var kind) && kind == CueKind.Particle && !IsStopword(Word(j));

        /// <summary>A word that can be part of a name: letters, not a stopword, cue, known name or country adjective, not و-prefixed.</summary>
        private bool IsNameLike(int j)
        {
            if (!IsWord(j) || Tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            var word = Word(j);
            if (word.Length < 2 || IsStopword(word) || IsCommonWord(word) || Lexicon.Cues.ContainsKeySpan(word))
            {
                return false;
            }

            if (word[0] == 'و' && GivenNameAt(j, allowClitics: false).End < 0)
            {
                return false;
            }

            return MatchName(j) is null && CountryAdjectiveAt(j) is null;
        }

        private bool IsStopword(ReadOnlySpan<char> word) =>
            Lexicon.Stopwords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

        /// <summary>An ordinary word, itself or behind a proclitic (بمشاركة، للزمالك، وتابع).</summary>
        private bool IsCommonWord(ReadOnlySpan<char> word) => Lexicon.IsCommonWord(word);
    }
}
