using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// Schema 5 → 6: the postings blobs move to report-wide positions (<see cref="PostingsBlob"/>: no column headers or
/// byte lengths). Every report's blob is made again from its stored text with today's tokenizer
/// (<see cref="PostingsUpgrade.WritePostings"/>), so the step also suits a tokenizer that makes more terms; the term
/// dictionary is kept and only grows. The old blobs' pages are given back to the file system.
/// <see cref="IndexMigrations"/> runs it in a transaction.
/// </summary>
internal static class PostingsFormatUpgrade
{
    public static void Upgrade(SqliteConnection connection)
    {
        ReportIndex.Execute(connection, "DELETE FROM report_terms");
        PostingsUpgrade.WritePostings(connection);
        // The new blobs are smaller: the pages left over go back (the file is auto_vacuum INCREMENTAL).
        ReportIndex.Execute(connection, "PRAGMA incremental_vacuum");
    }
}
