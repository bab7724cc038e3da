using System.Globalization;
using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Cli.Store;

/// <summary>
/// Entities named the way an analyst would name them: <c>marsad entities QUERY</c> lists the knowledge
/// base's entities whose id or names match, and <c>marsad entity</c> takes a name as well as an id.
/// </summary>
internal static class EntityCommands
{
    public static int Entities(string[] args, Stream stdout)
    {
        var line = StoreCommandLine.Parse("entities", args, ["--limit", "--format"]);
        if (line.ShowHelp)
        {
            MarsadApp.WriteLine(stdout, QueryCommands.Help);
            return ExitCodes.Success;
        }

        if (line.Positional.Count == 0)
        {
            throw new UsageException("entities needs a name or part of one, such as: marsad entities إسرائيل.");
        }

        var format = line.Format("table", "table", "json");
        var matches = EntityLookup.Default.Find(string.Join(' ', line.Positional), line.Int("--limit", 20));
        using var writer = Output.Writer(stdout);
        if (format == "json")
        {
            foreach (var match in matches)
            {
                writer.WriteLine(JsonSerializer.Serialize(Json(match), Output.Json));
            }
        }
        else if (matches.Count == 0)
        {
            writer.WriteLine("no entities");
        }
        else
        {
            WriteTable(writer, matches);
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// The entity id <paramref name="query"/> stands for: itself when the store knows it as an id, else the one
    /// entity it names. Several candidates or none are written to <paramref name="stderr"/> with an exit code.
    /// </summary>
    public static (string? Id, int ExitCode) Resolve(string query, TextWriter stderr)
    {
        var (entity, candidates) = EntityLookup.Default.Resolve(query);
        if (entity is not null)
        {
            return (entity.Id, ExitCodes.Success);
        }

        var named = candidates.Where(static c => c.Kind <= EntityMatchKind.Name).ToList();
        if (named.Count > 1)
        {
            stderr.WriteLine($"marsad: '{query}' names {named.Count} entities; give one of these ids:");
            WriteTable(stderr, named);
            return (null, ExitCodes.Usage);
        }

        stderr.WriteLine($"marsad: no entity is called '{query}'.");
        if (candidates.Count > 0)
        {
            stderr.WriteLine("did you mean:");
            WriteTable(stderr, candidates);
        }

        return (null, ExitCodes.BadInput);
    }

    public static object Json(EntityMatch match) =>
        new { id = match.Id, type = match.Type, name = match.Name, name_ar = match.NameAr, matched = match.Matched, match = match.Kind.ToString().ToLowerInvariant() };

    private static void WriteTable(TextWriter writer, IEnumerable<EntityMatch> matches)
    {
        foreach (var m in matches)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Id,-36} {m.Type,-12} {m.Name} ({m.NameAr})"));
        }
    }
}
