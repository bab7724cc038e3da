using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Marsad.Tests.Support;

namespace Marsad.Tests.Output;

/// <summary>
/// The output contract is the JSON Schema of docs/schema (copied beside the tests): every document the
/// golden tests analyse, and each kind of input the reader takes, is valid against it; and the schema is
/// strict enough to refuse what the contract does not allow.
/// </summary>
public sealed class ContractSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "marsad.analysis-1.schema.json"))));

    public static TheoryData<string, string[]> Runs() => new()
    {
        // The golden tests' own run, and the seed article with no publication date (null dates, unresolved anchors).
        { "seed article, published", ["analyze", TestFiles.SeedArticle, "--published", "2025-11-06"] },
        { "seed article, undated", ["analyze", TestFiles.SeedArticle] },
        { "seed page as HTML", ["analyze", Fixture("kazakhstan-abraham-accords.html")] },
        { "JSON lines", ["analyze", Fixture("articles.jsonl")] },
        // A protest that two later sentences elaborate: an event with supports.
        { "an event told by three sentences", ["analyze", Path.Combine(AppContext.BaseDirectory, "Fixtures", "Merging", "student-protest-elaborated.ar.txt"), "--published", "2025-03-04"] },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Every_document_written_is_valid_against_the_schema(string label, string[] args)
    {
        var run = CliRun.Of(args);
        Assert.NotEmpty(run.Documents);
        foreach (var document in run.Documents)
        {
            var errors = Errors(JsonNode.Parse(document.GetRawText()));
            Assert.True(errors.Length == 0, $"{label}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void The_golden_run_has_something_in_every_part_the_schema_describes()
    {
        var document = CliRun.Of("analyze", TestFiles.SeedArticle, "--published", "2025-11-06").Documents.Single();
        foreach (var part in new[] { "removed", "sentences", "entities", "times", "quantities", "events" })
        {
            Assert.True(document.GetProperty(part).GetArrayLength() > 0, part);
        }
    }

    public static TheoryData<string, string> Breaches() => new()
    {
        { "an unknown modality", """{"events":[{"modality":["perhaps"]}]}""" },
        { "an unknown mention form", """{"entities":[{"mentions":[{"form":"nickname"}]}]}""" },
        { "a negative offset", """{"sentences":[{"start":-1}]}""" },
        { "a field the contract lacks", """{"extra":1}""" },
        { "a published date that is no day", """{"published":"6 Nov 2025"}""" },
        { "an event type outside PLOVER", """{"events":[{"event":"ATTACK"}]}""" },
    };

    [Theory]
    [MemberData(nameof(Breaches))]
    public void A_document_that_breaks_the_contract_is_refused(string label, string patch)
    {
        var document = JsonNode.Parse(CliRun.Of("analyze", TestFiles.SeedArticle, "--published", "2025-11-06").Documents.Single().GetRawText())!;
        Merge(document, JsonNode.Parse(patch)!);
        Assert.True(Errors(document).Length > 0, label);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reading", name);

    private static string[] Errors(JsonNode? document)
    {
        var result = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(static d => d.Errors is { Count: > 0 })
                .SelectMany(static d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    /// <summary>Writes the patch's values into the document: objects field by field, arrays item by item.</summary>
    private static void Merge(JsonNode target, JsonNode patch)
    {
        if (patch is JsonObject fields && target is JsonObject into)
        {
            foreach (var (name, value) in fields.ToList())
            {
                if (into[name] is { } existing && value is JsonObject or JsonArray && existing.GetValueKind() == value.GetValueKind()
                    && !(value is JsonArray { Count: > 0 } a && a[0] is not JsonObject))
                {
                    Merge(existing, value);
                }
                else
                {
                    into[name] = value?.DeepClone();
                }
            }
        }
        else if (patch is JsonArray items && target is JsonArray list)
        {
            for (var i = 0; i < items.Count && i < list.Count; i++)
            {
                Merge(list[i]!, items[i]!);
            }
        }
    }
}
