using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Times;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>The sides of an event: actors and recipients from the mentions of the clause, and where clauses end.</summary>
internal sealed partial class EventScan
{
    private sealed record Side(int Start, int End, ImmutableArray<string> Ids);

    /// <summary>
    /// The actor's ids that are sides, agreements and places left out, each generic one placed (<see cref="Placed"/>),
    /// in order. A loop into one array, not a query: it runs per candidate.
    /// </summary>
    private ImmutableArray<string> ActorIds(Side? actor, int sentence, int a, int b)
    {
        if (actor is null || actor.Ids.IsEmpty)
        {
            return [];
        }

        var found = new string[actor.Ids.Length];
        var count = 0;
        foreach (var id in actor.Ids)
        {
            if (!IsAgreement(id) && !_places.Contains(id))
            {
                found[count++] = Placed(id, sentence, a, b);
            }
        }

        return Ids(found, count);
    }

    /// <summary>
    /// The recipient's ids but agreements, each placed (<see cref="PlacedBy"/>) and a place read as its country
    /// (<see cref="PlaceAsCountry"/>), without the actors' and without repeats, in order. A loop, not a query.
    /// </summary>
    private ImmutableArray<string> RecipientIds(Side? recipient, int sentence, int a, int b, ImmutableArray<string> actors)
    {
        if (recipient is null || recipient.Ids.IsEmpty)
        {
            return [];
        }

        var found = new string[recipient.Ids.Length];
        var count = 0;
        foreach (var id in recipient.Ids)
        {
            if (IsAgreement(id))
            {
                continue;
            }

            var side = PlaceAsCountry(PlacedBy(id, sentence, a, b, actors));
            if (!actors.Contains(side) && Array.IndexOf(found, side, 0, count) < 0)
            {
                found[count++] = side;
            }
        }

        return Ids(found, count);
    }

    // The first count ids of found, the array itself when it is full.
    private static ImmutableArray<string> Ids(string[] found, int count) =>
        count == 0 ? [] : count == found.Length ? ImmutableCollectionsMarshal.AsImmutableArray(found) : [.. found.AsSpan(0, count)];

    /// <summary>The first side after token <paramref name="from"/> in the clause, behind one of <paramref name="markers"/> (none: behind no preposition).</summary>
    private Side? NextSide(int from, int clauseEnd, ImmutableArray<string> markers)
    {
        for (var j = from; j < clauseEnd; j++)
        {
            if (MentionAt(j) is not { } mention)
            {
                continue;
            }

            var marked = Marker(j);
            var wanted = markers.IsEmpty ? marked is null : marked is not null && markers.Contains(marked);
            if (markers.Contains("object") && marked is null)
            {
                wanted = true;
            }

            return wanted ? Compound(j, clauseEnd) : markers.IsEmpty ? null : NextSide(mention.End, clauseEnd, markers);
        }

        return null;
    }

    /// <summary>
    /// The speaker of the clause a plural verb sits in: قال الجيش الأمريكي إن جنوده قتلوا… — the entity right
    /// after the reporting verb that opens the sentence before the clause.
    /// </summary>
    private Side? ReporterOf(int a, int clauseStart)
    {
        for (var j = clauseStart - 1; j >= a; j--)
        {
            var (end, kind) = LongestModality(j, clauseStart);
            if (kind == "reported" && end > j)
            {
                return NextSide(end, clauseStart, markers: []);
            }
        }

        return null;
    }

    /// <summary>
    /// The side named by an agent phrase (data/rules/event-modality.tsv, kind agent) in tokens [from, to):
    /// the first mention right after the phrase, behind no preposition (برصاص قوات الاحتلال، على أيدي مسلحين،
    /// تبنته حركة طالبان); or, for an owner phrase right at <paramref name="ownerAt"/> (the end of the trigger
    /// that names a weapon), the mention behind ل (طائرة مسيرة تابعة للقوات الأمريكية — but not حافلة تابعة
    /// للشرطة, which names the target).
    /// </summary>
    private Side? AgentSide(int from, int to, int ownerAt = -1)
    {
        for (var j = from; j < to; j++)
        {
            var (end, kind) = LongestModality(j, to);
            if (kind != "agent" && (kind != "owner" || j != ownerAt))
            {
                continue;
            }

            var words = 0;
            for (var k = end; k < to && words <= 1; k++)
            {
                if (MentionAt(k) is not null)
                {
                    // An owner is named behind ل: طائرة تابعة للقوات الأمريكية.
                    if (Marker(k) is null || (kind == "owner" && Marker(k) == "ل"))
                    {
                        return Compound(k, to);
                    }

                    break;
                }

                words += IsWord(k) ? 1 : 0;
            }
        }

        return null;
    }

