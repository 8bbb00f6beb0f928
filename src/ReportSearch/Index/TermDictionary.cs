using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// The writer thread's map of term → global id (<c>terms</c> table), loaded once per run. New terms get the next id
/// and are inserted in the report's own savepoint; when a report is rolled back, <see cref="ForgetSinceMark"/> drops
/// the terms it added, so no blob can name an id whose row is gone.
/// </summary>
internal sealed class TermDictionary(SqliteConnection connection)
{
    private Dictionary<string, int>? _ids;
    private readonly List<string> _added = [];
    private int _next;
    private SqliteCommand? _insert;

    /// <summary>The global ids of a report's terms, adding the new ones to the table.</summary>
    public int[] Ids(ReportTerms terms, SqliteTransaction? transaction)
    {
        var ids = Loaded(transaction);
        var result = new int[terms.Terms.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var term = terms.Terms[i];
            if (!ids.TryGetValue(term, out var id))
            {
                id = _next++;
                ids.Add(term, id);
                _added.Add(term);
                Insert(id, term, transaction);
            }
            result[i] = id;
        }
        return result;
    }

    /// <summary>Starts a report: the terms added from here on are those <see cref="ForgetSinceMark"/> drops.</summary>
    public void Mark() => _added.Clear();

    /// <summary>Forgets the terms added since <see cref="Mark"/> (their rows were rolled back).</summary>
    public void ForgetSinceMark()
    {
        if (_ids is null) return;
        foreach (var term in _added) _ids.Remove(term);
        _next -= _added.Count;
        _added.Clear();
    }

    /// <summary>Forgets everything (after a batch was lost); the next use reloads the table.</summary>
    public void Reset()
    {
        _ids = null;
        _added.Clear();
    }

    private Dictionary<string, int> Loaded(SqliteTransaction? transaction)
    {
        if (_ids is not null) return _ids;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        // CreateCommand takes the connection's open transaction; a null here would undo that.
        if (transaction is not null) command.Transaction = transaction;
        command.CommandText = "SELECT id, term FROM terms";
        using var reader = command.ExecuteReader();
        var max = 0;
        while (reader.Read())
        {
            var id = (int)reader.GetInt64(0);
            ids[reader.GetString(1)] = id;
            max = Math.Max(max, id);
        }
        _next = max + 1;
        return _ids = ids;
    }

    private void Insert(int id, string term, SqliteTransaction? transaction)
    {
        if (_insert is null)
        {
            _insert = connection.CreateCommand();
            _insert.CommandText = "INSERT INTO terms(id, term) VALUES($id, $term)";
            _insert.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
            _insert.Parameters.Add(new SqliteParameter { ParameterName = "$term" });
        }
        _insert.Transaction = transaction ?? _insert.Transaction;
        _insert.Parameters[0].Value = id;
        _insert.Parameters[1].Value = term;
        _insert.ExecuteNonQuery();
    }
}
