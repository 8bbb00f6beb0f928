using System.IO.Compression;
using System.Text;
using ReportSearch.CorpusGen.Formats;

namespace ReportSearch.CorpusGen.Writing;

/// <summary>Turns a report's text into the bytes of its file format: UTF-8 or GB18030 text, .docx, .html.</summary>
public static class ReportFileEncoder
{
    /// <summary>The time stamped on every part of a .docx, so that the same text always gives the same bytes.</summary>
    private static readonly DateTimeOffset FixedStamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Encode(string format, string text, string title) => format switch
    {
        ReportFormats.Txt => Encoding.UTF8.GetBytes(text),
        ReportFormats.Gb18030 => TextVariants.Gb18030Bytes(text),
        ReportFormats.Docx => Docx(text),
        ReportFormats.Html => Html(text, title),
        _ => throw new NotSupportedException($"format '{format}' has no writer"),
    };

    /// <summary>The text back from a file's bytes (for the formats that are plain text).</summary>
    public static string DecodeText(string format, byte[] bytes) => format switch
    {
        ReportFormats.Txt => Encoding.UTF8.GetString(bytes),
        ReportFormats.Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetString(bytes),
        _ => throw new NotSupportedException($"format '{format}' is not plain text"),
    };

    private static byte[] Html(string text, string title)
    {
        using var writer = new StringWriter();
        HtmlReportWriter.Write(text, title, writer);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    private static byte[] Docx(string text)
    {
        using var written = new MemoryStream();
        DocxReportWriter.Write(text, written);
        return WithFixedStamps(written);
    }

    /// <summary>
    /// The packaging layer stamps each zip entry with the current time and names relationships with random ids;
    /// copying the entries into a new archive with one fixed time and ids numbered in order of appearance makes the
    /// file a function of the text alone.
    /// </summary>
    private static byte[] WithFixedStamps(MemoryStream docx)
    {
        docx.Position = 0;
        using var source = new ZipArchive(docx, ZipArchiveMode.Read);
        var parts = source.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return (e.FullName, Xml: reader.ReadToEnd());
        }).ToList();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, xml) in parts.Where(p => p.FullName.EndsWith(".rels", StringComparison.Ordinal)))
            foreach (System.Text.RegularExpressions.Match m in RandomId.Matches(xml))
                ids.TryAdd(m.Groups[1].Value, "rId" + (ids.Count + 1));

        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                var text = xml;
                foreach (var (random, stable) in ids)
                    if (text.Contains(random, StringComparison.Ordinal)) text = text.Replace("\"" + random + "\"", "\"" + stable + "\"", StringComparison.Ordinal);
                var copy = target.CreateEntry(name, CompressionLevel.Fastest);
                copy.LastWriteTime = FixedStamp;
                using var to = copy.Open();
                // The parts are written back as read: UTF-8 with the byte-order mark the packaging layer put there.
                to.Write(Encoding.UTF8.GetPreamble());
                to.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return output.ToArray();
    }

    private static readonly System.Text.RegularExpressions.Regex RandomId = new("Id=\"(R[0-9a-f]{16})\"", System.Text.RegularExpressions.RegexOptions.Compiled);
}
