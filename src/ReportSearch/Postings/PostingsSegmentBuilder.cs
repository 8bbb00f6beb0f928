using ReportSearch.Index;

namespace ReportSearch.Postings;

/// <summary>
/// Builds a <see cref="PostingsSegment"/> from report postings blobs by a counting sort: a first pass counts each
/// term's reports and bytes and keeps each report's column starts, a second copies every term's occurrences to its
/// place (they are the same bytes in the blob and in the segment). The blobs are read twice instead of being kept, so loading needs little more memory than the segment
/// itself. Reports must come in ascending id order.
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
        var starts = new List<int>();
        foreach (var stored in read())
        {
            var reader = new PostingsBlob.Reader(stored.Blob.AsSpan(0, stored.Length));
            ids.Add(stored.ReportId);
            lengths.Add(reader.Length);
            foreach (var start in reader.ColumnStarts) starts.Add(start);
            while (reader.Next(out var term, out var occurrences))
            {
                if (term >= docs.Length) Grow(term, ref docs, ref bytes, ref last);
                docs[term]++;
                bytes[term] += Varint.Size((uint)(stored.ReportId - last[term])) + occurrences.Length;
                last[term] = stored.ReportId;
            }
        }

        var terms = docs.Length;
        var total = 0L;
        foreach (var b in bytes) total += b;
        if (total > Array.MaxLength)
            throw new InvalidOperationException($"postings of {ids.Count} reports exceed {Array.MaxLength:N0} bytes");
        var termStart = new int[terms + 1];
        var blockStart = new int[terms + 1];
        for (var t = 0; t < terms; t++)
        {
            termStart[t + 1] = termStart[t] + (int)bytes[t];
            blockStart[t + 1] = blockStart[t] + (docs[t] + PostingsSegment.BlockSize - 1) / PostingsSegment.BlockSize;
        }
        // The segment's big arrays live on the pinned-object heap, apart from the large-object heap: the runtime
        // sizes the large-object heap's allocation budget by what survives there, and with the postings on it a
        // searcher's short-lived result arrays piled up by hundreds of MiB between collections.
        var data = GC.AllocateArray<byte>(termStart[terms], pinned: true);
        var blockLast = GC.AllocateArray<int>(blockStart[terms], pinned: true);
        var blockOffset = GC.AllocateArray<int>(blockStart[terms], pinned: true);
        var next = (int[])termStart.Clone();
        var filled = new int[terms];
        Array.Clear(last);
        foreach (var stored in read())
        {
            var reader = new PostingsBlob.Reader(stored.Blob.AsSpan(0, stored.Length));
            while (reader.Next(out var term, out var occurrences))
            {
                var at = next[term];
                var block = blockStart[term] + filled[term] / PostingsSegment.BlockSize;
                if (filled[term] % PostingsSegment.BlockSize == 0) blockOffset[block] = at;
                blockLast[block] = stored.ReportId;
                at = Varint.Write(data, at, (uint)(stored.ReportId - last[term]));
                occurrences.CopyTo(data.AsSpan(at));
                next[term] = at + occurrences.Length;
                last[term] = stored.ReportId;
                filled[term]++;
            }
        }
        var reportIds = ids.ToArray();
        var segment = new PostingsSegment(data, termStart, docs, blockStart, blockLast, blockOffset, reportIds, DenseStarts(reportIds, starts));
        return (segment, lengths.ToArray());
    }

    // Column starts by report id from the first id on, so a look-up needs no search (ids are dense in practice).
    private static int[] DenseStarts(int[] reportIds, List<int> starts)
    {
        if (reportIds.Length == 0) return [];
        var first = reportIds[0];
        var dense = new int[(reportIds[^1] - first + 1) * PostingsBlob.Starts];
        for (var i = 0; i < reportIds.Length; i++)
            for (var k = 0; k < PostingsBlob.Starts; k++)
                dense[(reportIds[i] - first) * PostingsBlob.Starts + k] = starts[i * PostingsBlob.Starts + k];
        return dense;
    }

    private static void Grow(int term, ref int[] docs, ref long[] bytes, ref int[] last)
    {
        var size = Math.Max(term + 1, docs.Length * 2);
        Array.Resize(ref docs, size);
        Array.Resize(ref bytes, size);
        Array.Resize(ref last, size);
    }
}
