using System.Text;

namespace ReportSearch.Query;

/// <summary>How many terminal columns text takes: East Asian wide and full-width characters take two.</summary>
internal static class TerminalWidth
{
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Of(rune);
        return width;
    }

    private static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark)
            return 0;
        return IsWide(rune.Value) ? 2 : 1;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F              // Hangul Jamo
            or >= 0x2E80 and <= 0x303E            // CJK radicals, punctuation
            or >= 0x3041 and <= 0x33FF            // kana, CJK compatibility
            or >= 0x3400 and <= 0x4DBF            // Extension A
            or >= 0x4E00 and <= 0x9FFF            // CJK Unified Ideographs
            or >= 0xA000 and <= 0xA4CF            // Yi
            or >= 0xAC00 and <= 0xD7A3            // Hangul syllables
            or >= 0xF900 and <= 0xFAFF            // compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F            // CJK compatibility forms
            or >= 0xFF00 and <= 0xFF60            // full-width forms
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;         // supplementary ideographs
}
