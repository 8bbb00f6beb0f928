using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>A transaction opened on first use and committed after <c>size</c> reports (or when asked).</summary>
internal sealed class Batch(SqliteConnection connection, int size) : IDisposable
{
    private SqliteTransaction? _transaction;
    private int _count;

    public bool IsFull => _count >= size;

    /// <summary>The open transaction (opened now if none is), counting one more report.</summary>
    public SqliteTransaction Transaction()
    {
        _count++;
        return _transaction ??= connection.BeginTransaction();
    }

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        _count = 0;
    }

    /// <summary>Rolls back whatever was not committed.</summary>
    public void Dispose() => _transaction?.Dispose();
}
