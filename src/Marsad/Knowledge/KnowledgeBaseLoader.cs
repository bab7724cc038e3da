using System.Collections.Immutable;
using System.Reflection;

namespace Marsad.Knowledge;

/// <summary>The knowledge base loaded from its files, with every problem found in them.</summary>
public sealed record KnowledgeBaseLoad(KnowledgeBase KnowledgeBase, ImmutableArray<string> Problems);

/// <summary>
/// Reads the <c>data/kb</c> files (embedded in the assembly, or from a folder) and checks them
/// against the rules of data/kb/README.md. Bad lines are reported as <c>file:line: problem</c> and left
/// out; the rest still loads.
/// </summary>
public static class KnowledgeBaseLoader
{
    private const string ResourcePrefix = "Marsad.data.kb.";

    public static KnowledgeBaseLoad LoadEmbedded() => LoadEmbedded(validate: true);

    /// <summary>
    /// The embedded files, checked against the cross-entry rules (<see cref="KnowledgeBaseValidator"/>) only when
    /// <paramref name="validate"/>: lines that do not parse are reported either way.
    /// </summary>
    internal static KnowledgeBaseLoad LoadEmbedded(bool validate)
    {
        var assembly = typeof(KnowledgeBaseLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".jsonl", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ResourcePrefix.Length..], ReadResource(assembly, n)));
        return Load(files, validate);
    }

    public static KnowledgeBaseLoad LoadFolder(string folder) =>
        Load(Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));

    /// <summary>Loads files given as (file name, content); the name decides what the lines hold.</summary>
    public static KnowledgeBaseLoad Load(IEnumerable<(string Name, string Content)> files) => Load(files, validate: true);

    private static KnowledgeBaseLoad Load(IEnumerable<(string Name, string Content)> files, bool validate)
    {
        ArgumentNullException.ThrowIfNull(files);
        var entries = ImmutableArray.CreateBuilder<KbEntry>();
        var titles = ImmutableArray.CreateBuilder<KbTitle>();
        var institutions = ImmutableArray.CreateBuilder<KbInstitution>();
        var problems = new List<string>();

        foreach (var (name, content) in files)
        {
            var lines = content.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                var problem = name switch
                {
                    "titles.jsonl" => Add(KbLineParser.ParseTitle(line), titles),
                    "institutions.jsonl" => Add(KbLineParser.ParseInstitution(line), institutions),
                    _ => Add(KbLineParser.ParseEntry(line), entries),
                };
                if (problem is not null)
                {
                    problems.Add($"{name}:{i + 1}: {problem}");
                }
            }
        }

        var kb = new KnowledgeBase(entries.ToImmutable(), titles.ToImmutable(), institutions.ToImmutable());
        if (validate)
        {
            problems.AddRange(KnowledgeBaseValidator.Validate(kb));
        }

        return new KnowledgeBaseLoad(kb, [.. problems]);
    }

    private static string? Add<T>((T? Value, string? Problem) parsed, ImmutableArray<T>.Builder into)
        where T : class
    {
        if (parsed.Value is not null)
        {
            into.Add(parsed.Value);
        }

        return parsed.Problem;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
