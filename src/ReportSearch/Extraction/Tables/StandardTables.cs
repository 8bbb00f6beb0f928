using ReportSearch.Model;

namespace ReportSearch.Extraction.Tables;

/// <summary>
/// Reads the three standard tables of a report and decides its template edition from their header words
/// (table 二 first, then the shape of table 三's 其他处理). A table that is absent or holds no number is reported
/// as <c>missing_table</c>.
/// </summary>
public sealed class StandardTables
{
    private readonly TableRegions _regions;
    private readonly ProactiveTable _proactive;
    private readonly RequestsTable _requests;
    private readonly AppealsTable _appeals;

    public StandardTables(TableRegions regions, ProactiveTable proactive, RequestsTable requests, AppealsTable appeals)
    {
        _regions = regions;
        _proactive = proactive;
        _requests = requests;
        _appeals = appeals;
    }

    public static StandardTables Create()
    {
        var tokenizer = new CellTokenizer();
        var rows = new RowReader();
        return new StandardTables(new TableRegions(), new ProactiveTable(tokenizer, rows), new RequestsTable(tokenizer, rows),
            new AppealsTable(tokenizer));
    }

    /// <summary>The template edition ("2019"/"2021" or null), every cell as a metric, and the rows that did not fit.</summary>
    public (string? Template, IReadOnlyList<Metric> Metrics, IReadOnlyList<Anomaly> Anomalies) Read(string text, IReadOnlyList<Section> sections)
    {
        var regions = _regions.Locate(text, sections);
        var metrics = new List<Metric>();
        var anomalies = new List<Anomaly>();

        var requests = regions.TryGetValue(SectionKinds.Requests, out var rq) ? _requests.Read(text, rq.Start, rq.End) : TableRead.Empty;
        string? template = null;
        if (regions.TryGetValue(SectionKinds.Proactive, out var pr))
        {
            template = ProactiveTable.EditionOf(text, pr.Start, pr.End) ?? RequestsTable.EditionOf(requests.Metrics);
            Add(_proactive.Read(text, pr.Start, pr.End, template ?? "2021"), SectionKinds.Proactive, metrics, anomalies);
        }
        else
        {
            template = RequestsTable.EditionOf(requests.Metrics);
            anomalies.Add(Missing(SectionKinds.Proactive));
        }

        if (regions.ContainsKey(SectionKinds.Requests)) Add(requests, SectionKinds.Requests, metrics, anomalies);
        else anomalies.Add(Missing(SectionKinds.Requests));

        if (regions.TryGetValue(SectionKinds.Appeals, out var ap)) Add(_appeals.Read(text, ap.Start, ap.End), SectionKinds.Appeals, metrics, anomalies);
        else anomalies.Add(Missing(SectionKinds.Appeals));

        return (template, metrics, anomalies);
    }

    private static void Add(TableRead read, string table, List<Metric> metrics, List<Anomaly> anomalies)
    {
        if (read.Metrics.Count == 0)
        {
            anomalies.Add(new Anomaly(table, AnomalyKinds.MissingTable, $"table {table} is present but no number could be read from it"));
            return;
        }
        metrics.AddRange(read.Metrics);
        anomalies.AddRange(read.Anomalies);
    }

    private static Anomaly Missing(string table) =>
        new(table, AnomalyKinds.MissingTable, $"the report has no {table} table");
}
