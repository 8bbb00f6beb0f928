using System.Text;
using ReportSearch.CorpusGen.Planning;

namespace ReportSearch.CorpusGen.Tables;

/// <summary>Table 三 (收到和处理政府信息公开申请情况) as text: its three header rows and its rows with their labels.</summary>
public static class RequestTableText
{
    private const string Check = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public static void Write(StringBuilder text, TableValues values, TableLayout layout, CellDecor decor)
    {
        var rows = new TableRows(text, layout);
        var h = (string w) => rows.Header(decor, w);
        if (layout == TableLayout.TabRows)
        {
            rows.Row(Check, "", "", "申请人情况", "", "", "", "", "", "");
            rows.Row("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计");
            rows.Row("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
        }
        else
        {
            rows.Row(Check, "申请人情况");
            rows.Row("", "自然人", "法人或其他组织", "总计");
            rows.Row("", "", h("商业企业"), h("科研机构"), h("社会公益组织"), h("法律服务机构"), "其他", "");
        }

        foreach (var row in TemplateSchema.RequestRows(values.Edition))
        {
            var labels = Labels(row);
            if (layout == TableLayout.TabRows) while (labels.Count < 3) labels.Add("");
            var cells = labels;
            var column = 0;
            foreach (var c in TemplateSchema.RequestColumns) cells.Add(decor.Value(values[$"requests.{row.Key}.{c.Key}"], column++));
            if (values.ExtraCellRow == $"requests.{row.Key}") cells.Add(decor.Value(0, column));
            rows.Row(cells);
        }
    }

    /// <summary>The label cells before a row's numbers: empty where a merged cell above spans them.</summary>
    private static List<string> Labels(RequestRow row)
    {
        if (!row.Key.StartsWith("result.", StringComparison.Ordinal)) return [row.Label];
        var first = row.TopLabel ?? "";
        var nested = row.Key.Count(ch => ch == '.') == 2; // result.withheld.state_secret sits under （三）不予公开
        return nested ? [first, row.GroupLabel ?? "", row.Label] : [first, row.Label];
    }
}
