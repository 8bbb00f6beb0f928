using System.IO.Compression;
using System.Text;

namespace ReportSearch.Index;

/// <summary>
/// A report's original and normalised text as one Brotli-compressed blob: the two are nearly the same, so the
/// second costs little once the compressor has seen the first. Also compresses the extract JSON.
/// </summary>
public static class TextBlob
{
    // Quality 5 with a 4 MiB window: most of quality 11's ratio on Chinese prose at a fraction of its time.
    private const int Quality = 5;
    private const int Window = 22;

    /// <summary>Both texts, compressed.</summary>
    public static byte[] Pack(string original, string normalised)
    {
        var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(original);
            writer.Write(normalised);
        }
        return Compress(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    /// <summary>The original and normalised texts of a blob made by <see cref="Pack"/>.</summary>
    public static (string Original, string Normalised) Unpack(byte[] blob)
    {
        using var reader = new BinaryReader(new MemoryStream(Decompress(blob)), Encoding.UTF8);
        return (reader.ReadString(), reader.ReadString());
    }

    /// <summary>A string as compressed UTF-8.</summary>
    public static byte[] PackString(string text) => Compress(Encoding.UTF8.GetBytes(text));

    public static string UnpackString(byte[] blob) => Encoding.UTF8.GetString(Decompress(blob));

    private static byte[] Compress(ReadOnlySpan<byte> input)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(input.Length)];
        if (!BrotliEncoder.TryCompress(input, output, out var written, Quality, Window))
            throw new InvalidOperationException("Brotli compression failed");
        return output[..written];
    }

    private static byte[] Decompress(byte[] blob)
    {
        using var input = new BrotliStream(new MemoryStream(blob), CompressionMode.Decompress);
        var output = new MemoryStream(blob.Length * 4);
        input.CopyTo(output);
        return output.ToArray();
    }
}
