using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// The person rules' cues: an honorific, title or occupation right before a name, looked for back past a
/// nationality adjective (المندوب الإسرائيلي), and the phrases they are read from.
/// </summary>
public sealed partial class EntityRecognizer
{
    private sealed partial class Scan
    {
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
                else if (Lexicon.FormerWords.ContainsSpan(Word(end - 1)))
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
    }
}
