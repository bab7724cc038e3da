using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// Organisations the knowledge base does not know, found by pattern and reported with <c>known: false</c>:
/// an indefinite head noun that starts an organisation's proper name (شركة، جامعة، حزب، صحيفة;
/// data/rules/org-heads.tsv) followed by one to four words that are a name: name-like words without the
/// article (not stopwords, cues or ordinary words), Latin words, or known place names (جامعة القاهرة).
/// Words with the article describe rather than name (وزارة السياحة). The sector is the head's.
/// </summary>
public sealed partial class EntityRecognizer
{
    private const int MaxOrganizationNameWords = 4;

    private sealed record OrganizationMatch(int End, CliticReading Reading, string? Sector, bool HeadInName);

    private sealed partial class Scan
    {
        private OrganizationMatch? MatchUnknownOrganization(int i)
        {
            if (!IsWord(i))
            {
                return null;
            }

            var facts = FactsAt(i);
            for (var r = 0; r < facts.Count; r++)
            {
                // A definite head is a description (الشركة، المحكمة العليا), not the start of a proper name.
                if (facts.Readings[r] is not { Stem: { IsNameOrgHead: true } head, Reading: var reading } || reading.Stem(Word(i)).StartsWith("ال", StringComparison.Ordinal))
                {
                    continue;
                }

                var sector = head.OrgHeadSector;

                var end = i + 1;
                var placeOnly = true;
                while (end < Tokens.Length && end - i <= MaxOrganizationNameWords)
                {
                    // Proper names after a head come without the article (شركة موتورولا، نادي تشيلسي);
                    // words with it describe (وزارة السياحة، صندوق المقاصة), unless they name a place.
                    if ((IsNameLike(end) && !Word(end).StartsWith("ال", StringComparison.Ordinal) && IsOrganizationNameWord(end)) || IsLatin(end))
                    {
                        end++;
                        placeOnly = false;
                    }
                    else if (MatchName(end) is { } place && place.Targets.Any(static t => t.Entry.Type is EntityType.Location or EntityType.Country))
                    {
                        end = place.End;
                    }
                    else
                    {
                        break;
                    }
                }

                // Only a place after a head left out of the name (تلفزيون دبي، بورصة لندن) leaves the place
                // alone as the mention: it is the place the body is in, found as a place; after a club's head
                // (نادي قطر) it is the club's name.
                var inName = head.IsOrgHeadInName;
                if (end > i + 1 && (inName || !placeOnly || sector == "CVL"))
                {
                    return new OrganizationMatch(end, reading, sector, inName);
                }
            }

            return null;
        }

        private void AddUnknownOrganization(int i, OrganizationMatch match)
        {
            // The head says what kind of body it is (شركة موتورولا); the name proper follows it, as with places,
            // unless the head is part of the name (جامعة القاهرة، حزب كاديما).
            var mention = match.HeadInName ? Mention(i, match.Reading, match.End, MentionForms.Name) : Mention(i + 1, default, match.End, MentionForms.Name);
            var id = $"unknown/organization/{ArabicNormalizer.Normalize(mention.Text).Replace(' ', '-')}";
            var builder = _byId.TryGetValue(id, out var known) ? known : Added(new EntityBuilder(id, EntityType.Organization, mention.Text, mention.Text, null, null, match.Sector, false));
            Add(builder, mention);
        }

        /// <summary>
        /// A word that can be part of an organisation's proper name after its head: not behind a
        /// preposition (اتحاد للناشرين، بنك للعيون), not an adjective in ية or a nisba of an ordinary word
        /// (منظمة إجرامية، حزب إسلامي، اتحاد طوعي), not an ordinary word under an inflection.
        /// </summary>
        private bool IsOrganizationNameWord(int j)
        {
            var word = Word(j);
            if (word.EndsWith("يه", StringComparison.Ordinal) || LooksOrdinary(word))
            {
                return false;
            }

            if (word.Length > 3 && word[0] is 'ل' or 'ب' && !IsLatin(j))
            {
                var rest = word[1..];
                if (rest[0] == 'ل' || rest.StartsWith("ال", StringComparison.Ordinal) || IsCommonWord(rest) || IsStopword(rest) || LooksOrdinary(rest) || MatchName(j) is not null)
                {
                    return false;
                }
            }

            return !(word.EndsWith('ي') && word.Length > 3 && (IsCommonWord(word[..^1]) || IsStopword(word[..^1]) || LooksOrdinary(word[..^1])));
        }

        private bool IsLatin(int j) => IsWord(j) && Tokens[j].Kind == TokenKind.Word && Word(j)[0] is >= 'a' and <= 'z';
    }
}
