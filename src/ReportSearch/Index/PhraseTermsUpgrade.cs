using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// Schema 5 → 6: the postings hold the field's phrases whole (<see cref="PhraseVocabulary"/>). The file gets the
/// library's vocabulary, and every report's postings blob is rebuilt from its stored text with it; the term
/// dictionary keeps its ids and gains the phrases. <see cref="IndexMigrations"/> runs it in a transaction.
/// </summary>
internal static class PhraseTermsUpgrade
{
    public static void Upgrade(SqliteConnection connection)
    {
        foreach (var sql in PhraseVocabulary.Create) ReportIndex.Execute(connection, sql);
        var vocabulary = PhraseVocabulary.FromUserDictionary();
        vocabulary.Write(connection);
        ReportIndex.Execute(connection, "DELETE FROM report_terms");
        PostingsUpgrade.Rebuild(connection, vocabulary);
        ReportIndex.Execute(connection, "PRAGMA incremental_vacuum");
    }
}
