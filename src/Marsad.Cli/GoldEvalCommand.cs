using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Evaluation;
using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Reading;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad eval gold FILE.gold.json SAMPLE [--explain]</c>: each expectation of a gold file, met or not; with
/// <c>--explain</c>, each required event not met is followed by the coded event nearest to it and the fields that
/// differ (<see cref="GoldNearMisses"/>), each event outside the gold lists is named with its kind
/// (<see cref="GoldOutsideKinds"/>), and both are summed up by kind.
/// </summary>
internal static class GoldEvalCommand
{
    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var explain = args.Contains("--explain", StringComparer.Ordinal);
        var files = args.Where(a => a != "--explain").ToArray();
        if (files.Length != 2 || files.Any(f => f.StartsWith("--", StringComparison.Ordinal)))
        {
            throw new UsageException("eval gold takes a gold file and the sample it describes, and optionally --explain.");
        }

        var (goldPath, samplePath) = (files[0], files[1]);
        JsonElement gold;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(goldPath));
            gold = document.RootElement.Clone();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            stderr.WriteLine($"marsad: {goldPath}: cannot read the gold file: {e.Message}");
            return ExitCodes.BadInput;
        }

        DateOnly? published = gold.TryGetProperty("published", out var p) && DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var (bytes, error) = InputSource.ReadAll(samplePath, Stream.Null);
        if (bytes is null)
        {
            stderr.WriteLine($"marsad: {samplePath}: {(File.Exists(samplePath) ? error : "no such file")}");
            return ExitCodes.BadInput;
        }

        var read = ArticleReader.Default.Read(samplePath, bytes, new ReaderOptions { Published = published }).First();
        if (read.Document is null)
        {
            stderr.WriteLine($"marsad: {samplePath}: {read.Error}");
            return ExitCodes.BadInput;
        }

        return Report(gold, MarsadPipeline.CreateDefault().Analyze(read.Document), stdout, explain);
    }

    /// <summary>
    /// Writes each expectation of <paramref name="gold"/> as met or NOT MET for <paramref name="analysis"/> and
    /// returns the exit code: 0 when all are met, 4 otherwise. Separate from the reading so the tests can
    /// hand it a deliberately wrong analysis and see the command fail on it.
    /// </summary>
    internal static int Report(JsonElement gold, Analysis analysis, Stream stdout, bool explain = false)
    {
        var checks = GoldEvaluation.Run(gold, analysis, explain);
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        foreach (var section in checks.GroupBy(c => c.Section))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{section.Key}: {section.Count(c => c.Met)} of {section.Count()} met"));
            foreach (var check in section)
            {
                writer.WriteLine($"  {(check.Met ? "met    " : "NOT MET")} {check.Expectation} — {check.Detail}");
                if (check.Near is { } near)
                {
                    writer.WriteLine($"          why: {near.Text}");
                }

                foreach (var outside in check.Outside)
                {
                    writer.WriteLine($"          outside: {outside.Text}");
                }
            }

            if (explain && section.Key == "events")
            {
                writer.WriteLine(GoldNearMisses.Summary([.. section.Select(c => c.Near).OfType<NearMiss>()]));
                writer.WriteLine(GoldOutsideKinds.Summary([.. section.SelectMany(c => c.Outside)]));
            }
        }

        var met = checks.Count(c => c.Met);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{met} of {checks.Length} expectations met"));
        return met == checks.Length ? ExitCodes.Success : ExitCodes.ExpectationsNotMet;
    }
}
