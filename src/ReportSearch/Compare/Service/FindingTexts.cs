using System.Buffers;
using System.IO.Compression;

namespace ReportSearch.Compare.Service;

/// <summary>
/// Finding texts read from a report's two blobs without building the rest of it: the normalised text alone from the
/// text blob (the original before it is skipped, not decoded), and from the details blob only each finding's slice,
/// skipping the metrics in front of them without making their quotes. The layouts are those of
/// <see cref="ReportSearch.Index.TextBlob"/> and <see cref="ReportSearch.Index.DetailsBlob"/>; a test holds the two
/// readings equal on a real index. Since schema 3 the comparisons read finding texts from <c>finding_lists</c>; this
/// fills that table when a schema-2 file is upgraded, and gives the normalised text metric quotes are cut from.
/// </summary>
internal static class FindingTexts
{
    /// <summary>
    /// The texts of the findings <paramref name="wanted"/> says (by position among the report's
    /// <paramref name="findings"/>, in <c>ord</c> order); null for the others.
    /// </summary>
    public static string?[] Read(byte[] textBlob, byte[] detailsBlob, int findings, Func<int, bool> wanted)
    {
        var details = Decompress(detailsBlob, out var detailsLength);
        try
        {
            var r = new SpanReader(details.AsSpan(0, detailsLength));
            for (var counties = r.Int32(); counties > 0; counties--) r.SkipString();
            for (var metrics = r.Int32(); metrics > 0; metrics--)
            {
                if (r.VarInt() == 0) r.SkipString();   // key outside MetricKeys.All
                if (r.VarInt() == 0) r.Skip(8);        // a value that is not a small whole number
                r.Skip(1);                             // flags
                r.SkipString();                        // unit
                SkipSlice(ref r);
            }
            var texts = new string?[findings];
            string? text = null;
            for (var i = 0; i < findings; i++)
            {
                var start = r.VarInt();
                var end = start + r.VarInt();
                var slice = r.Boolean();
                var stored = slice ? null : r.String();
                if (!wanted(i)) continue;
                texts[i] = stored ?? (text ??= NormalisedText(textBlob))[start..end];
            }
            return texts;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(details);
        }
    }

    /// <summary>The normalised text of a text blob (its second string).</summary>
    public static string NormalisedText(byte[] textBlob)
    {
        var bytes = Decompress(textBlob, out var length);
        try
        {
            var r = new SpanReader(bytes.AsSpan(0, length));
            r.SkipString();
            return r.String();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static void SkipSlice(ref SpanReader r)
    {
        r.VarInt();
        r.VarInt();
        if (!r.Boolean()) r.SkipString();
    }

    // A pooled buffer holding the decompressed blob, grown (without decompressing again) until it fits.
    private static byte[] Decompress(byte[] blob, out int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(4096, blob.Length * 8));
        using var decoder = new BrotliDecoder();
        var consumed = 0;
        length = 0;
        while (true)
        {
            var status = decoder.Decompress(blob.AsSpan(consumed), buffer.AsSpan(length), out var read, out var written);
            consumed += read;
            length += written;
            if (status == OperationStatus.Done) return buffer;
            if (status != OperationStatus.DestinationTooSmall)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw new InvalidDataException("a stored blob does not decompress");
            }
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
    }
}
