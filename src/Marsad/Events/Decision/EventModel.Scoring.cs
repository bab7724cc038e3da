using System.Collections.Frozen;
using Marsad.Model;

namespace Marsad.Events.Decision;

/// <summary>How <see cref="EventModel"/> scores a candidate: the interned feature names by builder and the running sum.</summary>
public sealed partial class EventModel
{
    /// <summary>The ids of the interned names that begin with one builder's name, by the rest of each.</summary>
    private sealed class NameTable
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ids;

        private NameTable(Dictionary<string, int> ids) => _ids = ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public static NameTable Of(string name, FrozenDictionary<string, int> ids)
        {
            var rests = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (interned, id) in ids)
            {
                if (interned.StartsWith(name, StringComparison.Ordinal))
                {
                    rests[interned[name.Length..]] = id;
                }
            }

            return new NameTable(rests);
        }

        /// <summary>The id of the name that is this table's builder name followed by <paramref name="rest"/> (-1: none).</summary>
        public int Id(ReadOnlySpan<char> rest) => _ids.TryGetValue(rest, out var id) ? id : -1;
    }

    /// <summary>
    /// The running sum of a candidate's weights. The sentence's word weights are added one by one in the
    /// order their features come, as if each were looked up, so the sum is the same double to the last bit.
    /// </summary>
    /// <remarks>
    /// A feature comes by its builder's name, value and tail, alone and then as TYPE|name (<see cref="CandidateFeatures"/>):
    /// its id is found once in the builder name's table, by value and tail, and the weights alone and typed read
    /// by it, in that order. A name the model lacks adds nothing; one it knows only by another type, or only
    /// typed, adds 0.0, which leaves the sum the same double (it starts at +0 and never reaches -0).
    /// </remarks>
    private sealed class Sum : FeatureSink
    {
        // Most builder names the thread meets, by reference: they are literals, so a name is found without hashing it.
        private const int MaxKeptNames = 1024;

        private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        private readonly Dictionary<string, NameTable> _tables = new(ReferenceEqualityComparer.Instance);

        // The candidate's type and the weights by name id of TYPE|name (null: the model has none of that type).
        private string _type = "";
        private double[]? _typed;
        private bool _exact;

        // A value and its tail written together, and a whole feature name (a type with a | in it).
        private char[] _text = new char[128];

        public Sum(EventModel model)
        {
            Model = model;
            _lookup = model._weights.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Starts the sum of a candidate of type <paramref name="type"/>.</summary>
        public void Begin(string type)
        {
            Value = 0;
            _type = type;
            _typed = Model._byType.GetValueOrDefault(type);
            // A type with a | in it would split its names elsewhere: its features are looked up whole.
            _exact = type.Contains('|', StringComparison.Ordinal);
        }

        public EventModel Model { get; }

        public double Value { get; set; }

        public override void Both(string name, ReadOnlySpan<char> value, ReadOnlySpan<char> tail = default)
        {
            if (_exact)
            {
                AddWhole(false, name, value, tail);
                AddWhole(true, name, value, tail);
                return;
            }

            var id = Id(name, value, tail);
            if (id >= 0)
            {
                Value += Model._alone[id];
                if (_typed is not null)
                {
                    Value += _typed[id];
                }
            }
        }

        public override void Typed(string name, ReadOnlySpan<char> value)
        {
            if (_exact)
            {
                AddWhole(true, name, value, default);
                return;
            }

            var id = Id(name, value, default);
            if (id >= 0 && _typed is not null)
            {
                Value += _typed[id];
            }
        }

        private int Id(string name, ReadOnlySpan<char> value, ReadOnlySpan<char> tail)
        {
            if (!_tables.TryGetValue(name, out var table))
            {
                table = Model.TableOf(name);
                if (_tables.Count < MaxKeptNames)
                {
                    _tables[name] = table;
                }
            }

            if (tail.IsEmpty)
            {
                return table.Id(value);
            }

            var rest = Text(value.Length + tail.Length);
            value.CopyTo(rest);
            tail.CopyTo(rest[value.Length..]);
            return table.Id(rest);
        }

        // The feature written out whole and looked up in the weights' table.
        private void AddWhole(bool typed, string name, ReadOnlySpan<char> value, ReadOnlySpan<char> tail)
        {
            var at = typed ? _type.Length + 1 : 0;
            var whole = Text(at + name.Length + value.Length + tail.Length);
            if (typed)
            {
                _type.CopyTo(whole);
                whole[_type.Length] = '|';
            }

            name.CopyTo(whole[at..]);
            value.CopyTo(whole[(at + name.Length)..]);
            tail.CopyTo(whole[(at + name.Length + value.Length)..]);
            if (_lookup.TryGetValue(whole, out var weight))
            {
                Value += weight;
            }
        }

        private Span<char> Text(int length)
        {
            if (length > _text.Length)
            {
                _text = new char[length * 2];
            }

            return _text.AsSpan(0, length);
        }

        public override bool SentenceWords(EventCandidate candidate)
        {
            AddSentenceWords(candidate);
            return true;
        }

        private void AddSentenceWords(EventCandidate candidate)
        {
            var words = candidate.SentenceWeights is { } shared ? shared.Of(Model, candidate.Words) : Model.SentenceWordWeights(candidate.Words);
            var name = PloverTypes.Name(candidate.Event);
            foreach (var weights in words)
            {
                foreach (var (type, weight) in weights ?? [])
                {
                    if (type == name)
                    {
                        Value += weight;
                    }
                }
            }
        }
    }
}
