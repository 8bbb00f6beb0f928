namespace ReportSearch.Analysis;

/// <summary>
/// The first step of the chain: cuts folded text into runs of Chinese characters and runs of letters/digits, and
/// drops everything else (punctuation, spaces, symbols). Terms are built only from letters, digits and ideographs,
/// which is what SQLite FTS5's unicode61 tokenizer treats as token characters: it re-splits the space-joined
/// columns exactly at the spaces.
/// </summary>
internal static class ScriptRunTokenizer
{
    /// <summary>The runs of <paramref name="folded"/>, in order.</summary>
    public static List<ScriptRun> Split(string folded)
    {
        var runs = new List<ScriptRun>(folded.Length / 8 + 4);
        var i = 0;
        while (i < folded.Length)
        {
            var kind = KindAt(folded, i, out var length);
            if (kind is null)
            {
                i += length;
                continue;
            }
            var start = i;
            i += length;
            while (i < folded.Length && KindAt(folded, i, out length) == kind) i += length;
            runs.Add(new ScriptRun(start, i, kind.Value));
        }
        return runs;
    }

    private static ScriptRunKind? KindAt(string text, int index, out int length)
    {
        var c = text[index];
        length = 1;
        if (c < 0x80) return char.IsAsciiLetterOrDigit(c) ? ScriptRunKind.Alphanumeric : null;
        if (c is >= '\u4E00' and <= '\u9FFF') return ScriptRunKind.Cjk; // the common case, without decoding
        if (CjkCharacters.IsCjkAt(text, index, out length)) return ScriptRunKind.Cjk;
        if (length == 2)
            return char.IsLetterOrDigit(text, index) ? ScriptRunKind.Alphanumeric : null;
        // Letters and decimal digits only: No/Nl (①, Ⅻ) that folding left alone, and marks, are separators.
        return char.IsLetter(c) || char.IsDigit(c) ? ScriptRunKind.Alphanumeric : null;
    }
}
