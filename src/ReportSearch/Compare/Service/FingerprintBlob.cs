namespace ReportSearch.Compare.Service;

/// <summary>
/// A <see cref="ReportFingerprint"/> as the bytes the index stores per report (table <c>fingerprints</c>): the
/// report's sentence hashes, then per passage its span, normalised length, MinHash signature and its sentences as
/// positions in that list. MinHash values are random bits: compressing them gains nothing, so the blob is raw, two
/// bytes a value (<see cref="PassageFingerprints.SignatureBits"/>).
/// </summary>
public static class FingerprintBlob
{
    public static byte[] Pack(ReportFingerprint fingerprint)
    {
        // Sized for the usual report up front (sentences, then passages of 64 values): no regrowing.
        var bytes = new MemoryStream(16 + 9 * fingerprint.Sentences.Count + fingerprint.Passages.Sum(p => 16 + 2 * p.MinHash.Length + 4 * p.Sentences.Count));
        using var w = new BinaryWriter(bytes);
        var position = new Dictionary<ulong, int>();
        w.Write7BitEncodedInt(fingerprint.Sentences.Count);
        foreach (var s in fingerprint.Sentences)
        {
            position[s] = position.Count;
            w.Write(s);
        }
        w.Write7BitEncodedInt(fingerprint.Passages.Count);
        foreach (var p in fingerprint.Passages)
        {
            w.Write7BitEncodedInt(p.Start);
            w.Write7BitEncodedInt(p.End - p.Start);
            w.Write7BitEncodedInt(p.Length);
            w.Write7BitEncodedInt(p.MinHash.Length);
            foreach (var h in p.MinHash) w.Write(checked((ushort)h));
            w.Write7BitEncodedInt(p.Sentences.Count);
            foreach (var s in p.Sentences)
            {
                w.Write7BitEncodedInt(position[s.Hash]);
                w.Write7BitEncodedInt(s.Length);
            }
        }
        w.Flush();
        return bytes.ToArray();
    }

    /// <summary>The fingerprint stored for <paramref name="report"/>.</summary>
    public static ReportFingerprint Unpack(byte[] blob, ReportRef report)
    {
        using var r = new BinaryReader(new MemoryStream(blob));
        var sentences = new ulong[r.Read7BitEncodedInt()];
        for (var i = 0; i < sentences.Length; i++) sentences[i] = r.ReadUInt64();
        var passages = new PassageSignature[r.Read7BitEncodedInt()];
        for (var i = 0; i < passages.Length; i++)
        {
            var start = r.Read7BitEncodedInt();
            var end = start + r.Read7BitEncodedInt();
            var length = r.Read7BitEncodedInt();
            var minHash = new uint[r.Read7BitEncodedInt()];
            for (var h = 0; h < minHash.Length; h++) minHash[h] = r.ReadUInt16();
            var own = new SentenceHash[r.Read7BitEncodedInt()];
            for (var s = 0; s < own.Length; s++) own[s] = new SentenceHash(sentences[r.Read7BitEncodedInt()], r.Read7BitEncodedInt());
            passages[i] = new PassageSignature(start, end, length, minHash, own);
        }
        return new ReportFingerprint(report, passages, sentences);
    }
}
