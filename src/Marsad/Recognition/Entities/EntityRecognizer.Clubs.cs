using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// A city's name standing for its sports club (ليون الفرنسي، حارس مرمى ليفربول، برشلونة ( إسبانيا )),
/// reported as an organisation found by pattern (<c>known: false</c>, sector CVL) with the city's name as
/// its mention. The context decides, not the name: a masculine nationality adjective after the city
/// (a city takes the feminine: ليون الفرنسية is the city), a country in brackets after it as in result
/// tables, a word of sport before it (data/rules/club-cues.txt), or a sentence of sports news around it
/// (data/rules/sports-words.tsv: فاز برشلونة على ضيفه) where no locative word places the city (أقيمت
/// المباراة في مدريد). A country's name is its club only with its own masculine nisba after it (قطر
/// القطري): in a sports sentence a country is as often the place of a match as a national team. A known
/// place alone between quotation marks is likewise a body's title (« الشرق الأوسط », a newspaper).
/// </summary>
public sealed partial class EntityRecognizer
{
    private sealed partial class Scan
    {
        // Whether each sentence met so far is sports news (InSportsSentence), by sentence index.
        private readonly Dictionary<int, bool> _sportsSentences = [];

        private bool IsClub(int i, int end, NameTarget target, CliticReading reading)
        {
            var entry = target.Entry;
            var city = (entry.Type == EntityType.Location && entry.Kind is "city" or "capital") || (entry.Type == EntityType.Country && target.Form == MentionForms.Metonym);
            var country = entry.Type == EntityType.Country && target.Form == MentionForms.Name;
            if (!city && !country)
            {
                return false;
            }

            if (MasculineNisbaAt(end) is { } nationality)
            {
                return city || nationality == entry;
            }

            if (!city || IsLocative(i, reading))
            {
                return false;
            }

            if (end + 2 < Tokens.Length && Tokens[end].Kind == TokenKind.Punctuation && Word(end) is "("
                && MatchName(end + 1) is { } bracketed && bracketed.Targets.Any(static t => t.Entry.Type == EntityType.Country && t.Form == MentionForms.Name)
                && bracketed.End < Tokens.Length && Word(bracketed.End) is ")")
            {
                return true;
            }

            var cues = gazetteer.Lexicon.ClubCues.GetAlternateLookup<ReadOnlySpan<char>>();
            return (i > 0 && IsWord(i - 1) && (cues.Contains(Word(i - 1)) || (Word(i - 1) is ['و', .. var rest] && cues.Contains(rest))))
                || (i > 1 && IsWord(i - 2) && TryPhrase(i - 2, i, out var two) && cues.Contains(two))
                || (!IsDateline(i, end) && InSportsSentence(i));
        }

        /// <summary>
        /// Whether the name at [i, end) opens its sentence before a dash, a colon or a bracket (مدريد –،
        /// واشنطن ( أ ف ب )): a dateline names where the report was filed, whatever the report is about.
        /// </summary>
        private bool IsDateline(int i, int end) =>
            end < Tokens.Length && Tokens[end].Kind == TokenKind.Punctuation && Word(end) is "–" or "-" or "—" or ":" or "("
            && text.SentenceIndexAt(Tokens[i].Span.Start) is var sentence and >= 0 && text.Sentences[sentence].Start == Tokens[i].Span.Start;

        /// <summary>
        /// Whether the sentence holding token i is sports news: a word only sport uses (مباراة، الدوري، ملعب)
        /// or two words of sport that have other senses too (فاز … هدفين), data/rules/sports-words.tsv. There a
        /// city not placed by a locative word is its club (فاز برشلونة على ضيفه). Found once per sentence, and
        /// only for a sentence that has a city in it.
        /// </summary>
        private bool InSportsSentence(int i)
        {
            var sentence = text.SentenceIndexAt(Tokens[i].Span.Start);
            if (sentence < 0)
            {
                return false;
            }

            if (_sportsSentences.TryGetValue(sentence, out var known))
            {
                return known;
            }

            var span = text.Sentences[sentence];
            var first = i;
            while (first > 0 && Tokens[first - 1].Span.Start >= span.Start)
            {
                first--;
            }

            var words = gazetteer.Lexicon.SportsWords.GetAlternateLookup<ReadOnlySpan<char>>();
            var score = 0;
            for (var t = first; t < Tokens.Length && Tokens[t].Span.Start < span.End && score < 2; t++)
            {
                if (!IsWord(t))
                {
                    continue;
                }

                var word = Word(t);
                foreach (var reading in ArabicClitics.Readings(word))
                {
                    if (words.TryGetValue(reading.Stem(word), out var kind))
                    {
                        score += kind == SportsWordKind.Sport ? 2 : 1;
                        break;
                    }
                }
            }

            _sportsSentences[sentence] = score >= 2;
            return score >= 2;
        }

        /// <summary>The country of a definite masculine singular nisba at token j (الفرنسي، الإسباني), or null.</summary>
        private KbEntry? MasculineNisbaAt(int j)
        {
            // Normalising makes ى a ي: اليمنى "the right" is not اليمني "the Yemeni".
            if (!IsWord(j) || Word(j) is not { Length: > 4 } word || !word.StartsWith("ال", StringComparison.Ordinal) || !word.EndsWith('ي')
                || text.Text[Tokens[j].Span.End - 1] != 'ي')
            {
                return null;
            }

            return gazetteer.Adjectives.TryGetSpan(word[2..], out var entry) ? entry : null;
        }

        /// <summary>
        /// Adds the club named by the city at [start, end); a name-like word right before the city is the
        /// first word of the club's name (ستيوا بوخارست، سسكا موسكو).
        /// </summary>
        private void AddClub(int start, CliticReading reading, int end) => AddPlaceNamedBody(start, reading, end, "CVL");

        /// <summary>
        /// Whether the known place at [i, end) stands alone between quotation marks (« الشرق الأوسط »، " بابل "):
        /// news quotes a title there, a newspaper's or a body's, and writes a place bare.
        /// </summary>
        private bool IsQuotedTitle(int i, int end, CliticReading reading) =>
            reading.Stripped == 0 && i > 0 && end < Tokens.Length
            && Tokens[i - 1].Kind == TokenKind.Punctuation && Word(i - 1) is "«" or "\""
            && Tokens[end].Kind == TokenKind.Punctuation && Word(end) is "»" or "\"";

        /// <summary>A body named by a place's name at [start, end) (a club, a quoted newspaper): an organisation found by pattern, of <paramref name="sector"/>.</summary>
        private void AddPlaceNamedBody(int start, CliticReading reading, int end, string? sector)
        {
            if (reading.Stripped == 0 && start > 0 && IsNameLike(start - 1) && !Word(start - 1).StartsWith("ال", StringComparison.Ordinal)
                && !gazetteer.Lexicon.ClubCues.ContainsSpan(Word(start - 1)) && !IsLocative(start, reading))
            {
                start--;
                reading = default;
            }

            var mention = Mention(start, reading, end, MentionForms.Name);
            var id = $"unknown/organization/{ArabicNormalizer.Normalize(mention.Text).Replace(' ', '-')}";
            var builder = _byId.TryGetValue(id, out var known) ? known : Added(new EntityBuilder(id, EntityType.Organization, mention.Text, mention.Text, null, null, sector, false));
            Add(builder, mention);
        }
    }
}
