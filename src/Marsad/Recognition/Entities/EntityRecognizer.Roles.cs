using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// Role titles and institution phrases with their country: الرئيس الأمريكي، المبعوث الأمريكي الخاص،
/// رئيس كازاخستان (a title, a nisba adjective inside or after it, or a country in idafa; or an organisation whose
/// officers the knowledge base lists: الأمين العام للأمم المتحدة), resolved to the
/// person holding the title on the article date or to the person named right after it; and وزارة الخارجية
/// الإيرانية (an institution and its country), a description of a body reported in role form.
/// </summary>
public sealed partial class EntityRecognizer
{
    private sealed record InstitutionMatch(int End, KbInstitution Institution, CliticReading Reading, KbEntry Country, Mention? CountryMention);

    /// <summary>A title and whose it is: a country, or an organisation whose officers the knowledge base lists.</summary>
    private sealed record RoleMatch(int End, IReadOnlyList<KbTitle> Titles, CliticReading Reading, KbEntry Body, Mention BodyMention);

    private sealed partial class Scan
    {
        private InstitutionMatch? MatchInstitution(int i)
        {
            if (!IsWord(i))
            {
                return null;
            }

            var facts = FactsAt(i);
            for (var r = 0; r < facts.Count; r++)
            {
                if (facts.Readings[r] is not { Key.Institution: { } node, Reading: var reading })
                {
                    continue;
                }

                var (end, values) = Walk(node, i + 1);
                if (values is null)
                {
                    continue;
                }

                var institution = values[0];
                var country = CountryAt(end);
                if (country is not null)
                {
                    return new InstitutionMatch(country.Value.End, institution, reading, country.Value.Entry, country.Value.Mention);
                }

                if (institution.Country is { } fixedCountry && gazetteer.KnowledgeBase.ById.TryGetValue(fixedCountry, out var entry))
                {
                    return new InstitutionMatch(end, institution, reading, entry, null);
                }
            }

            return null;
        }

        /// <summary>
        /// A role title at token i with its country: a nisba adjective inside or right after the title
        /// (المبعوث الأمريكي الخاص، الرئيس الأمريكي) or a country name after it (رئيس كازاخستان).
        /// </summary>
        private RoleMatch? MatchRole(int i)
        {
            if (!IsWord(i))
            {
                return null;
            }

            var facts = FactsAt(i);
            for (var r = 0; r < facts.Count; r++)
            {
                if (facts.Readings[r] is not { Key.Title: { } first, Reading: var reading })
                {
                    continue;
                }

                var node = first;

                (KbEntry Entry, Mention Mention)? country = null;
                var countryEnd = 0;
                var j = i + 1;
                var end = node.HasValues ? j : -1;
                var titles = node.HasValues ? node.Values : null;
                while (j < Tokens.Length)
                {
                    if (node.TryGetChild(Word(j), out var next))
                    {
                        node = next;
                        j++;
                    }
                    else if (country is null && IsWord(j) && CountryAdjectiveAt(j) is { } adjectiveCountry)
                    {
                        country = (adjectiveCountry, Mention(j, default, j + 1, MentionForms.Adjective));
                        countryEnd = ++j;
                        continue;
                    }
                    else
                    {
                        break;
                    }

                    if (node.HasValues)
                    {
                        end = j;
                        titles = node.Values;
                    }
                }

                if (titles is null)
                {
                    continue;
                }

                // An adjective consumed past the title's end still belongs to it (الرئيس الأمريكي).
                end = Math.Max(end, countryEnd);

                if (country is null && CountryAt(end) is { } after)
                {
                    country = (after.Entry, after.Mention);
                    end = after.End;
                }

                if (country is null && OrganizationAt(end) is { } body)
                {
                    country = (body.Entry, body.Mention);
                    end = body.End;
                }

                if (country is { } found)
                {
                    return new RoleMatch(end, titles, reading, found.Entry, found.Mention);
                }
            }

            return null;
        }

        /// <summary>A country named at token j, as an adjective or by name (for idafa: رئيس كازاخستان).</summary>
        private (int End, KbEntry Entry, Mention Mention)? CountryAt(int j)
        {
            if (!IsWord(j))
            {
                return null;
            }

            if (CountryAdjectiveAt(j) is { } adjectiveCountry)
            {
                return (j + 1, adjectiveCountry, Mention(j, default, j + 1, MentionForms.Adjective));
            }

            if (MatchName(j) is { } name && name.Targets.FirstOrDefault(t => t.Entry.Type == EntityType.Country) is { } country)
            {
                return (name.End, country.Entry, Mention(j, name.Reading, name.End, country.Form));
            }

            return null;
        }

        /// <summary>
        /// A known organisation named at token j whose people the knowledge base lists by title (الأمين العام للأمم
        /// المتحدة، الأمين العام لجامعة الدول العربية), in idafa or behind ل; null for anything else.
        /// </summary>
        private (int End, KbEntry Entry, Mention Mention)? OrganizationAt(int j)
        {
            if (!IsWord(j) || MatchName(j) is not { } name
                || name.Targets.FirstOrDefault(static t => t.Entry.Type == EntityType.Organization && t.Form == MentionForms.Name) is not { } body
                || !gazetteer.KnowledgeBase.HasTitledPeople(body.Entry.Id))
            {
                return null;
            }

            return (name.End, body.Entry, Mention(j, name.Reading, name.End, body.Form));
        }

        private void AddInstitution(int i, InstitutionMatch match)
        {
            if (match.CountryMention is { } countryMention)
            {
                Add(FromKb(match.Country), countryMention);
            }

            var id = $"{match.Institution.Id}/{match.Country.Id}";
            var builder = _byId.TryGetValue(id, out var known) ? known : Added(new EntityBuilder(
                id, EntityType.Organization, $"{match.Institution.Name} ({match.Country.Name})", null, null, match.Country.Id, match.Institution.Sector, true));
            // A description standing for a body, not its proper name: like a title, a role.
            Add(builder, Mention(i, match.Reading, match.End, MentionForms.Role));
        }

        private void AddRole(int i, RoleMatch match)
        {
            Add(FromKb(match.Body), match.BodyMention);
            var former = IsWord(match.End) && Lexicon.FormerWords.ContainsSpan(Word(match.End));
            var roleEnd = former ? match.End + 1 : match.End;
            var mention = Mention(i, match.Reading, roleEnd, MentionForms.Role);

            // A name right after the title is the holder it speaks of (الرئيس الأمريكي دونالد ترامب),
            // whether the knowledge base knows the person or the name is found by pattern.
            if (MatchName(roleEnd) is { } named && named.Targets.FirstOrDefault(t => t.Entry.Type == EntityType.Person) is { } person)
            {
                Add(FromKb(person.Entry), mention);
                return;
            }

            if (MatchUnknownPerson(roleEnd) is { } unknown)
            {
                Add(AddUnknownPerson(unknown), mention);
                return;
            }

            if (former || date is not { } onDate)
            {
                return;
            }

            foreach (var title in match.Titles)
            {
                var holders = (match.Body.Type == EntityType.Organization
                    ? gazetteer.KnowledgeBase.HoldersIn(title.Title, match.Body.Id, onDate)
                    : gazetteer.KnowledgeBase.Holders(title.Title, match.Body.Id, onDate)).Take(2).ToList();
                if (holders.Count == 1)
                {
                    Add(FromKb(holders[0]), mention);
                    return;
                }
            }
        }
    }
}
