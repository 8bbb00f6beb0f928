using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// Brings an index file of an older schema up to <see cref="IndexSchema.Version"/>, or says clearly why it cannot.
/// Each step upgrades one version to the next inside one transaction, so a file is either at the old version or the
/// new one, never half-way. A file of version 0 that has tables is not an index, and a newer version was written by
/// a newer build.
/// </summary>
internal static class IndexMigrations
{
    /// <summary>The upgrade from version <c>From</c> to <c>From + 1</c>; the caller commits and sets the version.</summary>
    private static readonly IReadOnlyList<(int From, Action<SqliteConnection> Upgrade)> Steps =
    [
        (1, CompareTables.Upgrade),
        (2, FindingListTable.Upgrade),
        (3, FingerprintUpgrade.Upgrade),
        (4, PostingsUpgrade.Upgrade),
        (5, PostingsFormatUpgrade.Upgrade),
    ];

    public static void Apply(SqliteConnection connection, string path, int version)
    {
        if (version == IndexSchema.Version) return;
        if (version == 0)
            throw new IndexUnavailableException($"{path}: not a ReportSearch index (a SQLite database without the index schema)");
        if (version > IndexSchema.Version)
            throw new IndexUnavailableException(
                $"{path}: written by a newer ReportSearch (schema {version}; this build reads {IndexSchema.Version}): update ReportSearch");
        if (Steps.All(s => s.From != version))
            throw new IndexUnavailableException(
                $"{path}: schema {version} is older than {IndexSchema.Version} and cannot be migrated: delete it and run 'reportsearch index' again");
        for (var v = version; v < IndexSchema.Version; v++)
        {
            var step = Steps.Single(s => s.From == v);
            using var transaction = connection.BeginTransaction();
            step.Upgrade(connection);
            ReportIndex.Execute(connection, $"PRAGMA user_version = {v + 1}");
            transaction.Commit();
        }
    }
}
