using Microsoft.Data.Sqlite;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Index;
using ReportSearch.Tests.CorpusGen;
using ReportSearch.Tests.Ingest;

namespace ReportSearch.Tests.Index;

/// <summary>
/// An index file whose fingerprints are in the layout stored before they were compacted (64-bit sentence hashes,
/// 16-bit MinHash values), made here from an index built now with its version set back one step: opened, it is
/// upgraded in place by the latest step, which recomputes every fingerprint as indexing writes it now, gives the freed
/// pages back, and then finds the copies a fresh index finds.
/// </summary>
[TestFixture]
public sealed class CompactFingerprintUpgradeTests
{
    [Test]
    public void Wide_fingerprints_are_recomputed_compact_and_their_pages_given_back()
    {
        using var corpus = GeneratedCorpus.Create(12, 5, "txt");
        using var folder = new TempFolder();
        var fresh = folder.File("fresh.db");
        using (var index = ReportIndex.OpenOrCreate(fresh))
            new IndexWriter(index, IndexedCorpus.Components.DocumentBuilder()).Run(new IndexRunOptions([Path.Combine(corpus.Directory, "reports")]));
        var old = folder.File("old.db");
        File.Copy(fresh, old);
        var current = FingerprintUpgradeTests.Fingerprints(fresh);
        Assert.That(current, Has.Count.GreaterThan(40));
        WriteWideFingerprints(old, current);
        var pagesBefore = Pages(old);

        using (var upgraded = ReportIndex.OpenExisting(old))
        {
            Assert.That(ReportIndex.Scalar(upgraded.Connection, "PRAGMA user_version"), Is.EqualTo((long)IndexSchema.Version));
            Assert.That(ReportIndex.Scalar(upgraded.Connection, "PRAGMA freelist_count"), Is.EqualTo(0), "the old fingerprints' pages are given back");
            Assert.That(ReportIndex.Scalar(upgraded.Connection, "PRAGMA integrity_check"), Is.EqualTo("ok"));
            using var freshIndex = ReportIndex.OpenExisting(fresh);
            var copies = new ReportComparisons(upgraded).Copies(new CopiesQuery(IncludeStock: true)).Result.Passages;
            var freshCopies = new ReportComparisons(freshIndex).Copies(new CopiesQuery(IncludeStock: true)).Result.Passages;
            Assert.That(copies, Is.Not.Empty);
            Assert.That(copies.Select(Describe), Is.EqualTo(freshCopies.Select(Describe)));
        }
        var after = FingerprintUpgradeTests.Fingerprints(old);
        Assert.That(after.Keys, Is.EquivalentTo(current.Keys));
        foreach (var (id, blob) in after) Assert.That(blob, Is.EqualTo(current[id]), $"report {id}");
        Assert.That(Pages(old), Is.LessThan(pagesBefore));
    }

    private static string Describe(CopiedPassage c) =>
        $"{c.Kind} {c.Verbatim} {c.OwnChars} {c.Stock} " + string.Join(";", c.Occurrences.Select(o => $"{o.Report.File}:{o.Start}-{o.End}"));

    /// <summary>
    /// Replaces every fingerprint by one of the same report in the wide layout (its sentence hashes widened to 64
    /// bits, its values to 16), the size fingerprints had before, and sets the version back one step.
    /// </summary>
    private static void WriteWideFingerprints(string path, Dictionary<long, byte[]> compact)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var (id, blob) in compact)
        {
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE fingerprints SET prints = $prints WHERE report_id = $id";
            update.Parameters.AddWithValue("$id", id);
            update.Parameters.AddWithValue("$prints", Wide(FingerprintBlob.Unpack(blob, AnyReport)));
            update.ExecuteNonQuery();
        }
        ReportIndex.Execute(connection, $"PRAGMA user_version = {IndexSchema.Version - 1}");
        transaction.Commit();
    }

    // Unpacking needs a report to name; the wide blob keeps none.
    private static readonly ReportRef AnyReport = ReportRef.Of(new Model.Report { File = "any.txt", Sha256 = "", Text = "" });

    private static byte[] Wide(ReportFingerprint fingerprint)
    {
        var bytes = new MemoryStream();
        using var w = new BinaryWriter(bytes);
        w.Write7BitEncodedInt(fingerprint.Sentences.Count);
        foreach (var s in fingerprint.Sentences) w.Write((ulong)s << 32 | s);
        w.Write7BitEncodedInt(fingerprint.Passages.Count);
        foreach (var p in fingerprint.Passages)
        {
            w.Write7BitEncodedInt(p.Start);
            w.Write7BitEncodedInt(p.End - p.Start);
            w.Write7BitEncodedInt(p.Length);
            w.Write7BitEncodedInt(p.MinHash.Length);
            foreach (var h in p.MinHash) w.Write((ushort)(h * 1021));
            w.Write7BitEncodedInt(p.Sentences.Count);
            foreach (var s in p.Sentences)
            {
                w.Write7BitEncodedInt(fingerprint.Sentences.ToList().IndexOf(s.Hash));
                w.Write7BitEncodedInt(s.Length);
            }
        }
        w.Flush();
        return bytes.ToArray();
    }

    private static long Pages(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return (long)ReportIndex.Scalar(connection, "PRAGMA page_count")!;
    }
}
