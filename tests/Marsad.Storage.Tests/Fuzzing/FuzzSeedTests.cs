using System.Text;
using Marsad.Fuzz;
using Marsad.Storage.Postgres;
using Marsad.Storage.Search;
using Marsad.Storage.Tests.Support;
using Npgsql;

namespace Marsad.Storage.Tests.Fuzzing;

/// <summary>
/// Every fuzz target's entry function, the one afl-fuzz drives, run over its seed corpus and over every crash
/// fuzzing ever found (fuzz/findings, kept as found): the targets keep building and running without afl-fuzz,
/// and a fixed crash stays fixed. The query seeds also go to a real PostgreSQL server, which must accept the
/// tsvector and tsquery literals and find each text by a query of its own words.
/// </summary>
public sealed class FuzzSeedTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "fuzz");

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(static t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_target_passes_its_seeds_and_every_past_finding(string name)
    {
        var target = FuzzTargets.Named(name)!;
        var seeds = Inputs("seeds", name);
        Assert.NotEmpty(seeds);
        foreach (var file in seeds.Concat(Inputs("findings", name)))
        {
            var input = File.ReadAllBytes(file);
            var error = Record.Exception(() => target.Run(input));
            Assert.True(error is null, $"{name} on {Path.GetRelativePath(Root, file)}: {error}");
        }
    }

    [Fact]
    public void The_query_seeds_literals_are_taken_by_PostgreSQL_and_find_their_own_text()
    {
        var url = PostgresServer.Database("fuzz_seeds");
        using var connection = new NpgsqlConnection(PostgresLocation.ConnectionString(url));
        connection.Open();
        foreach (var file in Inputs("seeds", "query").Concat(Inputs("findings", "query")))
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            var terms = SearchAnalyzer.QueryTerms(text);
            if (terms.Count == 0)
            {
                continue;
            }

            using var command = new NpgsqlCommand("SELECT CAST($1 AS tsvector) @@ CAST($2 AS tsquery)", connection);
            command.Parameters.AddWithValue(TsVectorLiteral.Vector(SearchAnalyzer.IndexText(SearchAnalyzer.Terms(text))));
            command.Parameters.AddWithValue(TsVectorLiteral.AllOf(terms));
            Assert.True((bool)command.ExecuteScalar()!, $"PostgreSQL does not find {Path.GetFileName(file)} by its own words");
        }
    }

    private static List<string> Inputs(string kind, string target)
    {
        var folder = Path.Combine(Root, kind, target);
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)] : [];
    }
}
