using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// A report made ready for the writer thread by a worker: the extraction, the FTS5 column texts, the bitmasks the
/// searcher filters and counts by, and the compressed blobs.
/// </summary>
public sealed record IndexDocument(
    Report Report,
    string[] FtsColumns,
    int SectionMask,
    int CategoryMask,
    int AnomalyMask,
    byte[] TextBlob,
    byte[] DetailsBlob,
    byte[]? Fingerprints = null);
