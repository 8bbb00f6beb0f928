namespace ReportSearch.Index;

/// <summary>
/// What the index stores for full-text search (since schema 3, instead of an FTS5 table): the term dictionary (<c>terms</c>: global
/// integer ids, assigned by the indexing writer thread) and one postings blob per report (<c>report_terms</c>,
/// <see cref="PostingsBlob"/>). The searcher loads the blobs into an in-memory inverted index; deleting a report is
/// deleting its row.
/// </summary>
public static class PostingsTables
{
    public static readonly IReadOnlyList<string> Create =
    [
        "CREATE TABLE terms(id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE)",
        "CREATE TABLE report_terms(report_id INTEGER PRIMARY KEY, terms BLOB NOT NULL)",
    ];
}
