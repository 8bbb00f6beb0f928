using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// Schema 3 → 4: passage fingerprints are MinHash signatures of another family since 4 (one multiply-add per hash
/// function over one hash per shingle, <see cref="Compare.ShingleMinHash"/>, instead of a 64-bit finaliser each),
/// so signatures stored by earlier versions no longer compare with those indexing writes now. Recomputes every report's
/// fingerprint from its stored text; nothing else changes. <see cref="IndexMigrations"/> runs it in a transaction.
/// </summary>
internal static class FingerprintUpgrade
{
    internal static void Upgrade(SqliteConnection connection)
    {
        // Emptied first: no older signature may stay behind, not even one whose report row is gone.
        ReportIndex.Execute(connection, "DELETE FROM fingerprints");
        CompareTables.FingerprintStoredReports(connection);
    }
}
