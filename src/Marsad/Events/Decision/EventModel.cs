using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Marsad.Model;

namespace Marsad.Events.Decision;

/// <summary>
/// A logistic regression over the named features of a candidate (<see cref="CandidateFeatures"/>): the
/// probability that its sentence reports the occurrence. It judges only the event types it was trained on
/// (<see cref="Types"/>); a candidate scoring under <see cref="Threshold"/> is dropped. The file
/// (data/models/events.tsv) is comment lines (#), then <c>@types</c> and one <c>@threshold:TYPE</c> per type, then one
/// <c>feature TAB weight</c> line per feature, ordinal-sorted, weights written with six decimals, so
/// training the same data twice writes the same bytes. Frozen and thread-safe.
/// </summary>
public sealed partial class EventModel
{
    private const string SentenceWordFeature = "|sentence-word=";

    // Not frozen: scoring reads the interned names below, and freezing both cost the load twice.
    private readonly Dictionary<string, double> _weights;

    // The TYPE|sentence-word=WORD weights again, by word: a sentence's words are looked up once for all its candidates.
    private readonly FrozenDictionary<string, TypedWeight[]> _sentenceWords;

    // The feature names interned at load, for scoring (see Sum): every name and the rest of every TYPE|name
    // (what follows its first |) have one id, so a feature given alone and then by its type is hashed once.
    // By id, the weight of the name alone and, by type, of TYPE|name; 0 where the file has no such feature.
    private readonly FrozenDictionary<string, int> _nameIds;
    private readonly double[] _alone;
    private readonly Dictionary<string, double[]> _byType = new(StringComparer.Ordinal);

    // By a feature builder's name (word=, cue-before=, bias), the ids of the interned names it begins, by
    // what follows it: a feature handed over as name, value and tail is found by its value and tail alone.
    // Made at the first ask of each name (a few dozen names, each one pass over the names).
    private readonly ConcurrentDictionary<string, NameTable> _tables = new(StringComparer.Ordinal);

    internal EventModel(ImmutableArray<string> types, IReadOnlyDictionary<string, double> thresholds, IEnumerable<KeyValuePair<string, double>> weights, ImmutableArray<string> comments)
    {
        Types = types;
        Thresholds = thresholds.ToFrozenDictionary(StringComparer.Ordinal);
        _weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);
        _sentenceWords = SentenceWords(_weights);
        Comments = comments;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var typed = new List<(string Type, int Id, double Weight)>();
        var alone = new List<(int Id, double Weight)>(_weights.Count);
        foreach (var (name, weight) in _weights)
        {
            alone.Add((NameId(ids, name), weight));
            var bar = name.IndexOf('|', StringComparison.Ordinal);
            if (bar > 0)
            {
                typed.Add((name[..bar], NameId(ids, name[(bar + 1)..]), weight));
            }
        }

        _nameIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _alone = new double[_nameIds.Count];
        foreach (var (id, weight) in alone)
        {
            _alone[id] = weight;
        }

