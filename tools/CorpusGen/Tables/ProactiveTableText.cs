using System.Text;
using ReportSearch.CorpusGen.Planning;

namespace ReportSearch.CorpusGen.Tables;

/// <summary>Table 二 (主动公开政府信息情况) of either edition as text: 第二十条 items, their header words, their rows.</summary>
public static class ProactiveTableText
{
    public static void Write(StringBuilder text, TableValues values, TableLayout layout, CellDecor decor)
    {
        var rows = new TableRows(text, layout);
        var width = 4; // label + up to three values, for padding tab rows as seed 004 does
        foreach (var item in TemplateSchema.ProactiveRows(values.Edition).GroupBy(r => r.Item))
        {
            var first = item.First();
            rows.Row(Pad(layout, [item.Key], width));
            var headers = first.Columns.Select(c => c.Column == "amount_wan" && first.Key == "procurement" ? decor.ProcurementHeader : c.Header);
            rows.Row(Pad(layout, ["信息内容", .. headers.Select(h => rows.Header(decor, h))], width));
            foreach (var row in item)
            {
                var cells = new List<string> { row.Label };
                var column = 0;
                foreach (var c in row.Columns) cells.Add(decor.Value(values[$"art20.{row.Key}.{c.Column}"], column++));
                if (values.ExtraCellRow == $"art20.{row.Key}") cells.Add(decor.Value(0, column));
                rows.Row(Pad(layout, cells, width));
            }
        }
    }

    private static List<string> Pad(TableLayout layout, List<string> cells, int width)
    {
        if (layout == TableLayout.TabRows) while (cells.Count < width) cells.Add("");
        return cells;
    }
}
