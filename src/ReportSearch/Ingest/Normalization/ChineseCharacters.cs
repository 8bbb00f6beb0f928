namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// Which characters count as Chinese for spacing purposes (ideographs and the full-width punctuation written with
/// them), and which count as spaces. Shared by the space and punctuation steps so both draw the line in one place.
/// </summary>
public static class ChineseCharacters
{
    /// <summary>Space characters that the space step turns into ' ' (besides ' ' itself).</summary>
    public static bool IsSpace(char c) =>
        c == ' ' || c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';

    /// <summary>
    /// An ideograph, kana, or a punctuation mark or symbol that Chinese text sets at full width: 。，、“”《》（）①⑴ and the like.
    /// A low surrogate is judged by its high surrogate; pairs in planes 2 and 3 are ideographs.
    /// </summary>
    public static bool IsCjk(char c) => c switch
    {
        '\u3000' => false, // the ideographic space is a space, not a character
        >= '\u2E80' and <= '\u2FFF' => true,   // radicals, ideographic description
        >= '\u3001' and <= '\u33FF' => true,   // CJK symbols and punctuation, kana, bopomofo, enclosed CJK, compatibility
        >= '\u3400' and <= '\u4DBF' => true,   // extension A
        >= '\u4E00' and <= '\u9FFF' => true,   // unified ideographs
        >= '\uF900' and <= '\uFAFF' => true,   // compatibility ideographs
        >= '\uFE10' and <= '\uFE1F' => true,   // vertical forms
        >= '\uFE30' and <= '\uFE4F' => true,   // compatibility forms
        >= '\uFF01' and <= '\uFFEF' => true,   // full-width and half-width forms
        >= '\u2460' and <= '\u2487' => true,   // ①⑴ enclosed numbers (⒈ to ⒛ become "1." to "20.": not CJK)
        >= '\u249C' and <= '\u24FF' => true,   // ⒜ⓐ enclosed letters
        >= '\u2160' and <= '\u217F' => true,   // Ⅰ Ⅱ Roman numerals as set in Chinese text
        '\u2014' or '\u2015' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u00B7' => true,
        >= '\uD840' and <= '\uD8BF' => true,   // high surrogates of planes 2 and 3 (extensions B to H)
        _ => false,
    };

    /// <summary>Whether the text ending at <paramref name="end"/> (exclusive) ends with a CJK character.</summary>
    public static bool EndsWithCjk(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0) return false;
        var c = text[end - 1];
        if (char.IsLowSurrogate(c)) return end >= 2 && char.IsHighSurrogate(text[end - 2]) && IsCjk(text[end - 2]);
        return IsCjk(c);
    }

    /// <summary>Whether the character at <paramref name="index"/> starts a CJK character.</summary>
    public static bool StartsWithCjk(ReadOnlySpan<char> text, int index) => index < text.Length && IsCjk(text[index]);
}
