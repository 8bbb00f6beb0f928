using ReportSearch.Model;

namespace ReportSearch.Extraction.Validation;

/// <summary>
/// Compares what the prose states with what the tables say: applications received in prose against table 三's
/// 本年新收 total. A disagreement is a <c>text_table_conflict</c>.
/// </summary>
public sealed class ProseTableChecks
{
    public IReadOnlyList<Anomaly> Check(IReadOnlyList<Metric> metrics)
    {
        var received = metrics.FirstOrDefault(m => m.Key == "requests.received");
        var tableNew = metrics.FirstOrDefault(m => m.Key == "requests.new.total");
        if (received is null || tableNew is null || Math.Abs(received.Value - tableNew.Value) < 1e-9) return [];
        return [new Anomaly("requests", AnomalyKinds.TextTableConflict,
            $"the text says {received.Value} applications were received (“{received.Quote}”) but table 三 says {tableNew.Value}")];
    }
}
