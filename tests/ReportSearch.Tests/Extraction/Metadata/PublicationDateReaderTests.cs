using System.Text.Json;
using ReportSearch.Extraction.Metadata;

namespace ReportSearch.Tests.Extraction.Metadata;

/// <summary>The publication date: a labelled one, or the date line under the signature; nothing from prose.</summary>
public class PublicationDateReaderTests
{
    private static readonly PublicationDateReader Reader = new();

    private static IEnumerable<string> Seeds() => SeedFiles.Reports.Select(Path.GetFileName)!;

    [TestCaseSource(nameof(Seeds))]
    public void Seed_publication_date_is_the_hand_checked_one(string file)
    {
        var expected = SeedFiles.Expected().GetProperty(file);
        var date = expected.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        Assert.That(Reader.Read(File.ReadAllText(SeedFiles.PathOf(file))), Is.EqualTo(date));
    }

    private const string Report = "张市镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我镇主动公开政府信息2100多条。\n六、其他需要报告的事项\n无\n";

    [TestCase("索引号：11410223MB1530588L/2022-00003\n发布机构：尉氏县张市镇人民政府\n发布日期：2022-01-20\n" + Report, "2022-01-20")]
    [TestCase("发布时间：2022-1-5 10:30:12\n" + Report, "2022-01-05")]
    [TestCase("发布日期: 2022/01/20\n" + Report, "2022-01-20")]
    [TestCase("公开日期：2022年01月20日\n" + Report, "2022-01-20")]
    [TestCase("成文日期：2022年01月18日\n" + Report, "2022-01-18")]
    [TestCase("成文日期：2022年01月18日\n发布日期：2022年01月20日\n" + Report, "2022-01-20")]
    public void A_labelled_date_is_read(string text, string date)
    {
        Assert.That(Reader.Read(text), Is.EqualTo(date));
    }

    [TestCase(Report + "尉氏县张市镇人民政府\n2022年1月20日\n", "2022-01-20")]
    [TestCase(Report + "                尉氏县张市镇人民政府\n                2022年1月20日\n\n\n", "2022-01-20")]
    [TestCase(Report + "尉氏县张市镇人民政府\n二〇二二年一月二十日\n", "2022-01-20")]
    [TestCase(Report + "张市镇人民政府\n2022年1月20日\n附件：\n\t序号\n\t2021年12月31日\n", "2022-01-20")]
    [TestCase(Report + "2022年1月20日", "2022-01-20")]
    public void A_date_line_after_the_signature_is_read(string text, string date)
    {
        Assert.That(Reader.Read(text), Is.EqualTo(date));
    }

    [TestCase(Report)]
    [TestCase(Report + "截止2021年12月31日\n")]
    [TestCase(Report + "我镇于2022年1月20日召开政务公开工作会议。\n")]
    [TestCase(Report + "尉氏县张市镇人民政府\n2022年2月30日\n")]
    [TestCase("发布日期：见附件\n" + Report)]
    [TestCase("")]
    public void No_publication_date_is_stated_so_none_is_read(string text)
    {
        Assert.That(Reader.Read(text), Is.Null);
    }
}
