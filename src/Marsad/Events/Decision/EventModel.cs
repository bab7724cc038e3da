using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Marsad.Events.Decision;

/// <summary>
/// A logistic regression over the named features of a candidate (<see cref="CandidateFeatures"/>): the
/// probability that its sentence reports the occurrence. It judges only the event types it was trained on
/// (<see cref="Types"/>); a candidate scoring under <see cref="Threshold"/> is dropped. The file
/// (data/models/events.tsv) is comment lines (#), then <c>@types</c> and one <c>@threshold:TYPE</c> per type, then one
/// <c>feature TAB weight</c> line per feature, ordinal-sorted, weights written with six decimals, so
/// training the same data twice writes the same bytes. Frozen and thread-safe.
/// </summary>
public sealed class EventModel
{
    private readonly FrozenDictionary<string, double> _weights;

    internal EventModel(ImmutableArray<string> types, IReadOnlyDictionary<string, double> thresholds, IEnumerable<KeyValuePair<string, double>> weights, ImmutableArray<string> comments)
    {
        Types = types;
        Thresholds = thresholds.ToFrozenDictionary(StringComparer.Ordinal);
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        Comments = comments;
    }

    /// <summary>The PLOVER types the model judges, ordinal-sorted.</summary>
    public ImmutableArray<string> Types { get; }

    /// <summary>Per type, the probability under which a candidate is dropped.</summary>
    public FrozenDictionary<string, double> Thresholds { get; }

    /// <summary>The file's comment lines (what it was trained on, the data's licence), without the #.</summary>
    public ImmutableArray<string> Comments { get; }

    public int FeatureCount => _weights.Count;

    /// <summary>The model built into Marsad (data/models/events.tsv).</summary>
    public static EventModel Embedded { get; } = LoadEmbedded();

    /// <summary>Whether the model judges candidates of this type.</summary>
    public bool Judges(string eventType) => Types.Contains(eventType);

    internal double Probability(EventCandidate candidate)
    {
        var lookup = _weights.GetAlternateLookup<ReadOnlySpan<char>>();
        var sum = 0.0;
        CandidateFeatures.Each(candidate, feature =>
        {
            if (lookup.TryGetValue(feature, out var weight))
            {
                sum += weight;
            }
        });

        return 1 / (1 + Math.Exp(-sum));
    }

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
