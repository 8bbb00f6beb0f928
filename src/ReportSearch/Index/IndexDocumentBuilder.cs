using ReportSearch.Analysis;
using ReportSearch.Extraction;
using ReportSearch.Ingest;
using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// File bytes → <see cref="IndexDocument"/>: read, normalise, extract, tokenise into the postings' terms and positions, compress.
/// The CPU-heavy part of indexing; safe to call from several threads at once. The postings hold the phrases of
/// <paramref name="phrases"/> (by default the library's dictionary; an index's own through <see cref="With"/>).
/// </summary>
public sealed class IndexDocumentBuilder(ReportFileReader reader, ReportLoader loader, Analyzer analyzer, PhraseVocabulary? phrases = null)
{
    private readonly IndexTokenizer _tokenizer = new(analyzer, phrases ?? PhraseVocabulary.FromUserDictionary());

    /// <summary>The same builder, its postings holding <paramref name="vocabulary"/>'s phrases.</summary>
    public IndexDocumentBuilder With(PhraseVocabulary vocabulary) => new(reader, loader, analyzer, vocabulary);
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
        _tokenizer.Terms(report.Text, report.Sections),
        ReportMasks.Sections(report),
        ReportMasks.Categories(report),
        ReportMasks.Anomalies(report),
        TextBlob.Pack(original, report.Text),
        DetailsBlob.Pack(report),
        CompareTables.Fingerprint(_fingerprints, report));

    /// <summary>The terms and positions of a normalised text and its sections, as the postings blob stores them.</summary>
    public ReportTerms Terms(string normalised, IReadOnlyList<Section> sections) => _tokenizer.Terms(normalised, sections);
}
