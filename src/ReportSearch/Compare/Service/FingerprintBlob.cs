using System.Buffers.Binary;
using ReportSearch.Index;

namespace ReportSearch.Compare.Service;

/// <summary>
/// A <see cref="ReportFingerprint"/> as the bytes the index stores per report (table <c>fingerprints</c>), kept
/// small because every report has one: the signature width (values a passage, bits a value), the report's distinct
/// sentence hashes (4 bytes each, in order of first use), then per passage its span (start as the gap from the
/// previous passage's end), normalised length, MinHash values packed at <see cref="PassageFingerprints.SignatureBits"/>
/// bits (<see cref="PackedBits"/>) and its sentences as positions in that list with their lengths. All numbers but
/// the hashes are varints. Hashes are random bits: compressing them gains nothing, so the blob is not compressed.
/// </summary>
public static class FingerprintBlob
{
    public static byte[] Pack(ReportFingerprint fingerprint)
    {
        var hashes = fingerprint.Passages.Count == 0 ? 0 : fingerprint.Passages[0].MinHash.Length;
        const int bits = PassageFingerprints.SignatureBits;
        var signatureBytes = PackedBits.Size(hashes, bits);
        // Sized for the usual report up front: no regrowing.
        var w = new VarintBuffer(16 + 4 * fingerprint.Sentences.Count + fingerprint.Passages.Sum(p => 12 + signatureBytes + 3 * p.Sentences.Count));
        w.Add((uint)hashes);
        w.Add(bits);
        var position = new Dictionary<uint, int>(fingerprint.Sentences.Count);
        w.Add((uint)fingerprint.Sentences.Count);
        Span<byte> word = stackalloc byte[4];
        foreach (var s in fingerprint.Sentences)
        {
            position[s] = position.Count;
            BinaryPrimitives.WriteUInt32LittleEndian(word, s);
            w.Add(word);
        }
        w.Add((uint)fingerprint.Passages.Count);
        var packed = new byte[signatureBytes];
        var previousEnd = 0;
        foreach (var p in fingerprint.Passages)
        {
            if (p.MinHash.Length != hashes) throw new ArgumentException("passages of one report have signatures of different lengths", nameof(fingerprint));
            w.Add(checked((uint)(p.Start - previousEnd)));
            w.Add((uint)(p.End - p.Start));
            w.Add((uint)p.Length);
            PackedBits.Write(p.MinHash, bits, packed);
            w.Add(packed);
            w.Add((uint)p.Sentences.Count);
            foreach (var s in p.Sentences)
            {
                w.Add((uint)position[s.Hash]);
                w.Add((uint)s.Length);
            }
            previousEnd = p.End;
        }
        return w.Written.ToArray();
    }

    /// <summary>The fingerprint stored for <paramref name="report"/>.</summary>
    public static ReportFingerprint Unpack(byte[] blob, ReportRef report)
    {
        ReadOnlySpan<byte> b = blob;
        var at = 0;
        var hashes = Varint.Read(b, ref at);
        var bits = Varint.Read(b, ref at);
        if (bits != PassageFingerprints.SignatureBits)
            throw new InvalidDataException($"fingerprint of {report.File} keeps {bits} bits a value; this build compares {PassageFingerprints.SignatureBits}");
        var signatureBytes = PackedBits.Size(hashes, bits);
        var sentences = new uint[Varint.Read(b, ref at)];
        for (var i = 0; i < sentences.Length; i++, at += 4) sentences[i] = BinaryPrimitives.ReadUInt32LittleEndian(b[at..]);
        var passages = new PassageSignature[Varint.Read(b, ref at)];
        var previousEnd = 0;
        for (var i = 0; i < passages.Length; i++)
        {
            var start = previousEnd + Varint.Read(b, ref at);
            var end = start + Varint.Read(b, ref at);
            var length = Varint.Read(b, ref at);
            var minHash = new uint[hashes];
            PackedBits.Read(b.Slice(at, signatureBytes), bits, minHash);
            at += signatureBytes;
            var own = new SentenceHash[Varint.Read(b, ref at)];
            for (var s = 0; s < own.Length; s++) own[s] = new SentenceHash(sentences[Varint.Read(b, ref at)], Varint.Read(b, ref at));
            passages[i] = new PassageSignature(start, end, length, minHash, own);
            previousEnd = end;
        }
        return new ReportFingerprint(report, passages, sentences);
    }
}
