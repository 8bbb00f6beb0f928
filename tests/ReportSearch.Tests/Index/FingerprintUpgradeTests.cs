using Microsoft.Data.Sqlite;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Index;
using ReportSearch.Search;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>
/// A real version-2 index file (written by the schema-2 build; see <see cref="SchemaUpgradeTests"/>), opened by this build: upgraded in place to the current version with every report's
/// fingerprint recomputed as indexing computes it now.
/// </summary>
public class FingerprintUpgradeTests
{
    [Test]
    public void A_version_2_file_is_upgraded_with_its_fingerprints_recomputed()
    {
        using var folder = new TempFolder();
        var path = folder.File("schema2.db");
        OlderIndexFixture.SchemaTwo.CopyTo(path);
        var before = Fingerprints(path);
        Assert.That(Version(path), Is.EqualTo(2));
        Assert.That(before, Is.Not.Empty);

        using (var index = ReportIndex.OpenExisting(path))
        {
            Assert.That(ReportIndex.Scalar(index.Connection, "PRAGMA user_version"), Is.EqualTo((long)IndexSchema.Version));
            var stored = new StoredReports(index);
            var fingerprints = new PassageFingerprints();
            var after = Fingerprints(index.Connection);
            Assert.That(after.Keys, Is.EquivalentTo(before.Keys));
            foreach (var (id, blob) in after)
            {
                // What indexing the stored report writes now; the old signatures are gone.
                Assert.That(blob, Is.EqualTo(CompareTables.Fingerprint(fingerprints, stored.ById(id)!.Report)), $"report {id}");
                Assert.That(blob, Is.Not.EqualTo(before[id]), $"report {id}");
            }
            // The two townships of one county share template passages: the service finds them from the new signatures.
            var copies = new ReportComparisons(index).Copies(new CopiesQuery(IncludeStock: true)).Result;
            Assert.That(copies.Passages, Is.Not.Empty);
        }
        Assert.That(Version(path), Is.EqualTo(IndexSchema.Version));
    }

    private static long Version(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return (long)ReportIndex.Scalar(connection, "PRAGMA user_version")!;
    }

    /// <summary>Every stored fingerprint blob of the index file at <paramref name="path"/>, by report id.</summary>
    internal static Dictionary<long, byte[]> Fingerprints(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Fingerprints(connection);
    }

    private static Dictionary<long, byte[]> Fingerprints(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT report_id, prints FROM fingerprints";
        using var reader = command.ExecuteReader();
        var result = new Dictionary<long, byte[]>();
        while (reader.Read()) result[reader.GetInt64(0)] = (byte[])reader.GetValue(1);
        return result;
    }
}
