using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// The edges of a known name: which entry a shared name stands for (a capital is the city after a
/// locative word and the government otherwise), and where its mention starts and ends (a generic head,
/// دولة قطر، حركة حماس, and a closing epithet, مكة المكرمة, stay out of the mention when the rest is
/// itself a name of the same entry).
/// </summary>
public sealed partial class EntityRecognizer
{
    private sealed partial class Scan
    {
        private bool IsLocative(int i, CliticReading reading)
        {
            var word = Word(i);
            var prefix = word[..(reading.Stripped - (reading.HasArticle ? 2 : 0) is var p && p > 0 ? p : 0)];
            return prefix.Contains('ب') || (i > 0 && IsWord(i - 1) && Lexicon.LocativeWords.ContainsSpan(Word(i - 1)));
        }

        /// <summary>
        /// Whether a place whose name is first of all a common noun (بركان a volcano, الزاوية a corner;
        /// data/rules/common-noun-places.txt) is the place at token i: after a place head (مدينة بركان،
        /// ببلدة الزاوية), before its own country's adjective (بركان المغربية), or where a place stands (a
        /// preposition before it) once its country is named in the text. A preposition alone is not
        /// enough: سقط في بركان خامد، وقف في الزاوية.
        /// </summary>
        private bool IsPlaceSpokenOf(int i, NameMatch match, KbEntry place)
        {
            if (i > 0 && IsWord(i - 1))
            {
                var before = Word(i - 1);
                foreach (var reading in ArabicClitics.Readings(before))
                {
                    if (gazetteer.Lexicon.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(reading.Stem(before)))
                    {
                        return true;
                    }
                }
            }

            return place.Country is { } country
                && ((IsWord(match.End) && CountryAdjectiveAt(match.End)?.Id == country)
                    || (IsLocative(i, match.Reading) && _order.Any(b => b.Id == country || b.Country == country)));
        }

        /// <summary>
        /// A name a country shares with a city of another country once normalised (عُمان, Oman, and عمّان,
        /// Amman) is not the country when the text writes it with the marks of the city's own name (عمّان
        /// with its shadda), or when it stands where a place does (بعمان، في عمان، العاصمة عمان) and the city's
        /// country is already named in the document (الحكومة الأردنية … في عمان; but الأردن وعمان is two
        /// countries): the country is dropped from the targets, and the usual choice between the city
        /// and its government (<see cref="Choose"/>) decides among the rest.
        /// </summary>
        private IReadOnlyList<NameTarget> WithoutSharedCountry(int i, NameMatch name) =>
            name.Targets.Count < 2 ? name.Targets : WithoutSharedCountryOfMany(i, name);

        // Apart from the one-target case (nearly every name): the lambdas here capture locals, whose closure is made at the method's start.
        private IReadOnlyList<NameTarget> WithoutSharedCountryOfMany(int i, NameMatch name)
        {
            var city = name.Targets.FirstOrDefault(static t => t.Entry.Type == EntityType.Location && t.Entry.Country is not null);
            var other = city is null ? null : name.Targets.FirstOrDefault(t => t.Entry.Type == EntityType.Country && t.Form == MentionForms.Name && t.Entry.Id != city.Entry.Country);
            if (city is null || other is null)
            {
                return name.Targets;
            }

            var written = Tokens[i].Span.Slice(text.Text);
            var marked = city.Entry.Arabic.Any(n => n.AsSpan().IndexOfAnyInRange('\u064B', '\u0652') >= 0 && written.EndsWith(n, StringComparison.Ordinal));
            var placedInNamedCountry = IsLocative(i, name.Reading) && _order.Any(b => b.Id == city.Entry.Country || b.Country == city.Entry.Country);
            return marked || placedInNamedCountry ? [.. name.Targets.Where(t => t.Entry != other.Entry)] : name.Targets;
        }

        private static NameTarget Choose(IReadOnlyList<NameTarget> targets, bool locative)
        {
            if (targets.Count == 1)
            {
                return targets[0];
            }

            var place = targets.FirstOrDefault(t => t.Entry.Type == EntityType.Location);
            var metonym = targets.FirstOrDefault(t => t.Entry.Type == EntityType.Country && t.Form == MentionForms.Metonym);
            if (place is not null && metonym is not null)
            {
                return locative ? place : metonym;
            }

            return targets.OrderBy(t => Array.IndexOf(TypePriority, t.Entry.Type)).ThenBy(t => t.Form == MentionForms.Name ? 0 : 1).First();
        }

