using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// Document-level consistency: a name found once names its entity wherever it comes again later in the
/// document. Each entity's name mentions give its names — the full name and, for a person of two words or
/// more, the family name (titles are never inside a person's name mention, so the full name is already
/// the name without its title). Every later run of tokens that spells one of them (its first word read
/// through its clitics: وبغداد، لعباس) and that no mention covers becomes a mention of that entity.
/// Where two entities share a name, the longer name wins, then the entity mentioned first.
/// </summary>
/// <remarks>
/// A one-word name that is an ordinary word, a stopword, a title, a cue or a nationality adjective is not
/// propagated: a family name such as الله or an organisation called الأمل must not claim every use of it.
/// </remarks>
public sealed class NamePropagation
{
    private const int Blocking = LexiconFacts.Stopword | LexiconFacts.Common | LexiconFacts.DualUse | LexiconFacts.Title
        | LexiconFacts.PersonCue | LexiconFacts.Nationality | LexiconFacts.OrgHead | LexiconFacts.PlaceHead;

    private const int MinOneWordLength = 3;

    private readonly EntityGazetteer _gazetteer;

    // The names of the text being propagated, reused by the thread's next text (a name is a few integers,
    // so the list holds nothing alive): growing a new list for every text was a fifth of the stage's allocation.
    [ThreadStatic]
    private static List<Name>? t_names;

