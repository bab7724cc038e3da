using System.Collections.Frozen;
using System.Collections.Immutable;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

/// <summary>
/// Finds the entities of a text and links them to the knowledge base. One left-to-right pass over the
/// tokens; at each word the longest of three matches wins:
/// <list type="number">
/// <item>a name from the knowledge base, its first word read through its clitics (والمغرب، بالإمارات،
///   للأمم), the rest word for word (edges: <c>EntityRecognizer.NameEdges.cs</c>);</item>
/// <item>an institution phrase with its country (وزارة الخارجية الإيرانية → IRN GOV);</item>
/// <item>a role title with its country (الرئيس الأمريكي، المبعوث الأمريكي الخاص، رئيس كازاخستان),
///   resolved to the person holding it on the article date, or to the person named right after it
///   (<c>EntityRecognizer.Roles.cs</c>).</item>
/// </list>
/// A word that starts none of these may be, in this order: the family name of a person found earlier,
/// an organisation by its head noun (<c>EntityRecognizer.Organizations.cs</c>), a person by pattern
/// (<c>EntityRecognizer.Persons.cs</c>), or a country's nisba adjective (الإسرائيلية → ISR).
/// Thread-safe: all state is per call.
/// </summary>
public sealed partial class EntityRecognizer
{
    private static readonly EntityType[] TypePriority = [EntityType.Country, EntityType.Group, EntityType.Organization, EntityType.Person, EntityType.Agreement, EntityType.Location];

    private readonly EntityGazetteer _gazetteer;

    public EntityRecognizer(EntityGazetteer gazetteer)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <summary>The entities of <paramref name="text"/>, in order of first mention.</summary>
    /// <param name="date">The article date, for roles; without one, role phrases are not resolved.</param>
    public ImmutableArray<EntityRecord> Recognize(TextAnalysis text, DateOnly? date) => Recognize(text, date, null);

    /// <summary>As <see cref="Recognize(TextAnalysis, DateOnly?)"/>, and fills <paramref name="lexicon"/> (see <see cref="TokenFactsWindow"/>) for the tagger.</summary>
    internal ImmutableArray<EntityRecord> Recognize(TextAnalysis text, DateOnly? date, int[]? lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var scan = new Scan(text, _gazetteer, date, lexicon);
        var i = 0;
        while (i < scan.Tokens.Length)
        {
            i = scan.At(i);
        }

        return scan.Entities();
    }

    /// <summary>The state of one pass over one text.</summary>
    private sealed partial class Scan(TextAnalysis text, EntityGazetteer gazetteer, DateOnly? date, int[]? lexicon) : IDisposable
    {
        private readonly NormalizedText _norm = text.Normalized;
        private readonly Dictionary<string, EntityBuilder> _byId = new(StringComparer.Ordinal);
        private readonly List<EntityBuilder> _order = [];
        private readonly TokenWindowCache<NameMatch?> _names = new();
        private readonly TokenFactsWindow _facts = new(gazetteer.Words, lexicon);

        public ImmutableArray<Token> Tokens { get; } = text.Tokens;

