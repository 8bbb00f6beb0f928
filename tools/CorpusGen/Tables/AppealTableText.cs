using System.Text;
using ReportSearch.CorpusGen.Planning;

namespace ReportSearch.CorpusGen.Tables;

/// <summary>Table 四 (政府信息公开行政复议、行政诉讼情况) as text: two header rows of merged cells and one row of fifteen numbers.</summary>
public static class AppealTableText
{
    public static void Write(StringBuilder text, TableValues values, TableLayout layout, CellDecor decor)
    {
        var rows = new TableRows(text, layout);
        var heads = TemplateSchema.AppealColumns.Select(c => rows.Header(decor, c.Header)).ToList();
        if (layout == TableLayout.TabRows)
        {
            rows.Row(["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""]);
            rows.Row([.. heads, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]);
            rows.Row(["", "", "", "", "", .. heads, .. heads]);
        }
        else
        {
            rows.Row("行政复议", "行政诉讼");
            rows.Row([.. heads, "未经复议直接起诉", "复议后起诉"]);
            rows.Row(["", "", "", "", "", .. heads, .. heads]);
        }
        var cells = new List<string>();
        var column = 0;
        foreach (var g in TemplateSchema.AppealGroups)
            foreach (var c in TemplateSchema.AppealColumns)
                cells.Add(decor.Value(values[$"appeals.{g}.{c.Key}"], column++));
        if (values.ExtraCellRow == "appeals") cells.Add(decor.Value(0, column));
        rows.Row(cells);
    }
}
