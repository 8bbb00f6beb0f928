using System.Text;
using Microsoft.Data.Sqlite;

namespace ReportSearch.Tests.Query;

/// <summary>
/// An in-memory SQLite FTS5 table shaped as the index plans it: <c>words</c> and <c>grams</c>, space-joined tokens.
/// Rows are made here the way the analyzer fills the columns: grams are each Chinese run's bigrams then its last
/// character; words are each run whole (a stand-in for ICU words) and each letter/digit run lower-cased.
/// </summary>
internal sealed class FtsTestTable : IDisposable
{
    private readonly SqliteConnection _connection;

    public FtsTestTable(params string[] texts)
    {
        SQLitePCL.Batteries_V2.Init();
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE t USING fts5(words, grams)");
        for (var i = 0; i < texts.Length; i++)
        {
            using var insert = _connection.CreateCommand();
            insert.CommandText = "INSERT INTO t(rowid, words, grams) VALUES ($id, $words, $grams)";
            insert.Parameters.AddWithValue("$id", i + 1);
            insert.Parameters.AddWithValue("$words", string.Join(' ', Runs(texts[i]).Select(r => r.ToLowerInvariant())));
            insert.Parameters.AddWithValue("$grams", string.Join(' ', Runs(texts[i]).Where(IsChinese).SelectMany(RunGrams)));
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>The rowids (1-based text numbers) the MATCH expression finds; throws SqliteException on bad syntax.</summary>
    public IReadOnlyList<long> Matching(string match) => Rowids("SELECT rowid FROM t WHERE t MATCH $m ORDER BY rowid", match);

    /// <summary>The rowids the expression does not find.</summary>
    public IReadOnlyList<long> NotMatching(string match) =>
        Rowids("SELECT rowid FROM t WHERE rowid NOT IN (SELECT rowid FROM t WHERE t MATCH $m) ORDER BY rowid", match);

    public void Dispose() => _connection.Dispose();

    private List<long> Rowids(string sql, string match)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$m", match);
        using var reader = command.ExecuteReader();
        var rows = new List<long>();
        while (reader.Read()) rows.Add(reader.GetInt64(0));
        return rows;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static bool IsChinese(string run) => run[0] is >= '\u4E00' and <= '\u9FFF';

    private static IEnumerable<string> RunGrams(string run)
    {
        for (var i = 0; i + 1 < run.Length; i++) yield return run.Substring(i, 2);
        yield return run[^1].ToString();
    }

    // Maximal runs of Chinese characters and of ASCII letters/digits; everything else separates.
    private static List<string> Runs(string text)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        bool? chinese = null;
        foreach (var c in text)
        {
            bool? kind = c is >= '\u4E00' and <= '\u9FFF' ? true : char.IsAsciiLetterOrDigit(c) ? false : null;
            if (kind != chinese && run.Length > 0)
            {
                runs.Add(run.ToString());
                run.Clear();
            }
            if (kind is not null) run.Append(c);
            chinese = kind;
        }
        if (run.Length > 0) runs.Add(run.ToString());
        return runs;
    }
}
