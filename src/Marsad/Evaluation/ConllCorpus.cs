using System.Collections.Immutable;

namespace Marsad.Evaluation;

/// <summary>A sentence of a CoNLL file: its tokens and their IOB2 tags.</summary>
public sealed record ConllSentence(ImmutableArray<string> Tokens, ImmutableArray<string> Tags)
{
    /// <summary>The sentence rebuilt as text (tokens joined by one space) and where each token starts.</summary>
    public (string Text, ImmutableArray<int> Starts) Rebuild()
    {
        var starts = ImmutableArray.CreateBuilder<int>(Tokens.Length);
        var position = 0;
        foreach (var token in Tokens)
        {
            starts.Add(position);
            position += token.Length + 1;
        }

        return (string.Join(' ', Tokens), starts.MoveToImmutable());
    }
}

/// <summary>
/// Reads CoNLL "token TAG" files: one token a line (the tag is the last field), a blank line between
/// sentences, <c>-DOCSTART-</c> lines ignored. A malformed line is reported by number, not thrown.
/// </summary>
public static class ConllCorpus
{
    public static (ImmutableArray<ConllSentence> Sentences, string? Error) Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = ImmutableArray.CreateBuilder<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            var fields = trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || !IsTag(fields[^1]))
            {
                return ([], $"line {number}: expected 'token TAG' with an IOB2 tag, got '{Shorten(trimmed)}'");
            }

            tokens.Add(fields[0]);
            tags.Add(fields[^1]);
        }

        Flush();
        return (sentences.ToImmutable(), null);

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
            }
        }
    }

    private static bool IsTag(string tag) => tag == "O" || (tag.Length > 2 && tag[0] is 'B' or 'I' && tag[1] == '-');

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
