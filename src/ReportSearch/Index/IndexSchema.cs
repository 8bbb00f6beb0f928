namespace ReportSearch.Index;

/// <summary>
/// The tables of an index file. Schema version <see cref="Version"/> is kept in <c>PRAGMA user_version</c>.
/// Texts are stored Brotli-compressed (<see cref="TextBlob"/>), problem and measure texts once more uncompressed for
/// the comparisons (<see cref="FindingListTable"/>); findings and sections are offsets into the
/// normalised text; metric provenance lives in the compressed details blob, non-zero metric values as rows for
/// filtering and zero ones as a bitmap per report (<see cref="ZeroMetrics"/>); the text's terms as one postings blob
/// per report (<see cref="PostingsTables"/>), which the searcher loads into memory.
/// </summary>
public static class IndexSchema
{
    /// <summary>The schema version this build writes and reads.</summary>
    public const int Version = 6;

    public static readonly IReadOnlyList<string> Create =
    [
        """
        CREATE TABLE reports(
          id INTEGER PRIMARY KEY,
          file TEXT NOT NULL UNIQUE,
          sha256 TEXT NOT NULL,
          township TEXT, county TEXT, city TEXT, province TEXT, division_code TEXT,
          year INTEGER, published TEXT, template TEXT,
          section_mask INTEGER NOT NULL,
          category_mask INTEGER NOT NULL,
          anomaly_mask INTEGER NOT NULL,
          text BLOB NOT NULL,
          details BLOB NOT NULL)
        """,
        """
        CREATE TABLE sections(report_id INTEGER NOT NULL, ord INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY(report_id, ord)) WITHOUT ROWID
        """,
        """
        CREATE TABLE findings(report_id INTEGER NOT NULL, ord INTEGER NOT NULL, list TEXT NOT NULL, title TEXT NOT NULL,
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, categories INTEGER NOT NULL, PRIMARY KEY(report_id, ord)) WITHOUT ROWID
        """,
        "CREATE TABLE metric_keys(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)",
        """
        CREATE TABLE metrics(key_id INTEGER NOT NULL, report_id INTEGER NOT NULL, value REAL NOT NULL,
          PRIMARY KEY(key_id, report_id)) WITHOUT ROWID
        """,
        // Most table cells are 0: those metrics are a bitmap over MetricKeys.All per report instead of a row each.
        "CREATE TABLE metric_zeros(report_id INTEGER PRIMARY KEY, keys BLOB NOT NULL)",
        """
        CREATE TABLE anomalies(report_id INTEGER NOT NULL, ord INTEGER NOT NULL, tbl TEXT NOT NULL, kind TEXT NOT NULL,
          detail TEXT NOT NULL, PRIMARY KEY(report_id, ord)) WITHOUT ROWID
        """,
        .. CompareTables.Create,
        .. FindingListTable.Create,
        .. PostingsTables.Create,
    ];
}
