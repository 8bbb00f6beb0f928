using System.Globalization;
using System.Text;

namespace ReportSearch.Analysis.Folding;

/// <summary>
/// Full-width → half-width folding (ＡＢＣ１２３ → ABC123, ideographic space → space), and the other compatibility
/// forms that NFKC maps to ONE character (①→1, compatibility ideographs → unified ones). Mappings to several
/// characters (⑴ → (1), ㎡ → m2) are left out so the folded text keeps the original's offsets.
/// </summary>
public static class WidthFolding
{
    /// <summary>A table of all 65,536 UTF-16 code units: <c>table[c]</c> is c folded (c itself when unchanged).</summary>
    public static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        Span<char> one = stackalloc char[1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c;
            // Unassigned code points (and the noncharacters .NET refuses to normalise) have no mapping.
            if (c < 0x80 || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned) continue;
            one[0] = c;
            if (one.IsNormalized(NormalizationForm.FormKC)) continue;
            var folded = c.ToString().Normalize(NormalizationForm.FormKC);
            if (folded.Length == 1) table[i] = folded[0];
        }
        return table;
    }
}
