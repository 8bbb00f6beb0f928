using System.Text;

namespace ReportSearch.Analysis.Folding;

/// <summary>
/// Traditional → simplified folding (政務公開 → 政务公开) as a char → char table read once from ICU's
/// "Traditional-Simplified" transliterator: transliterating text is slow, a table lookup is not. Only one-to-one
/// mappings are kept (all of the BMP's are, in ICU 72), so offsets stay valid.
/// </summary>
public static class TraditionalToSimplifiedFolding
{
    /// <summary>The ICU transliterator this table is read from.</summary>
    public const string TransliteratorId = "Traditional-Simplified";

    /// <summary>A table of all 65,536 UTF-16 code units: <c>table[c]</c> is c simplified (c itself when unchanged).</summary>
    public static char[] BuildTable()
    {
        IcuLibrary.EnsureLoaded();
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++) table[i] = (char)i;

        var ideographs = new List<char>();
        for (var i = 0; i <= char.MaxValue; i++)
            if (CjkCharacters.IsCjk(i)) ideographs.Add((char)i);

        // One call over all ideographs, one per line, is ~50 ms; a call per character would be far slower.
        var lines = new StringBuilder(ideographs.Count * 2);
        foreach (var c in ideographs) lines.Append(c).Append('\n');
        using var transliterator = Icu.Transliterator.CreateInstance(TransliteratorId);
        var results = transliterator.Transliterate(lines.ToString()).Split('\n');
        var aligned = results.Length == ideographs.Count + 1;
        for (var k = 0; k < ideographs.Count; k++)
        {
            var simplified = aligned ? results[k] : transliterator.Transliterate(ideographs[k].ToString());
            if (simplified.Length == 1) table[ideographs[k]] = simplified[0];
        }
        return table;
    }

    /// <summary>ICU's own transliteration of a text, to check the table against (slow: tests only).</summary>
    public static string TransliterateWithIcu(string text)
    {
        IcuLibrary.EnsureLoaded();
        using var transliterator = Icu.Transliterator.CreateInstance(TransliteratorId);
        return transliterator.Transliterate(text);
    }
}
