using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// One index file, opened: a SQLite connection in WAL mode with the schema checked. <see cref="OpenOrCreate"/> is
/// for writing (creates the file and schema when absent); <see cref="OpenExisting"/> for reading. Every way a file can
/// be unusable (missing, locked, corrupt, not ours, another schema version) becomes an
/// <see cref="IndexUnavailableException"/> with a one-line message.
/// </summary>
public sealed class ReportIndex : IDisposable
{
    /// <summary>Where the CLI keeps the index unless told otherwise.</summary>
    public const string DefaultPath = "index-data/reports.db";

    private ReportIndex(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The index file.</summary>
    public string Path { get; }

    /// <summary>The open connection (one thread at a time).</summary>
    public SqliteConnection Connection { get; }

    /// <summary>Opens the index at <paramref name="path"/>, creating the file and its tables if needed.</summary>
    public static ReportIndex OpenOrCreate(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        return Open(path, SqliteOpenMode.ReadWriteCreate, create: true);
    }

    /// <summary>Opens an index that must already exist.</summary>
    public static ReportIndex OpenExisting(string path)
    {
        if (!File.Exists(path)) throw new IndexUnavailableException($"{path}: no index there (run 'reportsearch index DIR --db {path}' first)");
        return Open(path, SqliteOpenMode.ReadWrite, create: false);
    }

    private static ReportIndex Open(string path, SqliteOpenMode mode, bool create)
    {
        SqliteEngine.EnsureInitialized();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 10,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 5000");
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
            if (version == 0 && create && Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_master")) == 0)
                CreateSchema(connection);
            else
                IndexMigrations.Apply(connection, path, version);
            Execute(connection, "PRAGMA journal_mode = WAL");
            Execute(connection, "PRAGMA synchronous = NORMAL");
            return new ReportIndex(path, connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Describe(path, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A SQLite error on this index as a one-line, user-facing exception.</summary>
    public static IndexUnavailableException Describe(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        5 or 6 => new IndexUnavailableException($"{path}: the index is locked by another process; try again when it has finished", e),
        26 => new IndexUnavailableException($"{path}: not a ReportSearch index (the file is not a SQLite database)", e),
        11 => new IndexUnavailableException($"{path}: the index file is corrupt (delete it and run 'reportsearch index' again)", e),
        14 => new IndexUnavailableException($"{path}: cannot open the index file", e),
        8 => new IndexUnavailableException($"{path}: the index file is read-only", e),
        _ => new IndexUnavailableException($"{path}: {e.Message.Split('\n')[0]}", e),
    };

    private static void CreateSchema(SqliteConnection connection)
    {
        // Pages freed by replaced and removed reports are given back to the file system after large runs (IndexWriter).
        Execute(connection, "PRAGMA auto_vacuum = INCREMENTAL");
        using var transaction = connection.BeginTransaction();
        foreach (var sql in IndexSchema.Create) Execute(connection, sql);
        PhraseVocabulary.FromUserDictionary().Write(connection);
        Execute(connection, $"PRAGMA user_version = {IndexSchema.Version}");
        transaction.Commit();
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose() => Connection.Dispose();
}
