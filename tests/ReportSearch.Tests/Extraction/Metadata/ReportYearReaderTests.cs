using ReportSearch.Extraction.Metadata;

namespace ReportSearch.Tests.Extraction.Metadata;

/// <summary>The covered year: from the title, else the statistics period, never the publication date.</summary>
public class ReportYearReaderTests
{
    private static readonly ReportYearReader Reader = new();

    private static IEnumerable<string> Seeds() => SeedFiles.Reports.Select(Path.GetFileName)!;

    [TestCaseSource(nameof(Seeds))]
    public void Seed_year_is_the_hand_checked_one(string file)
    {
        var expected = SeedFiles.Expected().GetProperty(file).GetProperty("year").GetInt32();
        Assert.That(Reader.Read(File.ReadAllText(SeedFiles.PathOf(file))), Is.EqualTo(expected));
    }

    [TestCase("尉氏县张市镇人民政府\n2021年政府信息公开工作年度报告\n一、总体情况\n2022年，我镇……", 2021)]
    [TestCase("企水镇人民政府2021年度信息公开工作\n年度报告\n一、总体情况", 2021)]
    [TestCase("张市镇二〇二一年度政府信息公开工作年度报告\n一、总体情况", 2021)]
    [TestCase("张市镇政府信息公开工作年度报告（2020年）\n一、总体情况", 2020)]
    [TestCase("首页 > 政务公开 > 年度报告\n发布日期：2022年01月20日\n张市镇2021年政府信息公开工作年度报告\n一、总体情况", 2021)]
    public void Title_gives_the_year(string text, int year)
    {
        Assert.That(Reader.Read(text), Is.EqualTo(year));
    }

    [TestCase("发布日期：2022-01-20\n张市镇政府信息公开工作年度报告\n本报告中所列数据统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况", 2021)]
    [TestCase("张市镇政府信息公开工作年度报告\n一、总体情况\n本报告中所列数据的统计期限为2020年1月1日至12月31日。", 2020)]
    [TestCase("张市镇政府信息公开工作年度报告\n统计时段：2019-01-01至2019-12-31。\n", 2019)]
    public void Without_a_year_in_the_title_the_statistics_period_gives_it(string text, int year)
    {
        Assert.That(Reader.Read(text), Is.EqualTo(year));
    }

    [Test]
    public void The_preambles_own_words_are_the_last_resort()
    {
        const string text = "政府信息公开工作年度报告\n一、总体情况\n根据《条例》精神，特向社会公布2021年度企水镇人民政府信息公开工作年度报告。";
        Assert.That(Reader.Read(text), Is.EqualTo(2021));
    }

    [TestCase("张市镇政府信息公开工作年度报告\n一、总体情况\n我镇主动公开信息2100多条。\n张市镇人民政府\n2022年1月20日")]
    [TestCase("发布日期：2022-01-20\n张市镇政府信息公开工作年度报告\n截止2021年12月31日，我镇共公开信息120条。")]
    [TestCase("")]
    [TestCase("9999年度政府信息公开工作年度报告")]
    public void No_covered_year_is_stated_so_none_is_read(string text)
    {
        Assert.That(Reader.Read(text), Is.Null);
    }
}
