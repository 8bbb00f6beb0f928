namespace ReportSearch.Index;

/// <summary>
/// What the index stores for full-text search (schema 5 on, instead of the FTS5 table of schemas 2–4): the term dictionary (<c>terms</c>: global
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