        /// <summary>
        /// The token where the place inside a compass region starts (جنوب لبنان → لبنان، شمال أفريقيا →
        /// أفريقيا), when the region's words after the compass words are themselves a name ending where the
        /// region does; null for anything else, and for a country whose name has a compass word (جنوب أفريقيا).
        /// </summary>
        private int? InnerPlaceOfRegion(int i, NameMatch region)
        {
            if (region.Targets.Any(static t => t.Entry.Type == EntityType.Country) || region.Targets.All(static t => t.Entry.Type != EntityType.Location))
            {
                return null;
            }

            var directions = gazetteer.Lexicon.DirectionWords.GetAlternateLookup<ReadOnlySpan<char>>();
            var first = region.Reading.Stem(Word(i));
            var j = i;
            while (j < region.End - 1 && directions.Contains(j == i ? first : Word(j)))
            {
                j++;
            }

            return j > i && MatchName(j) is { } inner && inner.End == region.End ? j : null;
        }

        /// <summary>
        /// Where a place's or body's mention starts: after a generic head (دولة قطر، مدينة غزة، حركة حماس،
        /// صحيفة هآرتس) when the words after it are themselves a name of the same entry; the head says what
        /// kind of place or body it is, it is not the name.
        /// </summary>
        private int SkipGenericHead(int i, int end, KbEntry entry)
        {
            var heads = entry.Type switch
            {
                EntityType.Country or EntityType.Location => gazetteer.Lexicon.PlaceHeads,
                EntityType.Organization or EntityType.Group => gazetteer.Lexicon.OrgHeadWords,
                _ => null,
            };
            if (end - i < 2 || heads is null)
            {
                return i;
            }

            Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
            var isHead = false;
            foreach (var reading in readings[..NameKey.FirstWordKeys(Word(i), readings)])
            {
                // A head that is part of the name (جامعة، منظمة، حزب) stays in the mention.
                var stem = reading.Stem(Word(i));
                isHead |= heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem) && !gazetteer.Lexicon.OrgHeadsInName.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem);
            }

            if (isHead && entry.Type is EntityType.Organization or EntityType.Group && IsKindHead(i) && !(end == i + 2 && IsNisbaShaped(Word(i + 1))))
            {
                // A definite head (النادي، الحركة) or a paper's, channel's or company's (صحيفة، قناة، شركة)
                // says what kind of body follows and is never part of its name, whether or not the rest is
                // listed alone (النادي الأهلي → الأهلي، صحيفة الأهرام → الأهرام); not before a lone adjective
                // (المفوضية الأوروبية، المحكمة الدستورية are names).
                return i + 1;
            }

