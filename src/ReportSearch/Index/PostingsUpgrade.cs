using Microsoft.Data.Sqlite;
using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// Schema 4 → 5: the FTS5 table <c>report_text</c> gives way to <see cref="PostingsTables"/>. Every stored report's
/// postings blob is computed from its stored normalised text and sections with the tokenizer indexing uses, so the
/// upgraded file finds exactly what a fresh index of the same files finds (<see cref="WritePostings"/>, which
/// <see cref="PostingsFormatUpgrade"/> uses too). <see cref="IndexMigrations"/> runs it in a transaction.
/// </summary>
internal static class PostingsUpgrade
{
    private const string OldFtsTable = "report_text";
    private const int Chunk = 512;

    public static void Upgrade(SqliteConnection connection)
    {
        foreach (var sql in PostingsTables.Create) ReportIndex.Execute(connection, sql);
        // Schema 5 had no phrase terms; PhraseTermsUpgrade rebuilds the postings with them right after.
        Rebuild(connection, PhraseVocabulary.None);
        ReportIndex.Execute(connection, $"DROP TABLE IF EXISTS {OldFtsTable}");
        // The FTS5 table's pages are free now: give them back to the file system (the file is auto_vacuum INCREMENTAL).
        ReportIndex.Execute(connection, "PRAGMA incremental_vacuum");
    }

    /// <summary>
    /// Writes every stored report's postings blob into an empty <c>report_terms</c>, computed from its stored
    /// normalised text and sections with the tokenizer indexing uses and holding <paramref name="phrases"/>; new terms
    /// are added to <c>terms</c>. Reports are tokenised on all cores in chunks; term ids are assigned on this thread
    /// in report order.
    /// </summary>
    internal static void Rebuild(SqliteConnection connection, PhraseVocabulary phrases)
    {
        using var components = IndexComponents.Create();
        var tokenizer = new IndexTokenizer(components.Analyzer, phrases);
        var store = new TermDictionary(connection);
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO report_terms VALUES($id, $terms)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var terms = insert.Parameters.Add("$terms", SqliteType.Blob);

        var ids = ReportIds(connection);
        for (var start = 0; start < ids.Count; start += Chunk)
        {
            var chunk = ids.GetRange(start, Math.Min(Chunk, ids.Count - start));
            var stored = chunk.Select(i => (Id: i, Text: TextBlobOf(connection, i), Sections: SectionsOf(connection, i))).ToList();
            var prepared = new ReportTerms[stored.Count];
            Parallel.For(0, stored.Count, i =>
                prepared[i] = tokenizer.Terms(TextBlob.Unpack(stored[i].Text).Normalised, stored[i].Sections));
            for (var i = 0; i < stored.Count; i++)
            {
                id.Value = stored[i].Id;
                terms.Value = PostingsBlob.Pack(prepared[i], store.Ids(prepared[i], null));
                insert.ExecuteNonQuery();
            }
        }
    }

    private static List<long> ReportIds(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM reports ORDER BY id";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    private static byte[] TextBlobOf(SqliteConnection connection, long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM reports WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (byte[])command.ExecuteScalar()!;
    }

    private static List<Section> SectionsOf(SqliteConnection connection, long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, title, start, \"end\" FROM sections WHERE report_id = $id ORDER BY ord";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var sections = new List<Section>();
        while (reader.Read()) sections.Add(new Section(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        return sections;
    }
}
