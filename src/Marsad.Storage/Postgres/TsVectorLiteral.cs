using System.Text;

namespace Marsad.Storage.Postgres;

/// <summary>
/// Writes Marsad's own search terms as PostgreSQL tsvector and tsquery literals, so the database keeps
/// and matches exactly the terms Marsad's analyser produced: a cast from these literals does no parsing
/// or stemming of its own (unlike to_tsvector), and no query text is ever read as tsquery syntax.
/// </summary>
/// <remarks>
/// PostgreSQL limits: a lexeme is at most 2,046 bytes (longer terms are cut, see <see cref="Lexeme"/>);
/// positions run to 16,383 and a lexeme keeps at most 256 of them; a tsvector holds
/// at most 1 MB. Longer documents keep their first positions, then only their distinct terms.
/// </remarks>
internal static class TsVectorLiteral
{
    /// <summary>PostgreSQL refuses a lexeme of more bytes than this ("word is too long", SQLSTATE 54000).</summary>
    public const int MaxLexemeBytes = 2046;

    private const int MaxPosition = 16_383;
    private const int MaxPositionsPerLexeme = 256;
    private const int MaxBytes = 900_000;

    /// <summary>The tsvector literal of a document's space-joined index terms, with their positions.</summary>
    public static string Vector(string indexText)
    {
        ArgumentNullException.ThrowIfNull(indexText);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var position = 0;
        foreach (var term in indexText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Lexeme))
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
    public static string AllOf(IEnumerable<string> terms) => string.Join(" & ", terms.Select(Lexeme).Distinct(StringComparer.Ordinal).Select(Quote));

    /// <summary>A tsquery literal that requires every group (AND), any term of a group matching it (OR).</summary>
    public static string AllOfAny(IEnumerable<IReadOnlyList<string>> groups) =>
        string.Join(" & ", groups.Select(static g => "(" + string.Join(" | ", g.Select(Lexeme).Distinct(StringComparer.Ordinal).Select(Quote)) + ")"));

    /// <summary>
    /// The lexeme PostgreSQL keeps for a term: the term, cut to its first <see cref="MaxLexemeBytes"/> bytes of UTF-8
    /// (between characters) when longer, in documents and queries alike, so a document with a word of thousands of
    /// letters is stored (it failed its whole batch) and a query of that word still finds it.
    /// </summary>
    public static string Lexeme(string term)
    {
        if (term.Length * 3 <= MaxLexemeBytes || Encoding.UTF8.GetByteCount(term) <= MaxLexemeBytes)
        {
            return term;
        }

        var length = 0;
        var bytes = 0;
        while (length < term.Length)
        {
            var step = char.IsSurrogatePair(term, length) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(term.AsSpan(length, step));
            if (bytes + size > MaxLexemeBytes)
            {
                break;
            }

            bytes += size;
            length += step;
        }

        return term[..length];
    }

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
