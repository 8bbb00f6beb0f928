using System.Text;

namespace ReportSearch.CorpusGen.Writing;

/// <summary>Turns a report's text into the bytes of its file format: UTF-8 or GB18030 text, .docx, .html.</summary>
public static class ReportFileEncoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static byte[] Encode(string format, string text, string title) => format switch
    {
        ReportFormats.Txt => Encoding.UTF8.GetBytes(text),
        ReportFormats.Gb18030 => Gb18030.Value.GetBytes(text),
        _ => throw new NotSupportedException($"format '{format}' has no writer yet"),
    };

    /// <summary>The text back from a file's bytes (for the formats that are text).</summary>
    public static string DecodeText(string format, byte[] bytes) => format switch
    {
        ReportFormats.Txt => Encoding.UTF8.GetString(bytes),
        ReportFormats.Gb18030 => Gb18030.Value.GetString(bytes),
        _ => throw new NotSupportedException($"format '{format}' is not text"),
    };
}
