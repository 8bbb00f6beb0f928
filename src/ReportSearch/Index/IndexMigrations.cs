using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// Brings an index file of an older schema up to <see cref="IndexSchema.Version"/>, or says clearly why it cannot.
/// Version 1 → 2 adds the comparison tables (<see cref="CompareTables"/>). A file of version 0 that has tables is
/// not an index, and a newer version was written by a newer build.
/// </summary>
internal static class IndexMigrations
{
    public static void Apply(SqliteConnection connection, string path, int version)
    {
        if (version == IndexSchema.Version) return;
        if (version == 1 && IndexSchema.Version == 2)
        {
            CompareTables.Upgrade(connection);
            return;
        }
        if (version == 0)
            throw new IndexUnavailableException($"{path}: not a ReportSearch index (a SQLite database without the index schema)");
        if (version > IndexSchema.Version)
            throw new IndexUnavailableException(
                $"{path}: written by a newer ReportSearch (schema {version}; this build reads {IndexSchema.Version}): update ReportSearch");
        throw new IndexUnavailableException(
            $"{path}: schema {version} is older than {IndexSchema.Version} and cannot be migrated: delete it and run 'reportsearch index' again");
    }
}
