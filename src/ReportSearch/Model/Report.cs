namespace ReportSearch.Model;

/// <summary>
/// One annual disclosure report as extraction understands it: where it comes from, who issued it,
/// its sections, every number with its provenance, its problems and measures, and what does not add up.
/// Offsets (<c>Start</c>/<c>End</c>) everywhere point into <see cref="Text"/>, the normalised text.
/// </summary>
public sealed record Report
{
    public required string File { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>The normalised text every offset points into; written last in JSON, after the structure it explains.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(1)]
    public required string Text { get; init; }
    public string? Body { get; init; }
    public string? Township { get; init; }
    public string? County { get; init; }
    /// <summary>The counties the township could be in when the text cannot settle it (empty otherwise).</summary>
    public IReadOnlyList<string> CountyCandidates { get; init; } = [];
    public string? City { get; init; }
    public string? Province { get; init; }
    public string? DivisionCode { get; init; }
    /// <summary>The year the report covers (not the year it was published).</summary>
    public int? Year { get; init; }
    /// <summary>Publication date as yyyy-MM-dd, when stated.</summary>
    public string? Published { get; init; }
    /// <summary>Template edition, "2019" or "2021", decided by the tables' header words; null when no table says.</summary>
    public string? Template { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<Metric> Metrics { get; init; } = [];
    public IReadOnlyList<Finding> Problems { get; init; } = [];
    public IReadOnlyList<Finding> Measures { get; init; } = [];
    public IReadOnlyList<Anomaly> Anomalies { get; init; } = [];
}
