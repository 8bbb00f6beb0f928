using System.Globalization;

namespace ReportSearch.Extraction.Tables;

/// <summary>
/// Reads a table region as the flat sequence of its non-empty cells, whatever the layout: one cell per line
/// (the seeds' converter output), tab-separated rows (seed 004), or header cells wrapped over several lines.
/// Tables are then understood by their row labels, so the layout never needs to be known.
/// </summary>
public sealed class CellTokenizer
{
    public IReadOnlyList<CellToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<CellToken>();
        int i = start;
        while (i < end)
        {
            int cellStart = i;
            while (i < end && text[i] != '\n' && text[i] != '\t') i++;
            AddCell(tokens, text, cellStart, i);
            i++;
        }
        return tokens;
    }

    private static void AddCell(List<CellToken> tokens, string text, int start, int end)
    {
        while (start < end && IsBlank(text[start])) start++;
        while (end > start && IsBlank(text[end - 1])) end--;
        if (end <= start) return;
        tokens.Add(new CellToken(start, end, ParseNumber(text.AsSpan(start, end - start))));
    }

    private static bool IsBlank(char c) => c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\r';

    /// <summary>A cell holding only a number (sign and decimals allowed; full-width minus and dash accepted).</summary>
    internal static double? ParseNumber(ReadOnlySpan<char> cell)
    {
        if (cell.Length == 0 || cell.Length > 24) return null;
        Span<char> buffer = stackalloc char[cell.Length];
        int n = 0;
        for (int k = 0; k < cell.Length; k++)
        {
            char c = cell[k];
            if (c is >= '0' and <= '9' or '.') buffer[n++] = c;
            else if (c is '-' or '－' or '−' && n == 0) buffer[n++] = '-';
            else if (c is '+' && n == 0) continue;
            else if (c is ',' && n > 0) continue; // thousands separator
            else return null;
        }
        if (n == 0 || buffer[n - 1] == '-') return null;
        return double.TryParse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