            // A place's generic head (نهر النيجر، قطاع غزة، بلاد الشام) is left out when the rest is a place's
            // name, of the same place or not: the head says what kind of place, the rest names it.
            return isHead && MatchName(i + 1) is { } rest && rest.End == end
                && NamesPlace(rest.Targets, entry) ? i + 1 : i;
        }

        // The rest after a head names the entry, or a place when the entry is one.
        private static bool NamesPlace(IReadOnlyList<NameTarget> targets, KbEntry entry)
        {
            for (var k = 0; k < targets.Count; k++)
            {
                var t = targets[k];
                if (t.Entry == entry || (entry.Type is EntityType.Country or EntityType.Location && t.Entry.Type is EntityType.Country or EntityType.Location && t.Form == MentionForms.Name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A definite feminine adjective in ية or a country's nisba (الأوروبية، الدستورية، المصري): after a head it
        /// completes the name rather than being one (a club's masculine الأهلي is a name).
        /// </summary>
        private bool IsNisbaShaped(ReadOnlySpan<char> word) =>
            word.StartsWith("ال", StringComparison.Ordinal) && (word.EndsWith("يه", StringComparison.Ordinal) || gazetteer.CountryOfAdjective(word) is not null);

        private bool IsKindHead(int i)
        {
            Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
            foreach (var reading in readings[..NameKey.FirstWordKeys(Word(i), readings)])
            {
                var head = reading.Stem(Word(i));
                if (gazetteer.Lexicon.OrgHeadsInName.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
                {
                    return false;
                }

                if (head.StartsWith("ال", StringComparison.Ordinal) && gazetteer.Lexicon.OrgHeadWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head))
                {
                    return true;
                }

                if (gazetteer.Lexicon.OrgHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out var sector) && sector is "MED" or "BUS")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the words [i, end) are themselves a name of <paramref name="entry"/>, the first read through its clitics.</summary>
        private bool NameEndsAt(int i, int end, KbEntry entry)
        {
            var facts = FactsAt(i);
            for (var r = 0; r < facts.Count; r++)
            {
                if (facts.Readings[r] is not { Key.Name: { } node })
                {
                    continue;
                }

                var j = i + 1;
                while (j < end && node.TryGetChild(Word(j), out var next))
                {
                    node = next;
                    j++;
                }

                if (j == end && HasEntry(node.Values, entry))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A known organisation after a head that is part of its name (منظمة أوبك، حزب الليكود، منظمة
        /// الأمم المتحدة): the name from the head to the end of the known one, which then needs no context.
        /// </summary>
        private NameMatch? HeadedName(int i)
        {
            if (!IsWord(i + 1))
            {
                return null;
            }

            var facts = FactsAt(i);
            for (var r = 0; r < facts.Count; r++)
            {
                if (facts.Readings[r] is not { Stem.IsOrgHeadInName: true, Reading: var reading })
                {
                    continue;
                }

                if (MatchName(i + 1) is { Reading.Stripped: 0 } inner && inner.Targets.Any(static t => t.Entry.Type is EntityType.Organization or EntityType.Group))
                {
                    var targets = inner.Targets.Where(static t => t.Entry.Type is EntityType.Organization or EntityType.Group).Select(static t => t with { NeedsContext = false }).ToList();
                    return new NameMatch(inner.End, targets, reading);
                }
            }

            return null;
        }

        /// <summary>
        /// Where a place's mention ends: before a closing epithet (مكة المكرمة، القدس الشريف) when the words
        /// before it are themselves a name of the same place; the epithet honours the place, it is not its name.
        /// </summary>
        private int DropPlaceEpithet(int i, int end, KbEntry entry)
        {
            // A body's nationality after its name (حزب الله اللبناني، الكونغرس الأمريكي) describes it: the
            // mention is the name before it, when that is itself a name of the same body.
            // Not when the body's own name ends with it (منظمة التحرير الفلسطينية).
            if (end - i >= 2 && entry.Type is EntityType.Organization or EntityType.Group && CountryAdjectiveAt(end - 1) is not null
                && Word(end - 1).StartsWith("ال", StringComparison.Ordinal) && NameEndsAt(i, end - 1, entry)
                && entry.Arabic.FirstOrDefault() is { } preferred && !ArabicNormalizer.Normalize(preferred).EndsWith(Word(end - 1), StringComparison.Ordinal))
            {
                return end - 1;
            }

            // An epithet is a definite adjective (المكرمة، المنورة، الشريف), not a nisba of a country
            // (الولايات المتحدة الأمريكية) nor a second name joined by و (البوسنة والهرسك).
            if (end - i < 2 || entry.Type is not (EntityType.Country or EntityType.Location)
                || !Word(end - 1).StartsWith("ال", StringComparison.Ordinal) || CountryAdjectiveAt(end - 1) is not null)
            {
                return end;
            }

            // Nor the word that tells a place from its namesake abroad (طرابلس الشام، طرابلس الغرب): without it the name
            // is the other country's city as much as this one's.
            if (gazetteer.Namesakes.TryGetValue(entry.Id, out var namesakes) && AnyNamesakeEndsAt(i, end - 1, entry, namesakes))
            {
                return end;
            }

            return NameEndsAt(i, end - 1, entry) ? end - 1 : end;
        }

        // A loop, not Any with a lambda: the lambda's closure over the method's parameters was made at every
        // call of DropPlaceEpithet (every knowledge-base name), not only where a namesake is asked about.
        private bool AnyNamesakeEndsAt(int i, int end, KbEntry entry, ImmutableArray<KbEntry> namesakes)
        {
            foreach (var n in namesakes)
            {
                if (n.Id != entry.Id && NameEndsAt(i, end, n))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
