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
    }
}