    public NamePropagation(EntityGazetteer gazetteer)
    {
        _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <summary>The entities with their names' later mentions added; <paramref name="lexicon"/> is the rules' lexicon facts per token, if at hand (<see cref="EntityLayer.RentLexicon"/>).</summary>
    public ImmutableArray<EntityRecord> Apply(TextAnalysis text, ImmutableArray<EntityRecord> entities, int[]? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = Names(text, entities, lexicon);
        if (names.Count == 0)
        {
            return entities;
        }

        var tokens = text.Tokens;
        var covered = PooledArrays.RentCleared<bool>(tokens.Length);
        try
        {
            foreach (var entity in entities)
            {
                foreach (var mention in entity.Mentions)
                {
                    var (first, end) = TokenRange.Of(tokens, mention.Span);
                    covered.AsSpan(first, end - first).Fill(true);
                }
            }

            return Propagate(text, entities, new NameIndex(text, names), covered);
        }
        finally
        {
            PooledArrays.Return(covered);
        }
    }

    private static ImmutableArray<EntityRecord> Propagate(TextAnalysis text, ImmutableArray<EntityRecord> entities, NameIndex index, bool[] covered)
    {
        var tokens = text.Tokens;

        // Drafts (copies of an entity's mentions) are made only once one of its names is found again, which most texts never see.
        EntityDraft?[]? drafts = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (covered[i] || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = tokens[i].NormalizedIn(text.Normalized);
            if (word.IsEmpty || !index.MayEndWith(word[^1]))
            {
                continue;
            }

            foreach (var reading in ArabicClitics.Readings(word))
            {
                if (reading.HasArticle || index.Find(reading.Stem(word), i, covered) is not { } name)
                {
                    continue;
                }

                var start = text.Normalized.ToOriginal(tokens[i].NormStart + reading.Stripped);
                var span = new TextSpan(start, tokens[i + name.Length - 1].Span.End);
                drafts ??= new EntityDraft?[entities.Length];
                (drafts[name.Entity] ??= new EntityDraft(entities[name.Entity])).Mentions.Add(new Mention(span, span.Slice(text.Text), MentionForms.Name));
                covered.AsSpan(i, name.Length).Fill(true);
                break;
            }
        }

        if (drafts is null)
        {
            return entities;
        }

        var result = ImmutableArray.CreateBuilder<EntityRecord>(entities.Length);
        for (var e = 0; e < entities.Length; e++)
        {
            result.Add(drafts[e]?.Build() ?? entities[e]);
        }

        return result.MoveToImmutable();
    }

    /// <summary>The names of the entities, longest first, then by first mention, then by entity (then as found).</summary>
    private List<Name> Names(TextAnalysis text, ImmutableArray<EntityRecord> entities, int[]? lexicon)
    {
        var tokens = text.Tokens;
        var all = t_names ??= [];
        all.Clear();
        for (var e = 0; e < entities.Length; e++)
        {
            var mentions = entities[e].Mentions;
            if (mentions.IsEmpty || entities[e].Type is not (EntityType.Person or EntityType.Location or EntityType.Organization or EntityType.Country or EntityType.Group))
            {
                continue;
            }

            var firstStart = int.MaxValue;
            foreach (var mention in mentions)
            {
                firstStart = Math.Min(firstStart, mention.Span.Start);
            }

            foreach (var mention in mentions)
            {
                if (mention.Form != MentionForms.Name)
                {
                    continue;
                }

                var (first, end) = TokenRange.Of(tokens, mention.Span);
                if (end - first < 1 || !AllWords(tokens, first, end))
                {
                    continue;
                }

                var skip = Skip(text, first, mention.Span.Start);
                Consider(text, lexicon, all, new Name(first, skip, end - first, e, firstStart, all.Count));
                if (entities[e].Type == EntityType.Person && end - first >= 2)
                {
                    Consider(text, lexicon, all, new Name(end - 1, 0, 1, e, firstStart, all.Count));
                }
            }
        }

        // Equal keys keep the order they were found in.
        all.Sort(static (a, b) =>
            a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.After != b.After ? a.After.CompareTo(b.After)
            : a.Entity != b.Entity ? a.Entity.CompareTo(b.Entity)
            : a.Found.CompareTo(b.Found));
        return all;
    }

    private void Consider(TextAnalysis text, int[]? lexicon, List<Name> all, Name name)
    {
        for (var k = 0; k < name.Length; k++)
        {
            if (name.Word(text, k).IsEmpty)
            {
                return;
            }
        }

        if (name.Length == 1)
        {
            var word = name.Word(text, 0);
            // A whole token's word: the rules have looked it up already.
            var bits = name.Skip == 0 && lexicon is not null && lexicon[name.First] >= 0 ? LexiconFacts.Unpack(lexicon[name.First]).Bits : LexiconFacts.Of(_gazetteer, word).Bits;
            if (word.Length < MinOneWordLength || (bits & Blocking) != 0)
            {
                return;
            }
        }

        foreach (var other in all)
        {
            if (other.Entity == name.Entity && other.SameWords(text, name))
            {
                return;
            }
        }

        all.Add(name);
    }

    // How many letters of a mention's first token lie before the mention (its clitics, already off the name).
    private static int Skip(TextAnalysis text, int t, int mentionStart)
    {
        var token = text.Tokens[t];
        if (token.Span.Start >= mentionStart)
        {
            return 0;
        }

        var word = token.NormalizedIn(text.Normalized);
        var skip = 0;
        while (skip < word.Length && text.Normalized.ToOriginal(token.NormStart + skip) < mentionStart)
        {
            skip++;
        }

        return skip;
    }

    private static bool AllWords(ImmutableArray<Token> tokens, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (tokens[t].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A name of entity <see cref="Entity"/>, to be found only after offset <see cref="After"/>: the words
    /// of tokens [First, First + Length) as normalised, the first without its first <see cref="Skip"/> letters;
    /// <see cref="Found"/> is the order it was found in. Read in place from the text, so collecting names makes no strings.
    /// </summary>
    private readonly record struct Name(int First, int Skip, int Length, int Entity, int After, int Found)
    {
        public ReadOnlySpan<char> Word(TextAnalysis text, int k) =>
            k == 0 ? text.Tokens[First].NormalizedIn(text.Normalized)[Skip..] : text.Tokens[First + k].NormalizedIn(text.Normalized);

        public bool SameWords(TextAnalysis text, Name other)
        {
            if (other.Length != Length)
            {
                return false;
            }

            for (var k = 0; k < Length; k++)
            {
                if (!Word(text, k).SequenceEqual(other.Word(text, k)))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The names by their first word: a small hash table whose chains keep the names' order, so the first
    /// name that matches at a token is the one the order prefers. A bit per last letter of a first word
    /// turns away most words with no lookup (every clitic reading of a word ends as the word does).
    /// </summary>
    private sealed class NameIndex
    {
        private readonly TextAnalysis _text;
        private readonly List<Name> _names;
        private readonly uint[] _hashes;
        private readonly int[] _heads;
        private readonly int[] _next;
        private readonly ulong _lastLetters;

        public NameIndex(TextAnalysis text, List<Name> names)
        {
            _text = text;
            _names = names;
            _hashes = new uint[names.Count];
            _next = new int[names.Count];
            _heads = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)names.Count * 2)];
            _heads.AsSpan().Fill(-1);
            for (var k = names.Count - 1; k >= 0; k--)
            {
                var first = names[k].Word(text, 0);
                _lastLetters |= 1UL << (first[^1] & 63);
                _hashes[k] = FeatureHash.Word(first);
                ref var head = ref _heads[_hashes[k] & (uint)(_heads.Length - 1)];
                _next[k] = head;
                head = k;
            }
        }

        public bool MayEndWith(char last) => (_lastLetters & (1UL << (last & 63))) != 0;

        /// <summary>The first name (in order) whose first word is <paramref name="stem"/> and whose other words follow token <paramref name="i"/>, uncovered.</summary>
        public Name? Find(ReadOnlySpan<char> stem, int i, bool[] covered)
        {
            var hash = FeatureHash.Word(stem);
            for (var k = _heads[hash & (uint)(_heads.Length - 1)]; k >= 0; k = _next[k])
            {
                if (_hashes[k] == hash && _names[k].Word(_text, 0).SequenceEqual(stem) && Matches(_names[k], i, covered))
                {
                    return _names[k];
                }
            }

            return null;
        }

        private bool Matches(Name name, int i, bool[] covered)
        {
            var tokens = _text.Tokens;
            if (tokens[i].Span.Start <= name.After || i + name.Length > tokens.Length)
            {
                return false;
            }

            for (var k = 1; k < name.Length; k++)
            {
                if (covered[i + k] || !tokens[i + k].NormalizedIn(_text.Normalized).SequenceEqual(name.Word(_text, k)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
