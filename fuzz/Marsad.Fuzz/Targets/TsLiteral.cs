using System.Text;

namespace Marsad.Fuzz.Targets;

/// <summary>
/// Reads back the quoted lexemes of a tsvector or tsquery literal by PostgreSQL's own rules (in quotes, a
/// backslash takes the next character as it is and two quotes are one), so the target can check what the
/// server will see without a server.
/// </summary>
internal static class TsLiteral
{
    public static List<string> Lexemes(string literal, string separator)
    {
        var lexemes = new List<string>();
        var i = 0;
        while (i < literal.Length)
        {
            if (lexemes.Count > 0)
            {
                Invariant.That(string.CompareOrdinal(literal, i, separator, 0, separator.Length) == 0, $"no '{separator}' between lexemes at {i}");
                i += separator.Length;
            }

            Invariant.That(i < literal.Length && literal[i] == '\'', $"a lexeme does not start with a quote at {i}");
            var lexeme = new StringBuilder();
            for (i++; ; i++)
            {
                Invariant.That(i < literal.Length, "a lexeme's quote is never closed");
                if (literal[i] == '\\')
                {
                    Invariant.That(++i < literal.Length, "a backslash ends the literal");
                    lexeme.Append(literal[i]);
                }
                else if (literal[i] == '\'' && i + 1 < literal.Length && literal[i + 1] == '\'')
                {
                    lexeme.Append('\'');
                    i++;
                }
                else if (literal[i] == '\'')
                {
                    i++;
                    break;
                }
                else
                {
                    lexeme.Append(literal[i]);
                }
            }

            // A tsvector lexeme may carry its positions: ':1,4,9'.
            while (i < literal.Length && (literal[i] == ':' || literal[i] == ',' || char.IsAsciiDigit(literal[i])))
            {
                i++;
            }

            lexemes.Add(lexeme.ToString());
        }

        return lexemes;
    }
}
