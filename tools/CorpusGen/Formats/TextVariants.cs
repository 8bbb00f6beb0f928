using System.Text;

namespace ReportSearch.CorpusGen.Formats;

/// <summary>
/// The same report text as real sites publish it: in GB18030 or UTF-16 bytes, with or without a byte-order mark, and
/// with the ASCII punctuation that pages typed on Western keyboards mix in.
/// </summary>
public static class TextVariants
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    public static byte[] Utf8Bytes(string text, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    public static byte[] Gb18030Bytes(string text) => Gb18030.GetBytes(text);

    /// <summary>UTF-16 with its byte-order mark, little-endian unless asked otherwise.</summary>
    public static byte[] Utf16Bytes(string text, bool bigEndian = false)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    /// <summary>Full-width ，；：（）！？ become their ASCII forms.</summary>
    public static string AsciiPunctuation(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = source[i] switch
            {
                '，' => ',',
                '；' => ';',
                '：' => ':',
                '（' => '(',
                '）' => ')',
                '！' => '!',
                '？' => '?',
                var c => c,
            };
    });
}