    /// <summary>A named group behind a generic actor anywhere in [a, b): مهاجم انتحاري من حركة الشباب، مسلحون من حماس.</summary>
    private Side? GroupBehindGeneric(int a, int b)
    {
        for (var j = a; j < b; j++)
        {
            if (MentionAt(j) is { } mention && _generic.Contains(mention.Entity.Id) && GroupAfter(mention.End, b) is { } group)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>
    /// A named group right after من at token k, its head noun allowed before the name (من حركة الشباب); or right
    /// at k, the generic noun before it in a construct (ميليشيات حزب الله: the militia is the party's).
    /// </summary>
    private Side? GroupAfter(int k, int b)
    {
        if (k < b && MentionAt(k) is { } owner && Marker(k) is null)
        {
            // (A group only: after مسلحون the police or the army is the object, هاجم مسلحون الشرطة.)
            return owner.Entity.Type is EntityType.Group && !_generic.Contains(owner.Entity.Id) ? Compound(k, b) : null;
        }

        if (k + 1 >= b || Word(k) is not "من")
        {
            return null;
        }

        for (var g = k + 1; g < Math.Min(b, k + 3); g++)
        {
            if (MentionAt(g) is { } group)
            {
                return group.Entity.Type is EntityType.Group or EntityType.Organization && !_generic.Contains(group.Entity.Id) ? Compound(g, b) : null;
            }
        }

        return null;
    }

    /// <summary>The nearest side before token i in its clause.</summary>
    private Side? PreviousSide(int clauseStart, int i)
    {
        for (var j = i - 1; j >= clauseStart; j--)
        {
            // A prepositional object (مع إسرائيل) is not a subject; nor is a noun with a nationality right
            // after an earlier trigger, which it belongs to (قتل جندي أمريكي في انفجار: the soldier was killed).
            if (_nominal.Contains(j) && _triggerEndingAt.ContainsKey(j))
            {
                continue;
            }

            if (MentionAt(j) is { } mention && mention.End <= i && Marker(j) is null)
            {
                // Back to the first member of a compound (المغرب والبحرين والإمارات).
                var first = j;
                for (var k = j - 1; k >= clauseStart; k--)
                {
                    if (MentionAt(k) is { } earlier && earlier.End <= first && JoinedByWaw(earlier.End, first))
                    {
                        first = k;
                    }
                }

                return Compound(first, i);
            }
        }

        return null;
    }

    // The ids of the side being read by Compound: one builder a scan, emptied at each side and copied out at its
    // count, where a builder per side cost the builder, its array of eight and the copy (a few per candidate).
    private readonly ImmutableArray<string>.Builder _compoundIds = ImmutableArray.CreateBuilder<string>();

    /// <summary>A side starting at token j, with the entities joined to it by و.</summary>
    private Side Compound(int j, int limit)
    {
        var ids = _compoundIds;
        ids.Clear();
        var end = j;
        var k = j;
        while (k < limit && MentionAt(k) is { } mention)
        {
            if (_reciprocal.TryGetValue(k, out var pair) && !ids.Contains(pair.First))
            {
                ids.Add(pair.First);
            }

            if (!ids.Contains(mention.Entity.Id))
            {
                ids.Add(mention.Entity.Id);
            }

            end = mention.End;
            k = mention.End;

            // A title and the name right after it are one person (الرئيس التركي رجب طيب أردوغان).
            while (k < limit && MentionAt(k) is { } apposition && apposition.Entity.Id == mention.Entity.Id)
            {
                end = k = apposition.End;
            }

            if (k < limit && Word(k) is "و")
            {
                k++;
            }
            else if (k >= limit || MentionAt(k) is not { } next || !HasConjunction(k, next.MentionStart))
            {
                break;
            }
        }

        return new Side(j, end, ids.ToImmutable());
    }

    private bool JoinedByWaw(int end, int next) =>
        next == end ? MentionAt(next) is { } m && HasConjunction(next, m.MentionStart) : next == end + 1 && Word(end) is "و";

    /// <summary>Whether the token at j carries the conjunction و before its mention (والبحرين), not a name that starts with و (واشنطن).</summary>
    private bool HasConjunction(int j, int mentionStart) =>
        mentionStart > _tokens[j].Span.Start && _text.Text[_tokens[j].Span.Start] == 'و';

    /// <summary>The preposition marking the mention at token j: a word before it, or a proclitic on it (ب ل).</summary>
    private string? Marker(int j)
    {
        if (j > 0 && IsWord(j - 1))
        {
            var before = Word(j - 1);
            // من after a word of quantity is partitive, not a preposition: عشرات من المستوطنين هاجموا.
            if (before is "من" && j > 1 && IsWord(j - 2) && IsPartitiveHead(Word(j - 2)))
            {
                return null;
            }

            if (Lexicon.Is(before, ScanWord.Preposition))
            {
                return Lexicon.Written(before);
            }

            // A compass word or a word of place before a mention makes it where, not who (شمال غرب باكستان، قرب الحدود).
            if (IsPlaceWord(before))
            {
                return "في";
            }
        }

        // A proclitic is what the token holds before the mention starts (بإسرائيل: ب).
        if (MentionAt(j) is { } m && m.MentionStart > _tokens[j].Span.Start)
        {
            var prefix = _text.Text.AsSpan(_tokens[j].Span.Start, m.MentionStart - _tokens[j].Span.Start);
            return prefix.Contains('ب') ? "ب" : prefix.Contains('ل') ? "ل" : null;
        }

        // A generic actor's mention keeps its clitics (للمسلحين، بالمتظاهرين): read them off the word.
        if (MentionAt(j) is { } g && _generic.Contains(g.Entity.Id))
        {
            var word = Word(j);
            if (word.Length > 4 && word[0] is 'و' or 'ف')
            {
                word = word[1..];
            }

            return word.StartsWith("لل", StringComparison.Ordinal) ? "ل" : word.StartsWith("بال", StringComparison.Ordinal) ? "ب" : null;
        }

        return null;
    }

    private static bool IsPlaceWord(ReadOnlySpan<char> word)
    {
        // Read also behind و or ب (وشمال، بوسط); no place word but وسط itself starts with و.
        if (word.Length > 4 && word[0] is 'و' or 'ب')
        {
            word = word[1..];
        }

        return Lexicon.Is(word, ScanWord.PlaceWord);
    }

    private bool IsPartitiveHead(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal))
        {
            word = word[2..];
        }

        return _candidates.IsCountWord(word) || Lexicon.Is(word, ScanWord.PartitiveHead);
    }