        /// <summary>Matches at token <paramref name="i"/> and returns the token to go on from.</summary>
        public int At(int i)
        {
            if (!IsWord(i))
            {
                return i + 1;
            }

            var name = MatchName(i);
            if ((name is null || name.Targets.All(static t => t.NeedsContext)) && HeadedName(i) is { } headed && headed.End > (name?.End ?? 0))
            {
                name = headed;
            }

            if (name is { } single && single.End - i == 1 && single.Targets.All(static t => t.Entry.Type == EntityType.Person) && !IsSupportedShortName(i, single))
            {
                name = null;
            }

            // A name that is also an ordinary word needs context: a place a preposition before it (في صور
            // yes, عرض صور no), a body a reporting verb or ل (قالت الجزيرة، للجزيرة), either an earlier mention.
            if (name is { } ordinary && ordinary.Targets.All(static t => t.NeedsContext) && !HasContext(i, ordinary))
            {
                name = null;
            }

            var institution = MatchInstitution(i);
            var role = MatchRole(i);
            var nameEnd = name?.End ?? 0;
            var institutionEnd = institution?.End ?? 0;
            var roleEnd = role?.End ?? 0;

            if (name is { } n && nameEnd >= institutionEnd && nameEnd >= roleEnd)
            {
                if (InnerPlaceOfRegion(i, n) is { } inner)
                {
                    return At(inner);
                }

                var target = Choose(WithoutSharedCountry(i, n), IsLocative(i, n.Reading));
                var start = target.Entry.Type == EntityType.Person ? SkipCueWords(i, n.End, n.Reading) : SkipGenericHead(i, n.End, target.Entry);
                // A name listed with its title (الملك حمد) may go on as a longer name of the same person (الملك حمد بن عيسى آل خليفة).
                if (start > i && target.Entry.Type == EntityType.Person && MatchName(start) is { } longer && longer.End > n.End && HasEntry(longer.Targets, target.Entry))
                {
                    n = longer with { Reading = default };
                }

                var end = DropPlaceEpithet(i, n.End, target.Entry);
                // A generic actor with a nationality after it (مسلحون فلسطينيون) is that country's.
                if (target.Entry.Kind == "generic" && end == n.End && IsWord(end) && CountryAdjectiveAt(end) is { } nationality)
                {
                    Add(FromKb(nationality), Mention(end, default, end + 1, MentionForms.Adjective));
                    Add(GenericOf(target.Entry, nationality), Mention(start, start == i ? n.Reading : default, end + 1, target.Form));
                    return end + 1;
                }

                // A maker followed by a model number (طائرة بوينغ 737) names a product, not the company.
                if (target.Entry.Type == EntityType.Organization && target.Entry.Sector == "BUS" && end < Tokens.Length && Tokens[end].Kind == TokenKind.Number)
                {
                    return end;
                }

                if (start == i && end == n.End && IsClub(i, end, target, n.Reading))
                {
                    AddClub(i, n.Reading, end);
                    return end;
                }

                if (start == i && end == n.End && target.Entry.Type == EntityType.Location && IsQuotedTitle(i, end, n.Reading))
                {
                    AddPlaceNamedBody(i, n.Reading, end, null);
                    return end;
                }

                var entity = FromKb(target.Entry);
                Add(entity, Mention(start, start == i ? n.Reading : default, end, target.Form));
                if (target.Entry.Type == EntityType.Person && end - start >= 2)
                {
                    RememberFamilyName(end - 1, entity, ordinaryWordsToo: true);
                }

                return n.End;
            }

            if (institution is { } inst && institutionEnd >= roleEnd)
            {
                AddInstitution(i, inst);
                return inst.End;
            }

            if (role is { } r)
            {
                AddRole(i, r);
                return r.End;
            }

            if (TryAddFamilyName(i))
            {
                return i + 1;
            }

            if (MatchUnknownOrganization(i) is { } organization)
            {
                AddUnknownOrganization(i, organization);
                return organization.End;
            }

            if (MatchUnknownPerson(i) is { } person)
            {
                AddUnknownPerson(person);
                return person.End;
            }

            if (CountryAdjectiveAt(i) is { } country)
            {
                Add(FromKb(country), Mention(i, default, i + 1, MentionForms.Adjective));
            }

            return i + 1;
        }

        private bool HasContext(int i, NameMatch match)
        {
            for (var t = 0; t < match.Targets.Count; t++)
            {
                if (_byId.ContainsKey(match.Targets[t].Entry.Id))
                {
                    return true;
                }
            }

            if (match.Targets.Any(static t => t.Entry.Type is EntityType.Organization or EntityType.Group))
            {
                return Word(i)[..match.Reading.Stripped].Contains('ل') || CueBefore(i) is { Kind: CueKind.Verb };
            }

            return match.Targets.FirstOrDefault(static t => t.CommonNoun) is { } place ? IsPlaceSpokenOf(i, match, place.Entry) : IsLocative(i, match.Reading);
        }

        public void Dispose()
        {
            _facts.Dispose();
            _names.Dispose();
            _cueBefore.Dispose();
            _givenNames.Dispose();
        }

        public ImmutableArray<EntityRecord> Entities()
        {
            ResolveNamesakes();
            return [.. _order.Select(static b => b.Build())];
        }

        private bool IsWord(int i) => i < Tokens.Length && Tokens[i].Kind is TokenKind.Word or TokenKind.Number;

        private ReadOnlySpan<char> Word(int i) => Tokens[i].NormalizedIn(_norm);

        /// <summary>
        /// What the word lists and tries say of the word at token <paramref name="i"/> and of its first-word
        /// readings, found once per token. A copy: a later call may reuse the slot.
        /// </summary>
        private TokenFacts FactsAt(int i) => _facts.Get(i, Word(i));

        /// <summary>The facts of the word at token <paramref name="i"/> itself, if any list or trie holds it.</summary>
        private WordFacts? WholeAt(int i) => _facts.Get(i, Word(i)).Whole;

        /// <summary>The country whose nisba adjective the word at token <paramref name="j"/> is, if any (asked of most words, often twice).</summary>
        private KbEntry? CountryAdjectiveAt(int j) => _facts.Get(j, Word(j)).Country;

