using System.Text;
using ReportSearch.CorpusGen.Planning;

namespace ReportSearch.CorpusGen.Tables;

/// <summary>
/// Writes table rows in a report's layout: one cell per tab-indented line with a blank line after each row
/// (how the seeds' converters flatten Word tables), or one tab-separated line per row.
/// </summary>
public sealed class TableRows(StringBuilder text, TableLayout layout)
{
    public void Row(params string[] cells) => Row((IEnumerable<string>)cells);

    public void Row(IEnumerable<string> cells)
    {
        if (layout == TableLayout.TabRows)
        {
            text.Append(string.Join('\t', cells)).Append('\n');
            return;
        }
        foreach (var cell in cells) text.Append('\t').Append(cell).Append('\n');
        text.Append('\n');
    }

    /// <summary>In tab layout a header cell's line breaks would split the row, so they are removed there.</summary>
    public string Header(CellDecor decor, string words) => layout == TableLayout.TabRows ? words : decor.Header(words);

    public TableLayout Layout => layout;
}
