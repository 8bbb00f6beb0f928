using ReportSearch.Analysis;
using ReportSearch.Divisions;
using ReportSearch.Extraction;
using ReportSearch.Ingest;

namespace ReportSearch.Index;

/// <summary>
/// The long-lived parts indexing and searching share, built once per process: the division table and the analyzer
/// whose lexicon holds every division name (the index and its queries must be analysed alike).
/// </summary>
public sealed class IndexComponents : IDisposable
{
    private IndexComponents(DivisionTable divisions, Analyzer analyzer)
    {
        Divisions = divisions;
        Analyzer = analyzer;
    }

    public DivisionTable Divisions { get; }
    public Analyzer Analyzer { get; }

    public static IndexComponents Create()
    {
        var divisions = DivisionTable.Load();
        return new IndexComponents(divisions, Analyzer.Create(divisions.All.Select(d => d.Name)));
    }

    /// <summary>A document builder over these parts.</summary>
    public IndexDocumentBuilder DocumentBuilder() => new(new ReportFileReader(), new ReportLoader(Divisions), Analyzer);

    public void Dispose() => Analyzer.Dispose();
}
