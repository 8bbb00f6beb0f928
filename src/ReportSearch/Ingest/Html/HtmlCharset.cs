using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingest.Html;

/// <summary>
/// The character set an HTML page declares in its first bytes: <c>&lt;meta charset="gb2312"&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=gbk"&gt;</c>. Null when it declares none.
/// </summary>
public static partial class HtmlCharset
{
    private const int ScanBytes = 4096;

    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        // Markup before the charset is ASCII in every encoding a page may declare, so Latin-1 reads it safely.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, ScanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<name>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
