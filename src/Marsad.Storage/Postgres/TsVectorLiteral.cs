using System.Text;

namespace Marsad.Storage.Postgres;

/// <summary>
/// Writes Marsad's own search terms as PostgreSQL tsvector and tsquery literals, so the database keeps
/// and matches exactly the terms Marsad's analyser produced: a cast from these literals does no parsing
/// or stemming of its own (unlike to_tsvector), and no query text is ever read as tsquery syntax.
/// </summary>
/// <remarks>
/// PostgreSQL limits: positions run to 16,383 and a lexeme keeps at most 256 of them; a tsvector holds
/// at most 1 MB. Longer documents keep their first positions, then only their distinct terms.
/// </remarks>
internal static class TsVectorLiteral
{
    private const int MaxPosition = 16_383;
    private const int MaxPositionsPerLexeme = 256;
    private const int MaxBytes = 900_000;

    /// <summary>The tsvector literal of a document's space-joined index terms, with their positions.</summary>
    public static string Vector(string indexText)
    {
        ArgumentNullException.ThrowIfNull(indexText);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var term in indexText.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            position++;
            if (!positions.TryGetValue(term, out var list))
            {
                positions[term] = list = [];
            }

            if (position <= MaxPosition && list.Count < MaxPositionsPerLexeme)
            {
                list.Add(position);
            }
        }

        var withPositions = Write(positions, includePositions: true);
        return Encoding.UTF8.GetByteCount(withPositions) <= MaxBytes ? withPositions : Write(positions, includePositions: false);
    }

    /// <summary>A tsquery literal that requires every term (AND), each quoted as one lexeme.</summary>
    public static string AllOf(IEnumerable<string> terms) => string.Join(" & ", terms.Select(Quote));

    private static string Write(Dictionary<string, List<int>> positions, bool includePositions)
    {
        var builder = new StringBuilder();
        foreach (var (term, list) in positions)
        {
            var quoted = Quote(term);
            if (!includePositions && Encoding.UTF8.GetByteCount(quoted) + builder.Length * 2 > MaxBytes)
            {
                break;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(quoted);
            if (includePositions && list.Count > 0)
            {
                builder.Append(':').AppendJoin(',', list);
            }
        }

        return builder.ToString();
    }

    private static string Quote(string term) =>
        "'" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
