using System.Text;

namespace ReportSearch.Query;

/// <summary>What a character is to the search: Chinese (searched by bigrams), a letter or digit (searched by words), or neither.</summary>
internal enum CharKind
{
    Chinese,
    LetterOrDigit,
    Other,
}

/// <summary>
/// Sorts characters into <see cref="CharKind"/>s. Chinese means the Han ideographs (all CJK Unified Ideographs blocks,
/// the compatibility ideographs) and 〇, as the analyzer cuts bigrams from exactly these.
/// </summary>
internal static class CharKinds
{
    public static CharKind Of(Rune rune)
    {
        if (IsChinese(rune.Value)) return CharKind.Chinese;
        return Rune.IsLetterOrDigit(rune) ? CharKind.LetterOrDigit : CharKind.Other;
    }

    /// <summary>True when <paramref name="text"/> holds something searchable: a letter, a digit or a Chinese character.</summary>
    public static bool HasSearchable(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (Of(rune) != CharKind.Other) return true;
        return false;
    }

    private static bool IsChinese(int c) =>
        c is >= 0x4E00 and <= 0x9FFF          // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF        // Extension A
            or >= 0xF900 and <= 0xFAFF        // compatibility ideographs
            or 0x3007                         // 〇, the zero of 二〇二一年
            or >= 0x20000 and <= 0x323AF      // Extensions B–H
            or >= 0x2F800 and <= 0x2FA1F;     // compatibility ideographs supplement
}
