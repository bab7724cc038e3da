using System.Globalization;
using Marsad.Model;
using Marsad.Output;

namespace Marsad.Web.Views;

/// <summary>
/// An analysis as the pages show it: the <see cref="Model.Analysis"/> itself, read from its stored
/// <c>marsad.analysis/1</c> JSON by the core library's one contract reader (<see cref="AnalysisJsonReader"/>),
/// so its spans are UTF-16 spans of <see cref="Text"/> that the pages can mark.
/// </summary>
internal sealed record AnalysisView(Analysis Analysis)
{
    public static AnalysisView Parse(string json) => new(AnalysisJsonReader.Read(json));

    public string Id => Analysis.Id;

    public string Source => Analysis.Source;

    public string? Title => Analysis.Title;

    public string? Published => Analysis.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Text => Analysis.Text;

    public IReadOnlyList<EntityRecord> Entities => Analysis.Entities;

    public IReadOnlyList<TimeExpression> Times => Analysis.Times;

    public IReadOnlyList<EventRecord> Events => Analysis.Events;

    public int Removed => Analysis.Removed.Length;

    /// <summary>The language of the names the page shows.</summary>
    public Pages.PageLanguage Language { get; init; }

    public EntityRecord? Entity(string id) => Analysis.Entities.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>An entity's name in the page's language where the analysis knows it, else its id.</summary>
    public string Label(string id) => Entity(id) is { } e ? Pages.PageLanguages.Name(Language, e.Name, e.NameAr, id) : id;

    public static string DateLabel(string? value) => value ?? "undated";

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
