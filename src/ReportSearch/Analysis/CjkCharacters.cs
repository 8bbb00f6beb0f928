using System.Text;

namespace ReportSearch.Analysis;

/// <summary>
/// Which characters count as Chinese for segmentation and bigrams: the Han ideographs (every CJK Unified Ideographs
/// block, including the supplementary-plane extensions, and the compatibility ideographs) and 〇, the ideographic zero
/// of dates such as 二〇二一年.
/// </summary>
public static class CjkCharacters
{
    /// <summary>True for a Chinese character (a code point, so supplementary ideographs count too).</summary>
    public static bool IsCjk(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF        // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF              // Extension A
            or >= 0xF900 and <= 0xFAFF              // Compatibility Ideographs
            or 0x3007                               // 〇
            or >= 0x20000 and <= 0x323AF            // Extensions B–H
            or >= 0x2F800 and <= 0x2FA1F;           // Compatibility Ideographs Supplement

    /// <summary>True when the code point starting at <paramref name="index"/> is Chinese; sets its UTF-16 length.</summary>
    public static bool IsCjkAt(string text, int index, out int length)
    {
        // A lone surrogate decodes as U+FFFD with length 1: broken text is skipped, never thrown on.
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out length);
        return IsCjk(rune.Value);
    }

    /// <summary>True when every character of <paramref name="text"/> is Chinese (and there is at least one).</summary>
    public static bool AreAllCjk(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (var rune in text.EnumerateRunes())
            if (!IsCjk(rune.Value)) return false;
        return true;
    }

    /// <summary>How many code points <paramref name="text"/> holds (a supplementary ideograph is one).</summary>
    public static int CountCodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes()) count++;
        return count;
    }
}
