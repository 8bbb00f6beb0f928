namespace ReportSearch.Model;

/// <summary>The problem taxonomy of METRICS.md, shared by problem items and measure items.</summary>
public static class ProblemCategories
{
    public static readonly IReadOnlyList<string> All =
    [
        "awareness", "staffing", "training", "timeliness", "coverage", "standardization", "format_innovation",
        "publicity", "new_media", "village_affairs", "mechanism", "intensity", "interpretation",
    ];
}