        /// <summary>The longest knowledge-base name starting at token i, over the clitic readings of its first word.</summary>
        private NameMatch? MatchName(int i) =>
            _names.TryGet(i, out var match) ? match : _names.Set(i, FindName(i));

        private NameMatch? FindName(int i)
        {
            if (!IsWord(i))
            {
                return null;
            }

            NameMatch? best = null;
            var facts = FactsAt(i);
            for (var r = 0; r < facts.Count; r++)
            {
                if (facts.Readings[r] is not { Key.Name: { } node, Reading: var reading })
                {
                    continue;
                }

                var (end, values) = Walk(node, i + 1);
                if (values is not null && (best is null || end > best.End))
                {
                    best = new NameMatch(end, values, reading);
                }
            }

            return best;
        }

        /// <summary>Follows the trie from <paramref name="node"/> over tokens from <paramref name="j"/>; the longest end with values.</summary>
        private (int End, IReadOnlyList<T>? Values) Walk<T>(TokenTrie<T>.Node node, int j)
        {
            var end = node.HasValues ? j : -1;
            var values = node.HasValues ? node.Values : null;
            while (j < Tokens.Length && node.TryGetChild(Word(j), out node))
            {
                j++;
                if (node.HasValues)
                {
                    end = j;
                    values = node.Values;
                }
            }

            return (end, values);
        }

        /// <summary>
        /// The mention over tokens [i, end): from the first word without its stripped proclitics (the
        /// article stays: والمغرب → المغرب), to the end of the last word.
        /// </summary>
        private Mention Mention(int i, CliticReading reading, int end, string form)
        {
            var prefix = Math.Max(0, reading.Stripped - (reading.HasArticle ? 2 : 0));
            var start = _norm.ToOriginal(Tokens[i].NormStart + prefix);
            var span = new TextSpan(start, Tokens[end - 1].Span.End);
            return new Mention(span, span.Slice(text.Text), form);
        }

        // Looked up first, and made in a method of its own: an entity's later mentions (most of them) allocate nothing here.
        private EntityBuilder FromKb(KbEntry entry) => _byId.TryGetValue(entry.Id, out var known) ? known : NewFromKb(entry);

        private EntityBuilder NewFromKb(KbEntry entry) => Added(BuilderOf(entry));

        /// <summary>The entity a knowledge-base entry stands for, with the country and sector it has on the date; not yet added.</summary>
        private EntityBuilder BuilderOf(KbEntry entry)
        {
            var (country, sector) = entry.Type switch
            {
                EntityType.Country => (entry.Id, null),
                EntityType.Person => PersonAffiliation(entry),
                _ => (entry.Country, entry.Sector),
            };
            return new EntityBuilder(entry.Id, entry.Type, entry.Name, entry.Arabic.FirstOrDefault(), entry.Wikidata, country, sector, true);
        }

        /// <summary>A generic actor of one country (group/protesters/PSE): the country the text gives it, the sector its entry has.</summary>
        private EntityBuilder GenericOf(KbEntry generic, KbEntry country)
        {
            var id = $"{generic.Id}/{country.Id}";
            return _byId.TryGetValue(id, out var known) ? known
                : Added(new EntityBuilder(id, generic.Type, $"{generic.Name} ({country.Name})", null, null, country.Id, generic.Sector, true));
        }

        // Loops by index, not LINQ with a lambda: the lambda would capture the entry, and the closure is made on every call.
        private static bool HasEntry(IReadOnlyList<NameTarget> targets, KbEntry entry)
        {
            for (var t = 0; t < targets.Count; t++)
            {
                if (targets[t].Entry == entry)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The country and sector of the role a person held on the date, else of their newest role.</summary>
        private (string? Country, string? Sector) PersonAffiliation(KbEntry person)
        {
            var role = (date is { } d ? person.RolesOn(d).FirstOrDefault() : null) ?? person.Roles.FirstOrDefault();
            return role is null ? (person.Country, person.Sector) : (role.Country ?? person.Country, role.Sector);
        }

        private EntityBuilder Builder(string id, Func<EntityBuilder> create) => _byId.TryGetValue(id, out var builder) ? builder : Added(create());

        // A new entity: its id not yet known.
        private EntityBuilder Added(EntityBuilder builder)
        {
            _byId.Add(builder.Id, builder);
            _order.Add(builder);
            return builder;
        }

        private static void Add(EntityBuilder builder, Mention mention)
        {
            if (builder.AddSpan(mention.Span))
            {
                builder.Mentions.Add(mention);
            }
        }
    }

    private sealed record NameMatch(int End, IReadOnlyList<NameTarget> Targets, CliticReading Reading);
}
