namespace ReportSearch.Index;

/// <summary>Loads the bundled SQLite (3.35.5, with FTS5) once per process.</summary>
internal static class SqliteEngine
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static void EnsureInitialized() => _ = Initialized.Value;
}
