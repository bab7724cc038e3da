using System.Reflection;

namespace Marsad.Rules;

/// <summary>
/// Reads the rule and lexicon files of data/ embedded in the assembly: UTF-8 lines, tab-separated
/// fields, lines starting with # are comments. A missing file is a build fault, not a user's, so it throws.
/// </summary>
internal static class RuleFile
{
    /// <summary>The rows of an embedded file, optionally only those after (or before) a comment heading.</summary>
    public static List<string[]> Rows(string resource, string? startAtComment = null, string? stopAtComment = null)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"resource {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        var started = startAtComment is null;
        while (reader.ReadLine() is { } line)
        {
            if (stopAtComment is not null && line.StartsWith(stopAtComment, StringComparison.Ordinal))
            {
                break;
            }

            started |= startAtComment is not null && line.StartsWith(startAtComment, StringComparison.Ordinal);
            if (started && line.Length > 0 && line[0] != '#' && line.Trim().Length > 0)
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
