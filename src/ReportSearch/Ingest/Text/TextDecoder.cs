using System.Text;
using System.Text.Unicode;

namespace ReportSearch.Ingest.Text;

/// <summary>Text decoded from bytes, with the name of the encoding it was found to be in.</summary>
public sealed record DecodedText(string Text, string Encoding);

/// <summary>
/// Finds out how a text file's bytes are encoded, never assuming: a byte-order mark (UTF-8, UTF-16 LE/BE) decides;
/// without one, bytes that are valid UTF-8 are UTF-8, otherwise bytes that are valid GB18030 (which covers GBK and
/// GB2312) are GB18030. UTF-16 without a mark is recognised by its zero bytes. Anything else is refused.
/// </summary>
public sealed class TextDecoder
{
    public const int Gb18030CodePage = 54936;

    private static readonly Encoding StrictGb18030 = CodePagesEncodingProvider.Instance.GetEncoding(
        Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private static readonly Encoding LenientGb18030 = CodePagesEncodingProvider.Instance.GetEncoding(
        Gb18030CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback)!;

    private static readonly Encoding LenientUtf8 = new UTF8Encoding(false, false);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(false, false, false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(true, false, false);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="FormatException"/> with a one-line reason when they are not text.</summary>
    public DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8)) return new(LenientUtf8.GetString(bytes[3..]), "utf-8");
        if (bytes.StartsWith("\xFF\xFE"u8)) return new(Utf16Le.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith("\xFE\xFF"u8)) return new(Utf16Be.GetString(bytes[2..]), "utf-16be");

        if (bytes.IndexOf((byte)0) >= 0)
        {
            var utf16 = DecodeUnmarkedUtf16(bytes);
            return utf16 ?? throw new FormatException("binary content (contains NUL bytes)");
        }
        if (Utf8.IsValid(bytes)) return new(LenientUtf8.GetString(bytes), "utf-8");
        var gb = TryStrict(StrictGb18030, bytes);
        if (gb is not null) return new(gb, "gb18030");
        // A file cut short in the middle of a character is still the text it was.
        if (bytes.Length > 4 && Utf8.IsValid(bytes[..TrimIncompleteUtf8(bytes)]))
            return new(LenientUtf8.GetString(bytes), "utf-8");
        if (MostlyValid(LenientGb18030.GetString(bytes), out var lenient)) return new(lenient, "gb18030");
        throw new FormatException("not text in any supported encoding (UTF-8, UTF-16, GB18030)");
    }

    /// <summary>Decodes in a declared encoding (an HTML page's charset), checking the bytes really are in it.</summary>
    public DecodedText DecodeDeclared(ReadOnlySpan<byte> bytes, string charset)
    {
        var name = charset.Trim().ToLowerInvariant();
        if (name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "windows-936" or "euc-cn" or "gb_2312-80")
        {
            var gb = TryStrict(StrictGb18030, bytes);
            // Pages that declare GB2312 but were saved as UTF-8 are common enough to check for.
            if (gb is null && Utf8.IsValid(bytes)) return new(LenientUtf8.GetString(bytes), "utf-8");
            return new(gb ?? LenientGb18030.GetString(bytes), "gb18030");
        }
        if (name is "utf-8" or "utf8")
        {
            if (Utf8.IsValid(bytes)) return new(LenientUtf8.GetString(bytes), "utf-8");
            var gb = TryStrict(StrictGb18030, bytes);
            return gb is not null ? new(gb, "gb18030") : new(LenientUtf8.GetString(bytes), "utf-8");
        }
        var other = FindEncoding(name);
        return other is null ? Decode(bytes) : new(other.GetString(bytes), other.WebName);
    }

    private static Encoding? FindEncoding(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>UTF-16 without a byte-order mark: ASCII characters leave zero bytes all on one side.</summary>
    private static DecodedText? DecodeUnmarkedUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        var units = bytes.Length / 2;
        Encoding? encoding = null;
        if (zeroOdd * 10 >= units && zeroEven * 100 <= units) encoding = Utf16Le;
        else if (zeroEven * 10 >= units && zeroOdd * 100 <= units) encoding = Utf16Be;
        if (encoding is null) return null;
        var text = encoding.GetString(bytes);
        foreach (var c in text)
            if (c == '\0') return null;
        return new(text, encoding == Utf16Le ? "utf-16le" : "utf-16be");
    }

    private static int TrimIncompleteUtf8(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = bytes[end - back];
            if ((b & 0xC0) == 0xC0) return end - back; // lead byte of the cut character
            if ((b & 0xC0) != 0x80) break;
        }
        return end;
    }

    // A handful of undecodable bytes in a long GB18030 text is damage, not a different encoding.
    private static bool MostlyValid(string text, out string result)
    {
        result = text;
        var bad = 0;
        foreach (var c in text)
            if (c == '\uFFFD') bad++;
        return text.Length >= 200 && bad * 1000 <= text.Length;
    }
}
