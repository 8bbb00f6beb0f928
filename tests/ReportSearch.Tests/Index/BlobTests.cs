using System.IO.Compression;
using System.Text;
using ReportSearch.Extraction;
using ReportSearch.Index;

namespace ReportSearch.Tests.Index;

public class BlobTests
{
    [Test]
    public void Text_blobs_hold_both_texts_as_a_binary_writer_writes_them()
    {
        var long1 = string.Concat(Enumerable.Repeat("政务公开工作年度报告\n", 2000));   // a length past two 7-bit bytes
        foreach (var (original, normalised) in new[] { ("", ""), ("a", "b"), (long1, long1.ToUpperInvariant()), ("𠀀 surrogates 𠀁", "x\u0000y") })
        {
            var blob = TextBlob.Pack(original, normalised);
            Assert.That(TextBlob.Unpack(blob), Is.EqualTo((original, normalised)));
            var expected = new MemoryStream();
            using (var w = new BinaryWriter(expected, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(original);
                w.Write(normalised);
            }
            using var brotli = new BrotliStream(new MemoryStream(blob), CompressionMode.Decompress);
            var actual = new MemoryStream();
            brotli.CopyTo(actual);
            Assert.That(actual.ToArray(), Is.EqualTo(expected.ToArray()));
        }
    }

    [Test]
    public void Details_blobs_read_back_what_was_extracted()
    {
        using var components = IndexComponents.Create();
        var loader = new ReportLoader(components.Divisions);
        foreach (var file in SeedFiles.Reports)
        {
            var report = loader.Load(file);
            var (counties, metrics, findingTexts) = DetailsBlob.Unpack(DetailsBlob.Pack(report), report.Text, report.Problems.Count + report.Measures.Count);
            Assert.That(counties, Is.EqualTo(report.CountyCandidates));
            Assert.That(metrics, Is.EqualTo(report.Metrics), file);
            Assert.That(findingTexts, Is.EqualTo(report.Problems.Concat(report.Measures).Select(f => f.Text)));
            Assert.That(DetailsBlob.CountyCandidates(DetailsBlob.Pack(report)), Is.EqualTo(report.CountyCandidates));
        }
    }
}
