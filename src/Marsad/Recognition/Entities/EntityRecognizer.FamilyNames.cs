using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// The person rules' family names: which word can end a name as a family name, and a family name seen
/// in a full name standing for that person alone later (فؤاد السنيورة … السنيورة). Split from
/// EntityRecognizer.Persons.cs by what it does; the rules themselves are described there.
/// </summary>
public sealed partial class EntityRecognizer
{
    private sealed partial class Scan
    {
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

            return MatchName(j) is { } known && known.End == j + 1 && known.Targets.All(static t => t.Entry.Type == EntityType.Person);
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
                id, EntityType.Person, mention.Text, mention.Text, null, match.Cue?.Country?.Id, match.Cue?.Sector, false));
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
    }
}
