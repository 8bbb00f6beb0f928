using System.Globalization;
using System.Text;

namespace ReportSearch.CorpusGen.Formats;

/// <summary>
/// Writes report text (in the seeds' layout, see <see cref="ReportBlocks"/>) as a government web page the way sites
/// publish it: a script in the head, a navigation menu, a breadcrumb (首页 &gt; 政务公开 &gt; 政府信息公开年报), the
/// 索引号/发布机构/发布日期 box, the report in a content div (paragraphs as &lt;p&gt;, tables as &lt;table&gt;), a share bar,
/// a "打印本页 关闭窗口" bar and a footer with 网站标识码. Readers must find the report among all that.
/// </summary>
public static class HtmlReportWriter
{
    public static void Write(string text, string title, TextWriter output) => Write(text, title, output, "utf-8");

    /// <param name="charset">The charset the page declares (e.g. "gb2312"); encoding the characters is up to the caller.</param>
    public static void Write(string text, string title, TextWriter output, string charset)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(output);
        var site = SiteName(title);
        var year = YearIn(title);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n")
            .Append("<meta charset=\"").Append(Escape(charset)).Append("\">\n")
            .Append("<meta name=\"ArticleTitle\" content=\"").Append(Escape(title)).Append("\">\n")
            .Append("<title>").Append(Escape(title)).Append('_').Append(Escape(site)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/css/style.css\">\n")
            .Append("<style>.content p{text-indent:2em;line-height:2} .xxgk-info td{padding:4px}</style>\n")
            .Append("<script type=\"text/javascript\">var _hmt = _hmt || []; function doZoom(size){document.getElementById('zoom').style.fontSize = size + 'px';}</script>\n")
            .Append("</head>\n<body>\n")
            .Append("<div class=\"top-bar\"><div class=\"wrap\"><span>欢迎访问").Append(Escape(site)).Append("门户网站</span>")
            .Append("<a href=\"/wza/\">无障碍浏览</a> <a href=\"/m/\">移动版</a></div></div>\n")
            .Append("<div class=\"header\"><div class=\"logo\"><img src=\"/images/logo.png\" alt=\"").Append(Escape(site)).Append("\"></div>")
            .Append("<div class=\"search\"><form action=\"/search/\"><input name=\"q\" placeholder=\"请输入关键字\"><button>搜索</button></form></div></div>\n")
            .Append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>")
            .Append("<li><a href=\"/zwdt/\">政务动态</a></li><li><a href=\"/bsfw/\">办事服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li>")
            .Append("<li><a href=\"/zjxq/\">走进").Append(Escape(site)).Append("</a></li></ul></div>\n")
            .Append("<div class=\"main wrap\">\n")
            .Append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; <a href=\"/zwgk/ndbg/\">政府信息公开年报</a></div>\n")
            .Append("<table class=\"xxgk-info\">\n<tr><td>索引号：</td><td>").Append(IndexNumber(title, year)).Append("</td>")
            .Append("<td>发布机构：</td><td>").Append(Escape(site)).Append("</td></tr>\n")
            .Append("<tr><td>主题分类：</td><td>政府信息公开年报</td><td>发布日期：</td><td>").Append(year + 1).Append("-01-20</td></tr>\n</table>\n")
            .Append("<div class=\"article\">\n<h1 class=\"article-title\">").Append(Escape(title)).Append("</h1>\n")
            .Append("<div class=\"article-meta\">发布时间：").Append(year + 1).Append("-01-20 来源：").Append(Escape(site))
            .Append(" 字号：[<a href=\"javascript:doZoom(20)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>]</div>\n")
            .Append("<div id=\"zoom\" class=\"content TRS_Editor\">\n");
        foreach (var block in ReportBlocks.Parse(text))
        {
            if (block is ParagraphBlock p) AppendParagraph(page, p.Text);
            else if (block is TableBlock t) AppendTable(page, t);
        }
        page.Append("</div>\n")
            .Append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> <a href=\"#\">QQ空间</a></div>\n")
            .Append("<div class=\"article-tools\"><a href=\"javascript:window.print()\">打印本页</a> <a href=\"javascript:window.close()\">关闭窗口</a></div>\n")
            .Append("</div>\n</div>\n")
            .Append("<div class=\"footer\"><p>主办单位：").Append(Escape(site)).Append(" 承办：").Append(Escape(site)).Append("办公室</p>")
            .Append("<p>网站标识码：").Append(SiteCode(title)).Append(" ICP备案号：豫ICP备05012345号-1 公网安备 41022302000123号</p></div>\n")
            .Append("<script src=\"/js/stat.js\"></script>\n</body>\n</html>\n");
        output.Write(page.ToString());
    }

    private static void AppendParagraph(StringBuilder page, string text) =>
        page.Append("<p>").Append(text.Trim().Length == 0 ? "&nbsp;" : Escape(text)).Append("</p>\n");

    private static void AppendTable(StringBuilder page, TableBlock table)
    {
        page.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            page.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var span = i == row.Count - 1 && row.Count < table.ColumnCount ? table.ColumnCount - row.Count + 1 : 1;
                page.Append(span > 1 ? $"<td colspan=\"{span}\">" : "<td>");
                if (cell.All(line => line.Trim().Length == 0)) page.Append("&nbsp;");
                else if (cell.Count == 1) page.Append(Escape(cell[0]));
                else foreach (var line in cell) page.Append("<p>").Append(Escape(line)).Append("</p>");
                page.Append("</td>");
            }
            page.Append("</tr>\n");
        }
        page.Append("</tbody>\n</table>\n");
    }

    /// <summary>The issuing body, as the title names it (…人民政府 or …办事处).</summary>
    private static string SiteName(string title)
    {
        foreach (var end in new[] { "人民政府", "办事处" })
        {
            var at = title.IndexOf(end, StringComparison.Ordinal);
            if (at > 0) return title[..(at + end.Length)];
        }
        return "人民政府";
    }

    private static int YearIn(string title)
    {
        for (var i = 0; i + 4 <= title.Length; i++)
            if (int.TryParse(title.AsSpan(i, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
                return year;
        return 2021;
    }

    private static string IndexNumber(string title, int year) =>
        FormattableString.Invariant($"{StableHash(title) % 1_000_000_000:D9}/{year + 1}-{StableHash(title + "#") % 100_000:D5}");

    private static string SiteCode(string title) => FormattableString.Invariant($"{4100000000L + StableHash(title) % 99_999_999L}");

    // string.GetHashCode differs between runs; pages must come out the same every time.
    private static long StableHash(string text)
    {
        ulong hash = 1469598103934665603;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211;
        }
        return (long)(hash & long.MaxValue);
    }

    private static string Escape(string text)
    {
        var needs = text.AsSpan().IndexOfAny("&<>\"") >= 0;
        if (!needs) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }
}
