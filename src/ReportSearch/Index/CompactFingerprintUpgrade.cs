using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// The step to compact fingerprints: passage signatures keep 5 bits of a hash of each MinHash value instead of
/// its top 16 bits, and sentence hashes 32 bits instead of 64 (<see cref="Compare.Service.FingerprintBlob"/>), so
/// fingerprints stored by earlier versions neither read nor compare with those indexing writes now. Recomputes every
/// report's fingerprint from its stored text, then gives the freed pages back (the file is auto_vacuum
/// INCREMENTAL); nothing else changes. <see cref="IndexMigrations"/> runs it in a transaction.
/// </summary>
internal static class CompactFingerprintUpgrade
{
    internal static void Upgrade(SqliteConnection connection)
    {
        // Recomputed as schema 4's step did it (emptied first, then every stored report's from its text).
        FingerprintUpgrade.Upgrade(connection);
        // The new fingerprints take about half the old ones' pages: the rest is free now.
        ReportIndex.Execute(connection, "PRAGMA incremental_vacuum");
    }
}