        foreach (var (type, id, weight) in typed)
        {
            if (!_byType.TryGetValue(type, out var ofType))
            {
                _byType[type] = ofType = new double[_nameIds.Count];
            }

            ofType[id] = weight;
        }
    }

    private static int NameId(Dictionary<string, int> ids, string name)
    {
        if (!ids.TryGetValue(name, out var id))
        {
            ids[name] = id = ids.Count;
        }

        return id;
    }

    // A word's weights in the order of the weights' table. A loop, not a LINQ query: the query's grouping of
    // (index, weight) tuples compiled some twenty generic methods over them at every start.
    private static FrozenDictionary<string, TypedWeight[]> SentenceWords(Dictionary<string, double> weights)
    {
        var byWord = new Dictionary<string, List<TypedWeight>>(StringComparer.Ordinal);
        foreach (var (feature, weight) in weights)
        {
            var at = feature.IndexOf(SentenceWordFeature, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var word = feature[(at + SentenceWordFeature.Length)..];
            if (!byWord.TryGetValue(word, out var typed))
            {
                byWord[word] = typed = [];
            }

            typed.Add(new TypedWeight(feature[..at], weight));
        }

        var arrays = new Dictionary<string, TypedWeight[]>(byWord.Count, StringComparer.Ordinal);
        foreach (var (word, typed) in byWord)
        {
            arrays[word] = [.. typed];
        }

        return arrays.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The PLOVER types the model judges, ordinal-sorted.</summary>
    public ImmutableArray<string> Types { get; }

    /// <summary>Per type, the probability under which a candidate is dropped.</summary>
    public FrozenDictionary<string, double> Thresholds { get; }

    /// <summary>The file's comment lines (what it was trained on, the data's licence), without the #.</summary>
    public ImmutableArray<string> Comments { get; }

    /// <summary>
    /// The same weights with every type's threshold moved by <paramref name="offset"/> (kept between 0 and 1):
    /// what a stricter or laxer threshold trades, measured by <c>eval detect --sweep</c>.
    /// </summary>
    public EventModel WithThresholdsMoved(double offset) =>
        new(Types, Thresholds.ToDictionary(static t => t.Key, t => Math.Clamp(t.Value + offset, 0, 1), StringComparer.Ordinal), _weights, Comments);

    public int FeatureCount => _weights.Count;

    /// <summary>
    /// A model that judges no type: the rules alone decide. Training collects its candidates with it, since
    /// a candidate's features read what the scan coded before it in its sentence (a shared subject), and
    /// what it coded would otherwise depend on the model built in: the trained file would change with it.
    /// </summary>
    public static EventModel None { get; } = new([], new Dictionary<string, double>(StringComparer.Ordinal), [], []);

    /// <summary>The model built into Marsad (data/models/events.tsv).</summary>
    public static EventModel Embedded { get; } = LoadEmbedded();

    /// <summary>Whether the model judges candidates of this type.</summary>
    public bool Judges(PloverType eventType) => Types.Contains(PloverTypes.Name(eventType));

    // Each thread's running sum and its tables of builder names, made once per model and thread, not per candidate.
    [ThreadStatic]
    private static Sum? t_sum;

    internal double Probability(EventCandidate candidate)
    {
        var sum = t_sum;
        if (sum is null || !ReferenceEquals(sum.Model, this))
        {
            t_sum = sum = new Sum(this);
        }

        sum.Begin(PloverTypes.Name(candidate.Event));
        CandidateFeatures.Each(candidate, sum);
        return 1 / (1 + Math.Exp(-sum.Value));
    }

    /// <summary>The interned names that begin with <paramref name="name"/>, by what follows it.</summary>
    private NameTable TableOf(string name) => _tables.GetOrAdd(name, static (name, ids) => NameTable.Of(name, ids), _nameIds);

    /// <summary>Per word of a sentence, the weights of its sentence-word feature by type (null: the word has none).</summary>
    internal TypedWeight[]?[] SentenceWordWeights(ImmutableArray<string> words)
    {
        var found = new TypedWeight[]?[words.Length];
        for (var k = 0; k < words.Length; k++)
        {
            found[k] = _sentenceWords.GetValueOrDefault(words[k]);
        }

        return found;
    }

    /// <summary>Per word of a sentence the scan interned, the weights of its sentence-word feature by type (null: the word has none).</summary>
    internal TypedWeight[]?[] SentenceWordWeights(ReadOnlySpan<SentenceWord> words)
    {
        var found = new TypedWeight[]?[words.Length];
        for (var k = 0; k < words.Length; k++)
        {
            found[k] = words[k].WeightsUnder(this);
        }

        return found;
    }

    /// <summary>The weights of a word's sentence-word feature by type (null: the word has none).</summary>
    internal TypedWeight[]? SentenceWordWeights(string word) => _sentenceWords.GetValueOrDefault(word);

    /// <summary>One event type's weight of a feature.</summary>
    internal readonly record struct TypedWeight(string Type, double Weight);

    /// <summary>Writes the model in its file format (UTF-8, \n line ends, no byte-order mark).</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        foreach (var comment in Comments)
        {
            text.Append("# ").Append(comment).Append('\n');
        }

        text.Append("@types\t").Append(string.Join(',', Types)).Append('\n');
        foreach (var type in Types)
        {
            text.Append("@threshold:").Append(type).Append('\t').Append(Thresholds[type].ToString("0.######", inv)).Append('\n');
        }
        foreach (var (feature, weight) in _weights.OrderBy(static w => w.Key, StringComparer.Ordinal))
        {
            text.Append(feature).Append('\t').Append(weight.ToString("0.######", inv)).Append('\n');
        }

        var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
        stream.Write(bytes);
    }

    /// <summary>Reads a model file; a malformed line is an <see cref="FormatException"/> naming it.</summary>
    public static EventModel Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var comments = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<string> types = [];
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith('#'))
            {
                comments.Add(line.TrimStart('#').Trim());
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2)
            {
                throw new FormatException($"line {number}: expected 'name TAB value'");
            }

            if (fields[0] == "@types")
            {
                types = [.. fields[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
            }
            else if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"line {number}: '{fields[1]}' is not a number");
            }
            else if (fields[0].StartsWith("@threshold:", StringComparison.Ordinal))
            {
                thresholds[fields[0]["@threshold:".Length..]] = value;
            }
            else
            {
                weights[fields[0]] = value;
            }
        }

        if (types.FirstOrDefault(t => !thresholds.ContainsKey(t)) is { } missing)
        {
            throw new FormatException($"no @threshold:{missing} line for a type the model judges");
        }

        return new EventModel(types, thresholds, weights, comments.ToImmutable());
    }

    private static EventModel LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Marsad.data.models.events.tsv")
            ?? throw new InvalidOperationException("resource Marsad.data.models.events.tsv is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    }
}
