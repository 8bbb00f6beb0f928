using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ReportSearch.Model;

namespace ReportSearch.Serialization;

/// <summary>
/// The <c>extract</c> JSON of METRICS.md: snake_case keys, Chinese written as itself (not \u escapes),
/// the same shape for the CLI, the corpus ground truth and the web API.
/// </summary>
public static class ExtractJson
{
    /// <summary>Options for writing and reading reports; immutable once built, so safe to share.</summary>
    public static readonly JsonSerializerOptions Options = Build(indented: true);

    /// <summary>The same shape on one line, for files and APIs where size matters.</summary>
    public static readonly JsonSerializerOptions Compact = Build(indented: false);

    public static string Serialize(Report report, bool indented = true) =>
        JsonSerializer.Serialize(report, indented ? Options : Compact);

    public static string Serialize(IReadOnlyList<Report> reports, bool indented = true) =>
        JsonSerializer.Serialize(reports, indented ? Options : Compact);

    public static Report Deserialize(string json) =>
        JsonSerializer.Deserialize<Report>(json, Options) ?? throw new JsonException("the JSON holds null, not a report");

    private static JsonSerializerOptions Build(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = indented,
            // Readable Chinese in files and terminals; the web layer escapes for HTML itself.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
