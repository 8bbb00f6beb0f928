using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// A report made ready for the writer thread by a worker: the extraction, its terms with their positions (the postings blob but for the global term ids), the bitmasks the
/// searcher filters and counts by, and the compressed blobs.
/// </summary>
public sealed record IndexDocument(
    Report Report,
    ReportTerms Terms,
    int SectionMask,
    int CategoryMask,
    int AnomalyMask,
    byte[] TextBlob,
    byte[] DetailsBlob,
    byte[]? Fingerprints = null);