    /// <summary>الدولة / البلاد right after the actor stands for the document's main country, for object recipients.</summary>
    private Side? FocusAfter(int from, int clauseEnd, EventTrigger trigger)
    {
        if (_focusCountry is null || !trigger.RecipientMarkers.Contains("object") || from >= clauseEnd || !IsWord(from))
        {
            return null;
        }

        return Lexicon.Is(Word(from), ScanWord.CountryReference) ? new Side(from, from + 1, [_focusCountry]) : null;
    }

    private IEnumerable<string> Sides(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (MentionAt(j) is { } mention)
            {
                yield return mention.Entity.Id;
            }
        }
    }

    /// <summary>The agreements named in tokens [from, to), each once, in order: a loop that allocates nothing for a clause without one.</summary>
    private ImmutableArray<string> Agreements(int from, int to)
    {
        ImmutableArray<string>.Builder? found = null;
        for (var j = from; j < to; j++)
        {
            if (MentionAt(j) is { } mention && IsAgreement(mention.Entity.Id) && !(found ??= ImmutableArray.CreateBuilder<string>()).Contains(mention.Entity.Id))
            {
                found.Add(mention.Entity.Id);
            }
        }

        return found?.ToImmutable() ?? [];
    }

    private static bool IsAgreement(string id) => id.StartsWith("agreement/", StringComparison.Ordinal);

    private int ClauseStart(int a, int i)
    {
        a = i >= _datelineEnd ? Math.Max(a, _datelineEnd) : a;
        for (var j = i - 1; j >= a; j--)
        {
            if (IsBoundary(j))
            {
                return j + 1;
            }
        }

        return a;
    }

    private int ClauseEnd(int from, int b)
    {
        for (var j = from; j < b; j++)
        {
            if (IsBoundary(j))
            {
                return j;
            }
        }

        return b;
    }

    /// <summary>A word that ends a clause, itself or behind a proclitic (بأن، لكن، وإن).</summary>
    private bool IsBoundary(int j) => _doc.IsBoundary(j) && !IsParentheticalComma(j);
}
