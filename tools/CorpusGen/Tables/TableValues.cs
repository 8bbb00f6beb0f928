namespace ReportSearch.CorpusGen.Tables;

/// <summary>
/// The cells of a report's three standard tables as they are written, keyed by METRICS.md metric key, plus the
/// defects injected into how they are written (an extra cell in a row, a table left out).
/// </summary>
public sealed class TableValues(string edition)
{
    private readonly Dictionary<string, double> _cells = new(StringComparer.Ordinal);

    public string Edition { get; } = edition;

    /// <summary>A row key (e.g. <c>appeals</c>, <c>requests.new</c>, <c>art20.licensing</c>) written with one number too many.</summary>
    public string? ExtraCellRow { get; set; }

    /// <summary>A table (<c>proactive</c>, <c>requests</c>, <c>appeals</c>) left out of the report.</summary>
    public string? MissingTable { get; set; }

    public double this[string key]
    {
        get => _cells.TryGetValue(key, out var v) ? v : 0;
        set => _cells[key] = value;
    }

    /// <summary>Every cell in table order, without those of a missing table.</summary>
    public IEnumerable<(string Key, double Value)> Cells() =>
        TemplateSchema.AllKeys(Edition).Where(k => MissingTable is null || TableOf(k) != MissingTable).Select(k => (k, this[k]));

    /// <summary>The table a metric key belongs to: <c>proactive</c>, <c>requests</c> or <c>appeals</c>.</summary>
    public static string TableOf(string key) =>
        key.StartsWith("art20.", StringComparison.Ordinal) ? "proactive"
        : key.StartsWith("requests.", StringComparison.Ordinal) ? "requests"
        : "appeals";
}
