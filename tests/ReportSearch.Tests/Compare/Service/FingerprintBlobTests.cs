using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Extraction;
using ReportSearch.Divisions;

namespace ReportSearch.Tests.Compare.Service;

/// <summary>The stored form of fingerprints: read back whole from the seed reports, and packed bits of any width.</summary>
public class FingerprintBlobTests
{
    [Test]
    public void Seed_reports_fingerprints_read_back_whole()
    {
        var loader = new ReportLoader(DivisionTable.Load());
        var prints = new PassageFingerprints();
        foreach (var file in SeedFiles.Reports)
        {
            var report = loader.Load(Path.GetFileName(file), File.ReadAllBytes(file));
            var fingerprint = prints.Of(report);
            Assert.That(fingerprint.Passages, Is.Not.Empty, file);
            var blob = FingerprintBlob.Pack(fingerprint);
            var back = FingerprintBlob.Unpack(blob, fingerprint.Report);
            Assert.That(back.Sentences, Is.EqualTo(fingerprint.Sentences), file);
            Assert.That(back.Passages.Select(Describe), Is.EqualTo(fingerprint.Passages.Select(Describe)), file);
            // 4 bytes a sentence, 40 bytes of values a passage, a few varints for spans and references.
            Assert.That(blob.Length, Is.LessThan(8 + 4 * fingerprint.Sentences.Count
                + fingerprint.Passages.Sum(p => 10 + 64 * PassageFingerprints.SignatureBits / 8 + 4 * p.Sentences.Count)), file);
        }
    }

    [TestCase(1)]
    [TestCase(5)]
    [TestCase(8)]
    [TestCase(13)]
    public void Packed_values_of_any_width_read_back(int bits)
    {
        var values = Enumerable.Range(0, 67).Select(i => (uint)((i * 2654435761L) & ((1L << bits) - 1))).ToArray();
        var packed = new byte[PackedBits.Size(values.Length, bits)];
        PackedBits.Write(values, bits, packed);
        var back = new uint[values.Length];
        PackedBits.Read(packed, bits, back);
        Assert.That(back, Is.EqualTo(values));
        Assert.That(packed.Length, Is.EqualTo((67 * bits + 7) / 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => PackedBits.Write([1u << bits], bits, new byte[4]));
    }

    private static string Describe(PassageSignature p) =>
        $"{p.Start}-{p.End} {p.Length} {string.Join(",", p.MinHash)} {string.Join(",", p.Sentences)}";
}
