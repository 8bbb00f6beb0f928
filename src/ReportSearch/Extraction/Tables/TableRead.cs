using ReportSearch.Model;

namespace ReportSearch.Extraction.Tables;

/// <summary>What reading one standard table gave: its cells as metrics, and the rows that did not fit the template.</summary>
public sealed record TableRead(IReadOnlyList<Metric> Metrics, IReadOnlyList<Anomaly> Anomalies)
{
    public static readonly TableRead Empty = new([], []);
}
