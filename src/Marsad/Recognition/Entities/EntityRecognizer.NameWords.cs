using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// The person rules' questions about single words: given names (with the clitics they may carry),
/// dual-use and function words, kunyas, particles, name-like, stop- and common words.
/// </summary>
public sealed partial class EntityRecognizer
{
    private sealed partial class Scan
    {
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
