using ReportSearch.Analysis;
using ReportSearch.Extraction;
using ReportSearch.Ingest;
using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// File bytes → <see cref="IndexDocument"/>: read, normalise, extract, tokenise into the FTS5 columns, compress.
/// The CPU-heavy part of indexing; safe to call from several threads at once.
/// </summary>
public sealed class IndexDocumentBuilder(ReportFileReader reader, ReportLoader loader, Analyzer analyzer)
{
    private readonly IndexTokenizer _tokenizer = new(analyzer);
    private readonly Compare.PassageFingerprints _fingerprints = new();

    /// <exception cref="UnreadableReportException">The bytes are not a readable report.</exception>
    public IndexDocument Build(string file, byte[] bytes)
    {
        var source = reader.Read(file, bytes);
        var report = loader.FromText(file, source.Sha256, source.Raw);
        return Build(report, source.Raw);
    }

    /// <summary>A document from a report already extracted and the original text it came from.</summary>
    public IndexDocument Build(Report report, string original) => new(
        report,
        Columns(report.Text, report.Sections),
        ReportMasks.Sections(report),
        ReportMasks.Categories(report),
        ReportMasks.Anomalies(report),
        TextBlob.Pack(original, report.Text),
        DetailsBlob.Pack(report),
        CompareTables.Fingerprint(_fingerprints, report));

    /// <summary>The FTS5 column texts of a normalised text and its sections (also what deleting the row needs).</summary>
    public string[] Columns(string normalised, IReadOnlyList<Section> sections) => _tokenizer.Columns(normalised, sections);
}
