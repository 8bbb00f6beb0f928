using System.Text;
using ReportSearch.CorpusGen.Formats;
using ReportSearch.Ingest;

namespace ReportSearch.Tests.Ingest;

public class HtmlReadingTests
{
    private readonly ReportFileReader _reader = new();

    private static IEnumerable<string> Seeds() => SeedTexts.Names;

    /// <summary>The title a site would give the page: the seed's opening lines up to the one that ends in 报告.</summary>
    private static string TitleOf(string seed)
    {
        var title = new StringBuilder();
        foreach (var line in seed.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            title.Append(line);
            if (line.EndsWith("报告", StringComparison.Ordinal)) break;
        }
        return title.ToString();
    }

    private static string Page(string seed, string charset = "utf-8")
    {
        var page = new StringWriter();
        HtmlReportWriter.Write(seed, TitleOf(seed), page, charset);
        return page.ToString();
    }

    [TestCaseSource(nameof(Seeds))]
    public void A_seed_published_as_a_web_page_reads_back_without_the_page_chrome(string name)
    {
        var seed = SeedTexts.Read(name);
        var page = Page(seed);
        Assert.That(page, Does.Contain("索引号").And.Contain("首页").And.Contain("网站标识码").And.Contain("<script"),
            "the page carries the chrome the reader must drop");

        var read = _reader.Read(Path.ChangeExtension(name, ".html"), Encoding.UTF8.GetBytes(page));

        Assert.That(read.Format, Is.EqualTo("html"));
        Assert.That(read.Encoding, Is.EqualTo("utf-8"));
        Assert.That(read.Raw, Does.Not.Contain("索引号").And.Not.Contain("首页").And.Not.Contain("网站标识码")
            .And.Not.Contain("打印本页").And.Not.Contain("分享到").And.Not.Contain("doZoom").And.Not.Contain("搜索"));
        Assert.That(SeedTexts.Pieces(read.Raw), Is.EqualTo(SeedTexts.Pieces(SeedTexts.AsReadBack(seed))));
    }

    [TestCaseSource(nameof(Seeds))]
    public void A_gb2312_page_is_decoded_as_gb18030(string name)
    {
        var seed = SeedTexts.Read(name);
        var read = _reader.Read("page.htm", TextVariants.Gb18030Bytes(Page(seed, "gb2312")));
        Assert.That(read.Encoding, Is.EqualTo("gb18030"));
        Assert.That(SeedTexts.Pieces(read.Raw), Is.EqualTo(SeedTexts.Pieces(SeedTexts.AsReadBack(seed))));
    }

    [Test]
    public void Tables_read_one_cell_per_line_with_an_empty_line_after_each_row()
    {
        const string page = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>年报</title></head>
            <body><div class="article-content">
            <p>二、主动公开政府信息情况</p>
            <table><tr><td colspan="4">第二十条第（一）项</td></tr>
            <tr><td>信息内容</td><td>本年制发件数</td><td><p>本年</p><p>废止件数</p></td><td>&nbsp;</td></tr></table>
            <p>三、收到和处理政府信息公开申请情况<br>（本列数据的勾稽关系）</p>
            </div></body></html>
            """;
        var read = _reader.Read("t.html", Encoding.UTF8.GetBytes(page));
        Assert.That(read.Raw, Is.EqualTo(
            "二、主动公开政府信息情况\n" +
            "\t第二十条第（一）项\n\n" +
            "\t信息内容\n\t本年制发件数\n\t本年\n废止件数\n\t\u00A0\n\n" +
            "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系）\n"));
    }

    [Test]
    public void Without_named_content_the_block_with_the_most_chinese_text_is_the_report()
    {
        const string page = """
            <html><body>
            <div><a href="/">网站首页</a> <a href="/a">机构概况</a> <a href="/b">政策文件</a> <a href="/c">联系我们</a></div>
            <div>
              <div><p>一、总体情况</p><p>2021年，我镇严格按照条例规定的范围主动公开政府信息，累计公开各类信息396条。</p>
              <p>二、存在的主要问题及改进情况</p><p>一是人员不足，二是公开不及时，下一步将加强培训。</p></div>
              <div><ul><li>相关链接：县政府</li></ul></div>
            </div>
            <div>Copyright 2022</div>
            </body></html>
            """;
        var read = _reader.Read("plain.htm", Encoding.UTF8.GetBytes(page));
        Assert.That(read.Raw, Does.StartWith("一、总体情况\n2021年，我镇严格按照"));
        Assert.That(read.Raw, Does.Contain("下一步将加强培训。"));
        Assert.That(read.Raw, Does.Not.Contain("机构概况").And.Not.Contain("相关链接").And.Not.Contain("Copyright"));
    }

    [Test]
    public void The_title_shown_above_the_content_becomes_the_first_line()
    {
        const string page = """
            <html><head><title>张市镇2021年政府信息公开工作年度报告_尉氏县人民政府</title></head><body>
            <div class="header"><h1>尉氏县人民政府</h1></div>
            <div class="article">
            <div class="title">张市镇2021年政府信息公开工作年度报告</div>
            <div class="TRS_Editor"><p>一、总体情况</p>
            <p>2021年，按照《国务院办公厅关于印发2021年政务公开要点的通知》有关工作要求，我镇的政府信息与政务公开工作在镇党委、政府的正确领导下，紧紧围绕增强工作的透明度，加强民主监督，取得了明显的效果。</p>
            <p>（一）主动公开情况。2021年张市镇主动公开政府信息2100多条。</p></div>
            </div></body></html>
            """;
        var read = _reader.Read("titled.html", Encoding.UTF8.GetBytes(page));
        var lines = read.Raw.Split('\n');
        Assert.That(lines[0], Is.EqualTo("张市镇2021年政府信息公开工作年度报告"));
        Assert.That(lines[1], Is.EqualTo("一、总体情况"));
        Assert.That(lines[2], Does.StartWith("2021年，按照"));
        Assert.That(read.Raw, Does.Not.Contain("尉氏县人民政府"));
    }

    [Test]
    public void A_page_wrapped_in_one_form_keeps_its_report()
    {
        const string page = """
            <html><body><form id="form1" method="post" action="./view.aspx">
            <div class="position">您的位置：首页 &gt; 信息公开 &gt; 年度报告</div>
            <div id="zoom"><p>一、总体情况</p><p>本报告由会发镇人民政府编制，全年无信息公开申请。</p></div>
            <div class="bottom">主办单位：方正县人民政府 网站标识码：2301240001</div>
            </form></body></html>
            """;
        var read = _reader.Read("form.aspx", Encoding.UTF8.GetBytes(page));
        Assert.That(read.Format, Is.EqualTo("html"));
        Assert.That(read.Raw, Is.EqualTo("一、总体情况\n本报告由会发镇人民政府编制，全年无信息公开申请。\n"));
    }

    [Test]
    public void A_page_saved_under_a_doc_name_is_read_as_html()
    {
        var seed = SeedTexts.Read("002_f66fc89e634cbc5e.txt");
        var read = _reader.Read("report.doc", Encoding.UTF8.GetBytes(Page(seed)));
        Assert.That(read.Format, Is.EqualTo("html"));
        Assert.That(read.Raw, Does.Contain("小孟镇"));
    }
}
