using System.Text;

namespace ReportSearch.Extraction.Tables;

/// <summary>
/// Groups a table's cells into rows: the text cells since the last number form a label, and the numbers that
/// follow it are that row's values. Works for every layout because it only needs the cells' order.
/// </summary>
public sealed class RowReader
{
    public IReadOnlyList<TableRow> Read(string text, IReadOnlyList<CellToken> cells, RowLabels labels)
    {
        var rows = new List<TableRow>();
        var label = new StringBuilder();
        int labelStart = 0;
        int i = 0;
        while (i < cells.Count)
        {
            var cell = cells[i];
            if (!cell.IsNumber)
            {
                // The quote starts at the cell nearest the numbers: earlier cells may be column headers.
                labelStart = cell.Start;
                label.Append(text, cell.Start, cell.End - cell.Start);
                i++;
                continue;
            }
            var values = new List<CellToken>();
            while (i < cells.Count && cells[i].IsNumber) values.Add(cells[i++]);
            var rowKey = label.Length > 0 ? labels.Match(label.ToString()) : null;
            if (rowKey is not null) rows.Add(new TableRow(rowKey, labelStart, values));
            label.Clear();
        }
        return rows;
    }
}
