using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// The rules' mentions by token, for <see cref="EntityLayer"/>'s merge: which entity owns each token (the
/// last whose mention covers it), and which mentions cover each token, so that a tagger chunk finds the
/// mentions it overlaps in the time of its own length. Scanning an entity's whole mention list for each
/// chunk instead made the merge quadratic on a long text where one name comes thousands of times.
/// Mentions are numbered in one row over the entities (entity e's are [offset e, offset e+1)); a removed
/// one is only flagged, and <see cref="Compact"/> takes the flagged ones out of a draft once, at the end.
/// Its arrays are pooled: <see cref="Dispose"/> gives them back.
/// </summary>
internal sealed class RuleMentionIndex : IDisposable
{
    private readonly ImmutableArray<EntityRecord> _rules;
    private readonly int _tokenCount;
    private readonly int _mentionCount;
    private readonly int[] _offsets;
    private readonly int[] _entityOf;
    private readonly int[] _first;
    private readonly int[] _end;
    private readonly bool[] _removed;

    // Per entity, the number of the chunk whose tokens it owns now (-1: none yet): the mentions a chunk
    // may take out are those of the entities owning its tokens, as the merge always read them.
    private readonly int[] _stamp;

    // Made on first use (most texts never ask): the mentions covering token t are
    // _cover[_coverStart[t] .. _coverStart[t + 1]).
    private int[]? _coverStart;
    private int[]? _cover;

    public RuleMentionIndex(ImmutableArray<Token> tokens, ImmutableArray<EntityRecord> rules)
    {
        _rules = rules;
        _tokenCount = tokens.Length;
        _offsets = PooledArrays.Rent<int>(rules.Length + 1);
        for (var e = 0; e < rules.Length; e++)
        {
            _offsets[e] = _mentionCount;
            _mentionCount += rules[e].Mentions.Length;
        }

        _offsets[rules.Length] = _mentionCount;
        _entityOf = PooledArrays.Rent<int>(_mentionCount);
        _first = PooledArrays.Rent<int>(_mentionCount);
        _end = PooledArrays.Rent<int>(_mentionCount);
        _removed = PooledArrays.RentCleared<bool>(_mentionCount);
        _stamp = PooledArrays.Rent<int>(rules.Length);
        _stamp.AsSpan(0, rules.Length).Fill(-1);
        Owner = PooledArrays.Rent<int>(tokens.Length);
        Owner.AsSpan(0, tokens.Length).Fill(-1);
        for (var e = 0; e < rules.Length; e++)
        {
            var m = _offsets[e];
            foreach (var mention in rules[e].Mentions)
            {
                var (first, end) = TokenRange.Of(tokens, mention.Span);
                (_entityOf[m], _first[m], _end[m]) = (e, first, end);
                Owner.AsSpan(first, end - first).Fill(e);
                m++;
            }
        }
    }

    /// <summary>Which rule entity covers each token (-1: none), the later entity where two do.</summary>
    public int[] Owner { get; }

    /// <summary>Records that chunk number <paramref name="chunk"/> overlaps the tokens of <paramref name="overlapped"/> (their owners).</summary>
    public void Stamp(ReadOnlySpan<int> overlapped, int chunk)
    {
        foreach (var e in overlapped)
        {
            if (e >= 0)
            {
                _stamp[e] = chunk;
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="into"/> (cleared first) the numbers of the mentions not removed yet that
    /// overlap <paramref name="span"/> and belong to an entity stamped with <paramref name="chunk"/>
    /// (a mention over several of its tokens may come more than once).
    /// </summary>
    public void Overlapping(TaggedSpan span, int chunk, List<int> into)
    {
        into.Clear();
        if (_coverStart is null)
        {
            BuildCover();
        }

        for (var t = span.First; t < span.End; t++)
        {
            for (var k = _coverStart![t]; k < _coverStart[t + 1]; k++)
            {
                var m = _cover![k];
                if (_stamp[_entityOf[m]] == chunk && !_removed[m] && _first[m] < span.End && _end[m] > span.First)
                {
                    into.Add(m);
                }
            }
        }
    }

    public int EntityOf(int m) => _entityOf[m];

    public (int First, int End) RangeOf(int m) => (_first[m], _end[m]);

    public Mention MentionOf(int m) => _rules[_entityOf[m]].Mentions[m - _offsets[_entityOf[m]]];

    public void Remove(int m) => _removed[m] = true;

    /// <summary>
    /// Takes entity <paramref name="e"/>'s removed mentions out of its draft, whose list holds the rule
    /// mentions in their order and after them those the merge added (which no later chunk can overlap).
    /// </summary>
    public void Compact(int e, EntityDraft draft)
    {
        var offset = _offsets[e];
        var original = _offsets[e + 1] - offset;
        var mentions = draft.Mentions;
        var kept = 0;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (k >= original || !_removed[offset + k])
            {
                mentions[kept++] = mentions[k];
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    public void Dispose()
    {
        PooledArrays.Return(_offsets);
        PooledArrays.Return(_entityOf);
        PooledArrays.Return(_first);
        PooledArrays.Return(_end);
        PooledArrays.Return(_removed);
        PooledArrays.Return(_stamp);
        PooledArrays.Return(Owner);
        if (_coverStart is not null)
        {
            PooledArrays.Return(_coverStart);
            PooledArrays.Return(_cover!);
        }
    }

    // A mention over no token (none in practice) is listed at the token after the gap it lies in: the
    // merge's overlap test holds for it when that token is inside a chunk but not the chunk's first.
    private void BuildCover()
    {
        var starts = PooledArrays.RentCleared<int>(_tokenCount + 1);
        for (var m = 0; m < _mentionCount; m++)
        {
            for (var t = _first[m]; t < Math.Max(_end[m], _first[m] + 1) && t < _tokenCount; t++)
            {
                starts[t + 1]++;
            }
        }

        for (var t = 0; t < _tokenCount; t++)
        {
            starts[t + 1] += starts[t];
        }

        var cover = PooledArrays.Rent<int>(starts[_tokenCount]);
        var next = PooledArrays.Rent<int>(_tokenCount);
        starts.AsSpan(0, _tokenCount).CopyTo(next);
        for (var m = 0; m < _mentionCount; m++)
        {
            for (var t = _first[m]; t < Math.Max(_end[m], _first[m] + 1) && t < _tokenCount; t++)
            {
                cover[next[t]++] = m;
            }
        }

        PooledArrays.Return(next);
        (_coverStart, _cover) = (starts, cover);
    }
}
