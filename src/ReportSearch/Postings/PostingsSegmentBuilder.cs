using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Builds a <see cref="PostingsSegment"/> from report postings blobs by a counting sort: a first pass counts each
/// term's reports and bytes, a second copies every term body to its place. The blobs are read twice instead of being
/// kept, so loading needs little more memory than the segment itself. Reports must come in ascending id order.
/// </summary>
public static class PostingsSegmentBuilder
{
    /// <summary>One report's stored blob: <paramref name="Blob"/>[..<paramref name="Length"/>] (the buffer is reused).</summary>
    public readonly record struct StoredBlob(int ReportId, byte[] Blob, int Length);

    /// <summary>The segment of the reports <paramref name="read"/> yields (called twice, same order), and each report's token count.</summary>
    public static (PostingsSegment Segment, int[] Lengths) Build(Func<IEnumerable<StoredBlob>> read)
    {
        var docs = new int[1024];
        var bytes = new long[1024];
        var last = new int[1024];
        var ids = new List<int>();
        var lengths = new List<int>();
        foreach (var stored in read())
        {
            var reader = new PostingsBlob.Reader(stored.Blob.AsSpan(0, stored.Length));
            ids.Add(stored.ReportId);
            lengths.Add(reader.Length);
            while (reader.Next(out var term, out var body))
            {
                if (term >= docs.Length) Grow(term, ref docs, ref bytes, ref last);
                docs[term]++;
                bytes[term] += Varint.Size((uint)(stored.ReportId - last[term])) + Varint.Size((uint)body.Length) + body.Length;
                last[term] = stored.ReportId;
            }
        }

        var terms = docs.Length;
        var termStart = new long[terms + 1];
        var blockStart = new int[terms + 1];
        for (var t = 0; t < terms; t++)
        {
            termStart[t + 1] = termStart[t] + bytes[t];
            blockStart[t + 1] = blockStart[t] + (docs[t] + PostingsSegment.BlockSize - 1) / PostingsSegment.BlockSize;
        }
        if (termStart[terms] > Array.MaxLength)
            throw new InvalidOperationException($"postings of {ids.Count} reports exceed {Array.MaxLength:N0} bytes");
        var data = new byte[termStart[terms]];
        var blockLast = new int[blockStart[terms]];
        var blockOffset = new long[blockStart[terms]];
        var next = (long[])termStart.Clone();
        var filled = new int[terms];
        Array.Clear(last);
        foreach (var stored in read())
        {
            var reader = new PostingsBlob.Reader(stored.Blob.AsSpan(0, stored.Length));
            while (reader.Next(out var term, out var body))
            {
                var at = next[term];
                var block = blockStart[term] + filled[term] / PostingsSegment.BlockSize;
                if (filled[term] % PostingsSegment.BlockSize == 0) blockOffset[block] = at;
                blockLast[block] = stored.ReportId;
                at = WriteVarint(data, at, (uint)(stored.ReportId - last[term]));
                at = WriteVarint(data, at, (uint)body.Length);
                body.CopyTo(data.AsSpan((int)at));
                next[term] = at + body.Length;
                last[term] = stored.ReportId;
                filled[term]++;
            }
        }
        return (new PostingsSegment(data, termStart, docs, blockStart, blockLast, blockOffset, ids.ToArray()), lengths.ToArray());
    }

    private static long WriteVarint(byte[] data, long at, uint value) => Varint.Write(data, (int)at, value);

    private static void Grow(int term, ref int[] docs, ref long[] bytes, ref int[] last)
    {
        var size = Math.Max(term + 1, docs.Length * 2);
        Array.Resize(ref docs, size);
        Array.Resize(ref bytes, size);
        Array.Resize(ref last, size);
    }
}
