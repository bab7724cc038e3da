using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>
/// The scan's additions to the document's entity layer, made once before the first sentence: sides named by a
/// noun and a nationality, and the reciprocal words that stand for two countries.
/// </summary>
internal sealed partial class EventScan
{
    /// <summary>Runs <paramref name="pass"/> with the tokens the entity layer covers so far marked, in a pooled array.</summary>
    private void WithCovered(Action<bool[]> pass)
    {
        var covered = PooledArrays.RentCleared<bool>(_tokens.Length);
        try
        {
            for (var f = 0; f < _tokens.Length; f++)
            {
                if (MentionAt(f) is { } mention)
                {
                    covered.AsSpan(f, Math.Max(0, Math.Min(mention.End, _tokens.Length) - f)).Fill(true);
                }
            }

            pass(covered);
        }
        finally
        {
            PooledArrays.Return(covered);
        }
    }

    /// <summary>
    /// A noun with a nationality after it names a side of that country when nothing else names it:
    /// قوات إسرائيلية، الطائرات الإسرائيلية، عناصر شرطة عراقيون، قوى لبنانية. Such a side is a subject before
    /// its verb or the actor after an agent phrase (برصاص قوات إسرائيلية), but not the noun right after a
    /// verb, which news writes in the passive far more often (قتل جندي أمريكي: a soldier was killed).
    /// </summary>
    private void MarkNationalSides() => WithCovered(MarkNationalSides);

    private void MarkNationalSides(bool[] covered)
    {
        for (var t = 1; t < _tokens.Length; t++)
        {
            var noun = t - 1;
            // Two words of one noun stand before the nationality: عناصر شرطة عراقيون.
            // Only before a nationality, and the word compared first: IsNoun probes the rule tables.
            if (noun > 0 && _adjectiveAt[t] is not null && Lexicon.Is(Word(noun - 1), ScanWord.ForceHead) && IsNoun(noun) && IsNoun(noun - 1))
            {
                noun--;
            }

            if (_adjectiveAt[t] is not { } country || !IsNoun(t - 1) || covered[noun] || MentionAt(noun) is not null)
            {
                continue;
            }

            var word = Word(noun);
            var start = _tokens[noun].Span.Start;
            // A conjunction or preposition written on the noun is not part of the side (وقوات، بنيران).
            var clitic = word.Length > 4 && word[0] is 'و' or 'ف' or 'ب' or 'ل' && (word[1..].StartsWith("ال", StringComparison.Ordinal) || word[1] == 'ل') ? 1
                : word.Length > 5 && word[0] is 'و' or 'ف' && word[1] is 'ب' or 'ل' ? 2
                : 0;
            SetMentionAt(noun, (country, t + 1, start + clitic));
            _nominal.Add(noun);
        }
    }

    /// <summary>
    /// A word that can head a noun phrase: not a number, a function word or a nationality; nor الدولة /
    /// البلاد, which stand for the document's main country (الدولة السوفيتية السابقة is Kazakhstan).
    /// </summary>
    private bool IsNoun(int j) =>
        IsWord(j) && _tokens[j].Kind == TokenKind.Word && _adjectiveAt[j] is null && Word(j).Length >= 3 && !IsBoundary(j)
        && !Lexicon.Is(Word(j), ScanWord.CountryReference | ScanWord.FunctionWord);

    /// <summary>
    /// البلدين، الجانبين، الطرفين stand for the last two countries named before them: such a token becomes
    /// a side holding both (وتعززت العلاقات بين البلدين).
    /// </summary>
    private void MarkReciprocals(ImmutableArray<EntityRecord> entities)
    {
        // Built at the first such word: most texts have none.
        List<(int Start, int Order, EntityRecord Entity)>? countries = null;
        for (var t = 0; t < _tokens.Length; t++)
        {
            if (!IsWord(t) || MentionAt(t) is not null || !IsReciprocal(Word(t)))
            {
                continue;
            }

            countries ??= CountryMentions(entities);

            // The last two distinct countries named before the word, the latest first: a loop back over the
            // sorted mentions, not a query of five iterators and a list at every such word.
            EntityRecord? last = null;
            EntityRecord? previous = null;
            for (var k = countries.Count - 1; k >= 0 && previous is null; k--)
            {
                var (start, _, entity) = countries[k];
                if (start >= _tokens[t].Span.Start)
                {
                    continue;
                }

                if (last is null)
                {
                    last = entity;
                }
                else if (entity.Id != last.Id)
                {
                    previous = entity;
                }
            }

            if (last is not null && previous is not null)
            {
                _reciprocal[t] = (previous.Id, last.Id);
                SetMentionAt(t, (last, t + 1, _tokens[t].Span.Start + (Word(t)[0] is 'ب' or 'ل' or 'و' ? 1 : 0)));
            }
        }
    }

    /// <summary>
    /// Every mention of a country, by where it starts, mentions that start together in the entities' order (a
    /// stable sort, as OrderBy was): a loop and one sort, where the query made five iterators and their buffers.
    /// </summary>
    private static List<(int Start, int Order, EntityRecord Entity)> CountryMentions(ImmutableArray<EntityRecord> entities)
    {
        var countries = new List<(int Start, int Order, EntityRecord Entity)>();
        foreach (var e in entities)
        {
            if (e.Type != EntityType.Country)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                countries.Add((m.Span.Start, countries.Count, e));
            }
        }

        countries.Sort(static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Order.CompareTo(y.Order));
        return countries;
    }

    private static bool IsReciprocal(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word[0] is 'و' or 'ب' or 'ل' && word[1] == 'ا')
        {
            word = word[1..];
        }

        return Lexicon.Is(word, ScanWord.Reciprocal);
    }
}
