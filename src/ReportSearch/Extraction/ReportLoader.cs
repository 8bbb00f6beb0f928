using ReportSearch.Divisions;
using ReportSearch.Ingest;
using ReportSearch.Ingest.Normalization;
using ReportSearch.Model;

namespace ReportSearch.Extraction;

/// <summary>
/// File → <see cref="Report"/>: reads the file (any supported format and encoding), normalises its text and
/// extracts. The single entry point the CLI, the indexer and the tools use. Safe to share across threads.
/// </summary>
public sealed class ReportLoader
{
    private readonly ReportFileReader _reader;
    private readonly TextNormalizer _normalizer;
    private readonly ReportExtractor _extractor;

    public ReportLoader(DivisionTable divisions, ReadLimits? limits = null)
    {
        _reader = new ReportFileReader(limits);
        _normalizer = TextNormalizer.Default;
        _extractor = new ReportExtractor(divisions);
    }

    /// <exception cref="UnreadableReportException">The file cannot be read as a report; the message names it and says why.</exception>
    public Report Load(string path) => Extract(_reader.Read(path));

    /// <exception cref="UnreadableReportException">The bytes cannot be read as a report.</exception>
    public Report Load(string file, byte[] bytes) => Extract(_reader.Read(file, bytes));

    /// <summary>Extraction alone, from text already in memory (tests and benchmarks).</summary>
    public Report FromText(string file, string sha256, string rawText) =>
        _extractor.Extract(file, sha256, _normalizer.Normalize(rawText));

    private Report Extract(SourceText source) =>
        _extractor.Extract(source.File, source.Sha256, _normalizer.Normalize(source.Raw));
}
