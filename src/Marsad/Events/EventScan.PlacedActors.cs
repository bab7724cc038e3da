using System.Collections.Immutable;
using System.Globalization;
using Marsad.Knowledge;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Times;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>Generic actors placed in the country their sentence is set in, and the entities rewritten to hold them.</summary>
internal sealed partial class EventScan
{
    /// <summary>
    /// A generic actor placed in a country: the nationality right after it (مسلحون فلسطينيون), else the
    /// country its sentence is set in (a place of the sentence, or a country after في); others as they are.
    /// </summary>
    private string Placed(string id, int sentence, int a, int b)
    {
        if (!_generic.Contains(id))
        {
            return id;
        }

        string? country = null;
        for (var j = a; j < b && country is null; j++)
        {
            if (MentionAt(j) is { } mention && mention.Entity.Id == id && mention.End < b && _adjectiveAt[mention.End] is { } nationality)
            {
                country = nationality.Id;
            }
        }

        country ??= PlaceOf(a, b);
        if (country is null)
        {
            return id;
        }

        _placed[(id, sentence)] = country;
        return $"{id}/{country}";
    }

    /// <summary>The country a sentence is set in: that of its first place, or a country (or a noun with a nationality) after في.</summary>
    private string? PlaceOf(int a, int b)
    {
        for (var j = a; j < b; j++)
        {
            if (MentionAt(j) is not { } mention)
            {
                continue;
            }

            var country = mention.Entity.Type == EntityType.Location ? mention.Entity.Country
                : mention.Entity.Type == EntityType.Country && Marker(j) == "في" ? mention.Entity.Id
                : null;
            if (country is not null)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>
    /// Security forces the recogniser left without a country (الشرطة، الجيش، قوات الأمن in a sentence that
    /// names no country beside them) become sides of the country their sentence is set in, else of the
    /// document's main country: الشرطة in a sentence set in أثينا are the Greek police, as CAMEO codes them.
    /// </summary>
    private void MarkPlacedForces() => WithCovered(MarkPlacedForces);

    private void MarkPlacedForces(bool[] covered)
    {
        for (var j = 0; j < _tokens.Length; j++)
        {
            if (covered[j] || !IsWord(j) || _doc.SentenceOf(j) < 0)
            {
                continue;
            }

            var (end, force, reading) = (-1, (KbInstitution?)null, default(CliticReading));
            foreach (var hit in _words.At(j, Word(j)))
            {
                if (hit is not { Facts.Force: { } node, Reading: var r })
                {
                    continue;
                }

                if (node.HasValues && j + 1 > end)
                {
                    (end, force, reading) = (j + 1, node.Values[0], r);
                }

                for (var k = j + 1; k < _tokens.Length && IsWord(k) && !covered[k] && node.TryGetChild(Word(k), out var next); k++)
                {
                    node = next;
                    if (node.HasValues && k + 1 > end)
                    {
                        (end, force, reading) = (k + 1, node.Values[0], r);
                    }
                }
            }

            if (force is null)
            {
                continue;
            }

            var (a, b) = _doc.Sentence(_doc.SentenceOf(j));
            if ((PlaceOf(a, b) ?? _focusCountry) is not { } country)
            {
                j = end - 1;
                continue;
            }

            // The mention starts after the proclitics but keeps the article; in لل the article's alef is
            // elided, so it keeps one ل (للشرطة: ل + الشرطة).
            var prefix = Word(j)[..reading.Stripped];
            var start = _tokens[j].Span.Start + reading.Stripped
                - (!reading.HasArticle ? 0 : prefix.EndsWith("لل", StringComparison.Ordinal) ? 1 : 2);
            start = Math.Max(start, _tokens[j].Span.Start);
            // (The mention itself keeps the whole word when its article is elided, as للمسلحين is reported.)
            var span = new TextSpan(prefix.EndsWith("لل", StringComparison.Ordinal) ? _tokens[j].Span.Start : start, _tokens[end - 1].Span.End);
            var id = Synthetic($"{force.Id}/{country}", EntityType.Organization, force.Name, force.Arabic.FirstOrDefault(), country, force.Sector);
            if (_synthetic.TryGetValue(id, out var made))
            {
                made = _synthetic[id] = made with { Mentions = [.. made.Mentions, new Mention(span, _text.Text[span.Start..span.End], MentionForms.Role)] };
            }

            // The recogniser may know the same force from elsewhere in the document: then that entity it is.
            SetMentionAt(j, (made ?? EntityById(id), end, start));
            j = end - 1;
        }
    }

    // A method, not a lambda in the loop above: a lambda capturing the loop's id would cost an allocation at every token.
    private EntityRecord EntityById(string id) => EntityOrNull(id) ?? throw new InvalidOperationException($"no entity {id}");

    /// <summary>The protesters of a country, for a protest that names no one: an entity of the document like a placed generic actor.</summary>
    private string PlacedProtesters(string country) =>
        Synthetic($"{ProtestersId}/{country}", EntityType.Group, "Protesters", Lexicon.Name(ScanWord.ProtestersName), country, "CVL");

    /// <summary>The security forces of a country, for torture or an execution that names no one.</summary>
    private string PlacedSecurityForces(string country) =>
        Synthetic($"institution/security-forces/{country}", EntityType.Organization, "Security forces", Lexicon.Name(ScanWord.SecurityForcesName), country, "COP");

    private string Synthetic(string id, EntityType type, string name, string? nameAr, string country, string sector)
    {
        if (!_synthetic.ContainsKey(id) && _entities.All(e => e.Id != id))
        {
            var countryName = _entities.FirstOrDefault(e => e.Id == country)?.Name ?? country;
            _synthetic[id] = new EntityRecord(id, type, $"{name} ({countryName})", nameAr, null, country, sector, true, []);
        }

        return id;
    }

    /// <summary>
    /// The entities with each placed generic actor split off: its mentions in the sentences where it was
    /// placed move to an entity of that country (group/protesters/TUR); what is left stays generic.
    /// </summary>
    public ImmutableArray<EntityRecord> EntitiesWithPlacedActors(ImmutableArray<EventRecord> events)
    {
        if (_placed.Count == 0 && _synthetic.Count == 0)
        {
            return _entities;
        }

        // An id an event still names stays, whatever moved out of it.
        // (Loops, not SelectMany and Concat, nor UnionWith: each boxes an id array and its enumerator, at every event.)
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var id in e.Actor)
            {
                named.Add(id);
            }

            foreach (var id in e.Recipient)
            {
                named.Add(id);
            }
        }

        var result = new List<EntityRecord>(_entities.Length + _synthetic.Count);
        var derived = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        // One list for every entity's kept mentions, copied out where they differ: not one list per entity.
        var kept = new List<Mention>();
        foreach (var entity in _entities)
        {
            // With no generic actor placed every mention stays where it is: no mention's tokens and sentence to find.
            if (_placed.Count == 0)
            {
                if (entity.Mentions.Length > 0 || named.Contains(entity.Id))
                {
                    result.Add(entity);
                }

                continue;
            }

            kept.Clear();
            foreach (var mention in entity.Mentions)
            {
                var first = TokensOf(mention.Span).First;
                var sentence = first >= 0 ? _doc.SentenceOf(first) : -1;
                if (_placed.TryGetValue((entity.Id, sentence), out var country))
                {
                    var id = $"{entity.Id}/{country}";
                    if (!derived.TryGetValue(id, out var moved))
                    {
                        derived[id] = moved = [];
                    }

                    moved.Add(mention);
                }
                else
                {
                    kept.Add(mention);
                }
            }

            if (kept.Count > 0 || named.Contains(entity.Id))
            {
                result.Add(kept.Count == entity.Mentions.Length || kept.Count == 0 ? entity : entity with { Mentions = [.. kept] });
            }

            // (Only with something moved out: the prefix, the query and its list cost allocations per entity.)
            if (derived.Count > 0)
            {
                AddDerived(entity, derived, result);
            }
        }

        // Every id an event names is an entity of the document, whatever the sentences said. (A loop over the set,
        // which nothing changes while it is read, where a query's test made a closure and a delegate per id.)
        foreach (var id in named)
        {
            if (HasId(result, id))
            {
                continue;
            }

            if (_synthetic.TryGetValue(id, out var made))
            {
                result.Add(made);
                continue;
            }

            var slash = id.LastIndexOf('/');
            if (slash > 0 && EntityOrNull(id[..slash]) is { } generic)
            {
                result.Add(generic with { Id = id, Name = $"{generic.Name} ({id[(slash + 1)..]})", Country = id[(slash + 1)..] });
            }
        }

        return [.. result];
    }

