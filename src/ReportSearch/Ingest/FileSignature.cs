namespace ReportSearch.Ingest;

/// <summary>What a file's first bytes say it is, whatever its name says.</summary>
public enum ContentKind
{
    /// <summary>Nothing recognisable: plain text, or binary that decoding will reject.</summary>
    Other,
    /// <summary>A zip package (PK\x03\x04): .docx and the other Office Open XML formats.</summary>
    Zip,
    /// <summary>%PDF-</summary>
    Pdf,
    /// <summary>An OLE compound file: legacy .doc/.xls/.wps, or an encrypted .docx.</summary>
    OleCompound,
    /// <summary>{\rtf</summary>
    Rtf,
    /// <summary>Markup that opens like an HTML page.</summary>
    Html,
}

/// <summary>Recognises the formats a report folder holds from their first bytes (magic numbers and an HTML opening).</summary>
public static class FileSignature
{
    private static ReadOnlySpan<byte> Ole => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    public static ContentKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8)) return ContentKind.Zip;
        if (bytes.StartsWith(Ole)) return ContentKind.OleCompound;
        var start = SkipBomAndWhitespace(bytes);
        var head = bytes[start..Math.Min(bytes.Length, start + 2048)];
        if (head.StartsWith("%PDF-"u8)) return ContentKind.Pdf;
        if (head.StartsWith("{\\rtf"u8)) return ContentKind.Rtf;
        if (head.Length > 0 && head[0] == (byte)'<' && LooksLikeHtml(head)) return ContentKind.Html;
        return ContentKind.Other;
    }

    private static int SkipBomAndWhitespace(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.StartsWith(Utf8Mark) ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        Span<byte> lower = stackalloc byte[head.Length];
        for (var i = 0; i < head.Length; i++)
            lower[i] = head[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(head[i] + 32) : head[i];
        return lower.IndexOf("<!doctype html"u8) >= 0 || lower.IndexOf("<html"u8) >= 0 ||
               lower.IndexOf("<head"u8) >= 0 || lower.IndexOf("<body"u8) >= 0 || lower.IndexOf("<meta"u8) >= 0;
    }
}
