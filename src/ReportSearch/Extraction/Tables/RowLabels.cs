namespace ReportSearch.Extraction.Tables;

/// <summary>
/// The words that name each row of a standard table. A row is recognised by the label words nearest to its
/// numbers: the run of text cells before the numbers may also hold column headers, so the keyword that ends
/// last wins (ties go to the longer keyword).
/// </summary>
public sealed class RowLabels
{
    private readonly (string Keyword, string RowKey)[] _keywords;

    public RowLabels(IEnumerable<(string Keyword, string RowKey)> keywords) => _keywords = keywords.ToArray();

    /// <summary>The row named by <paramref name="label"/>, or null when none of the keywords occurs.</summary>
    public string? Match(string label)
    {
        label = WithoutNotes(label);
        string? best = null;
        int bestEnd = -1, bestLength = 0;
        foreach (var (keyword, rowKey) in _keywords)
        {
            int at = label.LastIndexOf(keyword, StringComparison.Ordinal);
            if (at < 0) continue;
            int end = at + keyword.Length;
            if (end > bestEnd || (end == bestEnd && keyword.Length > bestLength))
            {
                best = rowKey;
                bestEnd = end;
                bestLength = keyword.Length;
            }
        }
        return best;
    }

    // Parenthesised notes (（区分处理的，只计这一情形，不计其他情形）, （单位：万元）) name no row but may hold row words;
    // short ones such as （一） are numbering and stay.
    private static string WithoutNotes(string label)
    {
        if (label.IndexOfAny(['（', '(']) < 0) return label;
        var kept = new System.Text.StringBuilder(label.Length);
        int i = 0;
        while (i < label.Length)
        {
            int close = label[i] is '（' or '(' ? label.IndexOfAny(['）', ')'], i + 1) : -1;
            if (close > i + 4) { i = close + 1; continue; }
            kept.Append(label[i++]);
        }
        return kept.ToString();
    }
}
