using System.IO.Compression;
using System.Text;
using ReportSearch.Model;

namespace ReportSearch.Index;

/// <summary>
/// What the tables do not hold of a report, for <c>show</c>: every metric with its provenance, the county
/// candidates, and finding texts. A quote or finding text that is exactly its slice of the normalised text (the
/// usual case) is stored as null and cut from the text when read back, so the blob is mostly numbers; Brotli-compressed.
/// </summary>
public static class DetailsBlob
{
    // Brotli's default quality and window (what BrotliStream's Optimal level uses), so blobs are as small as before.
    private const int Quality = 4;
    private const int Window = 22;

    public static byte[] Pack(Report report)
    {
        // Written plain, then compressed in one call: a BinaryWriter over a BrotliStream hands the encoder each
        // field separately, which cost twice the compression itself.
        var bytes = new MemoryStream(4096);
        using (var w = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(report.CountyCandidates.Count);
            foreach (var county in report.CountyCandidates) w.Write(county);
            w.Write(report.Metrics.Count);
            foreach (var m in report.Metrics)
            {
                WriteKey(w, m.Key);
                WriteValue(w, m.Value);
                w.Write((byte)((m.Approx ? 1 : 0) | (m.Source == Metric.FromTable ? 2 : 0)));
                w.Write(m.Unit ?? "");
                WriteSlice(w, report.Text, m.Quote, m.Start, m.End);
            }
            foreach (var finding in report.Problems.Concat(report.Measures))
                WriteSlice(w, report.Text, finding.Text, finding.Start, finding.End);
        }
        return TextBlob.Compress(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), Quality, Window);
    }

    /// <summary>Only the county candidates (the blob's first field): what a township's identity needs.</summary>
    public static IReadOnlyList<string> CountyCandidates(byte[] blob)
    {
        using var r = new BinaryReader(new BrotliStream(new MemoryStream(blob), CompressionMode.Decompress), Encoding.UTF8);
        return Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString()).ToList();
    }

    /// <summary>The stored details, with quotes and finding texts restored from <paramref name="text"/>.</summary>
    public static (IReadOnlyList<string> CountyCandidates, IReadOnlyList<Metric> Metrics, IReadOnlyList<string> FindingTexts)
        Unpack(byte[] blob, string text, int findings)
    {
        using var r = new BinaryReader(new BrotliStream(new MemoryStream(blob), CompressionMode.Decompress), Encoding.UTF8);
        var counties = Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadString()).ToList();
        var metrics = new List<Metric>();
        for (var count = r.ReadInt32(); count > 0; count--)
        {
            var key = ReadKey(r);
            var value = ReadValue(r);
            var flags = r.ReadByte();
            var unit = r.ReadString();
            var (quote, start, end) = ReadSlice(r, text);
            metrics.Add(new Metric(key, value, (flags & 1) != 0, unit.Length == 0 ? null : unit,
                (flags & 2) != 0 ? Metric.FromTable : Metric.FromText, quote, start, end));
        }
        var texts = Enumerable.Range(0, findings).Select(_ => ReadSlice(r, text).Text).ToList();
        return (counties, metrics, texts);
    }

    // A METRICS.md key is its number in MetricKeys.All (+1); 0 is followed by a key outside the list.
    private static void WriteKey(BinaryWriter w, string key)
    {
        var i = KeyNumbers.Value.GetValueOrDefault(key, -1);
        w.Write7BitEncodedInt(i + 1);
        if (i < 0) w.Write(key);
    }

    private static string ReadKey(BinaryReader r)
    {
        var i = r.Read7BitEncodedInt();
        return i == 0 ? r.ReadString() : Query.MetricKeys.All[i - 1];
    }

    private static readonly Lazy<Dictionary<string, int>> KeyNumbers =
        new(() => Query.MetricKeys.All.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal));

    // Most values are small whole numbers: 0 marks a double, n + 1 the whole number n.
    private static void WriteValue(BinaryWriter w, double value)
    {
        if (value >= 0 && value < int.MaxValue - 1 && value == Math.Floor(value)) w.Write7BitEncodedInt((int)value + 1);
        else
        {
            w.Write7BitEncodedInt(0);
            w.Write(value);
        }
    }

    private static double ReadValue(BinaryReader r)
    {
        var n = r.Read7BitEncodedInt();
        return n == 0 ? r.ReadDouble() : n - 1;
    }

    private static void WriteSlice(BinaryWriter w, string text, string slice, int start, int end)
    {
        w.Write7BitEncodedInt(start);
        w.Write7BitEncodedInt(end - start);
        var same = start >= 0 && end <= text.Length && start <= end && text.AsSpan(start, end - start).SequenceEqual(slice);
        w.Write(same);
        if (!same) w.Write(slice);
    }

    private static (string Text, int Start, int End) ReadSlice(BinaryReader r, string text)
    {
        var start = r.Read7BitEncodedInt();
        var end = start + r.Read7BitEncodedInt();
        return (r.ReadBoolean() ? text[start..end] : r.ReadString(), start, end);
    }
}