    /// <summary>
    /// Adds the entities split off <paramref name="entity"/> (its id, a slash, a country) and takes them out of
    /// <paramref name="derived"/>. A method of its own: a query capturing the loop's entity made a closure at every entity.
    /// </summary>
    private void AddDerived(EntityRecord entity, Dictionary<string, List<Mention>> derived, List<EntityRecord> result)
    {
        foreach (var (id, mentions) in derived.Where(d => d.Key.StartsWith(entity.Id + "/", StringComparison.Ordinal)).ToList())
        {
            var country = id[(entity.Id.Length + 1)..];
            var countryName = _entities.FirstOrDefault(e => e.Id == country)?.Name ?? country;
            result.Add(entity with { Id = id, Name = $"{entity.Name} ({countryName})", Country = country, Mentions = [.. mentions] });
            derived.Remove(id);
        }
    }

    // The document's entity of the id, or null: a loop, where a query's test captured the caller's loop variable
    // (a closure at every turn of that loop).
    private EntityRecord? EntityOrNull(string id)
    {
        foreach (var entity in _entities)
        {
            if (entity.Id == id)
            {
                return entity;
            }
        }

        return null;
    }

    private static bool HasId(List<EntityRecord> entities, string id)
    {
        foreach (var e in entities)
        {
            if (e.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The ids of the places and of the generic actors (groups named only in role form, without a country).
    /// One loop, not two LINQ chains: it runs per document.
    /// </summary>
    private static (HashSet<string> Places, HashSet<string> Generic) PlacesAndGeneric(ImmutableArray<EntityRecord> entities)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        var generic = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Location)
            {
                places.Add(e.Id);
            }
            else if (e.Type == EntityType.Group && e.Country is null && AllRoles(e.Mentions))
            {
                generic.Add(e.Id);
            }
        }

        return (places, generic);
    }

    private static bool AllRoles(ImmutableArray<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Form != MentionForms.Role)
            {
                return false;
            }
        }

        return true;
    }
}
