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

    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16LeMark => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16BeMark => [0xFE, 0xFF];

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="FormatException"/> with a one-line reason when they are not text.</summary>
    public DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Mark)) return new(LenientUtf8.GetString(bytes[3..]), "utf-8");
        if (bytes.StartsWith(Utf16LeMark)) return new(Utf16Le.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith(Utf16BeMark)) return new(Utf16Be.GetString(bytes[2..]), "utf-16be");

        if (bytes.IndexOf((byte)0) >= 0)
        {
            var utf16 = DecodeUnmarkedUtf16(bytes);
            return utf16 ?? throw new FormatException("binary content (contains NUL bytes)");
        }
        if (Utf8.IsValid(bytes)) return new(LenientUtf8.GetString(bytes), "utf-8");
        var gb = TryStrict(StrictGb18030, bytes);
        if (gb is not null) return new(gb, "gb18030");
        // A file cut short in the middle of a character is still the text it was.
        var complete = TrimIncompleteUtf8(bytes);
        if (complete < bytes.Length && complete > 0 && Utf8.IsValid(bytes[..complete]))
            return new(LenientUtf8.GetString(bytes[..complete]), "utf-8");
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

    /// <summary>
    /// UTF-16 without a byte-order mark: ASCII characters (newlines, digits) leave their zero bytes all on one side,
    /// while Chinese characters rarely have a zero byte. The decoded text must then look like text.
    /// </summary>
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
        if (zeroOdd * 20 >= units && zeroEven * 3 <= zeroOdd) encoding = Utf16Le;
        else if (zeroEven * 20 >= units && zeroOdd * 3 <= zeroEven) encoding = Utf16Be;
        if (encoding is null) return null;
        var text = encoding.GetString(bytes);
        if (!LooksLikeText(text)) return null;
        return new(text, encoding == Utf16Le ? "utf-16le" : "utf-16be");
    }

    /// <summary>Nearly all characters are printable ASCII, white space, or CJK characters and punctuation.</summary>
    private static bool LooksLikeText(string text)
    {
        var plausible = 0;
        foreach (var c in text)
            if (c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or (>= '\u3000' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFFEF')
                or (>= '\u2000' and <= '\u206F') or '\u00A0')
                plausible++;
        return plausible * 100 >= text.Length * 95;
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
