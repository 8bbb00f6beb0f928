using ReportSearch.Divisions;

namespace ReportSearch.Tests.Divisions;

/// <summary>Which names the finder reads as places in real sentences, and which look-alikes it leaves alone.</summary>
public class DivisionNameFinderTests
{
    private static readonly Lazy<DivisionNameFinder> Finder = new(() => new DivisionNameFinder(DivisionTable.Load()));

    private static string[] Names(string text) => Finder.Value.Find(text).Select(m => m.Name.Written).ToArray();

    [Test]
    public void Reads_a_run_of_names_as_separate_places_with_their_offsets()
    {
        const string text = "如对本报告有疑问，请与济宁市兖州区小孟镇人民政府联系。";
        var found = Finder.Value.Find(text);
        Assert.That(found.Select(m => m.Name.Written), Is.EqualTo(new[] { "济宁市", "兖州区", "小孟镇" }));
        Assert.That(found.Select(m => text[m.Start..m.End]), Is.EqualTo(new[] { "济宁市", "兖州区", "小孟镇" }));
        Assert.That(found[1].Start, Is.EqualTo(found[0].End));
    }

    [Test]
    public void A_township_is_read_whole_never_the_place_name_inside_it()
    {
        Assert.That(Names("2021年张市镇主动公开政府信息2100多条"), Is.EqualTo(new[] { "张市镇" }));
        Assert.That(Names("通过会发镇党委公众号发布政府信息"), Is.EqualTo(new[] { "会发镇" }));
    }

    [Test]
    public void Townships_need_their_suffix()
    {
        Assert.That(Names("会发村、张市村两委干部参加培训"), Is.Empty);
    }

    [TestCase("进一步规范镇政府信息依申请答复工作")]     // 范镇 inside 规范镇政府
    [TestCase("推进小城镇建设和重点中心镇发展")]          // 小城镇, 中心镇 are township names too
    [TestCase("按时完成县委县政府交办的各项任务")]         // 成县 inside 完成县委
    [TestCase("创建国家级示范县，深化县域改革")]           // 范县 inside 示范县
    [TestCase("围绕城关乡村振兴示范带建设")]               // 城关乡 + 村振兴
    [TestCase("在开封市场监管部门的指导下")]               // 开封市 + 场
    [TestCase("主城区和郊区的公开栏全部更新")]             // 城区, 郊区
    public void Ordinary_words_that_contain_a_name_are_not_places(string sentence)
    {
        Assert.That(Names(sentence), Is.Empty, sentence);
    }

    [Test]
    public void Names_that_need_context_count_next_to_another_name_or_before_a_government()
    {
        Assert.That(Names("成县人民政府办公室"), Is.EqualTo(new[] { "成县" }));
        Assert.That(Names("本报告电子版可在嵩县人民政府网站查阅"), Is.EqualTo(new[] { "嵩县" }));
        Assert.That(Names("陇南市成县城关镇人民政府"), Is.EqualTo(new[] { "陇南市", "成县", "城关镇" }));
    }

    [Test]
    public void A_county_under_its_former_suffix_is_read_as_the_county_of_the_list()
    {
        var found = Finder.Value.Find("孟津县城关镇人民政府");
        Assert.That(found.Select(m => m.Name.Written), Is.EqualTo(new[] { "孟津县", "城关镇" }));
        Assert.That(found[0].Name.Divisions.Select(d => d.Code), Is.EqualTo(new[] { "410308" }));
        Assert.That(Names("学习孟津县经验"), Is.Empty, "a former name alone is not trusted");
    }

    [Test]
    public void A_township_the_list_prefixes_with_its_county_is_found_under_its_own_name()
    {
        var found = Finder.Value.Find("沁园街道办事处");
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.That(found[0].Name.Divisions.Select(d => d.Code), Is.EquivalentTo(new[] { "410882004", "419001001" }));
    }

    [Test]
    public void A_township_the_list_prefixes_with_a_county_short_form_is_found_without_the_county_suffix()
    {
        // The list spells 召陵区东城街道 and 端州区城东街道; their short forms 召陵, 端州 must not leave 区东城街道 behind.
        var zone = Finder.Value.Find("信阳高新技术产业开发区城东街道办事处");
        Assert.That(zone.Select(m => m.Name.Written), Is.EqualTo(new[] { "信阳高新技术产业开发区", "城东街道" }));
        Assert.That(zone[1].Start, Is.EqualTo(zone[0].End));
        Assert.That(zone[1].Name.Divisions.Select(d => d.Code), Does.Contain("411571001").And.Contain("441202001"));

        var district = Finder.Value.Find("铜梁区东城街道办事处");
        Assert.That(district.Select(m => m.Name.Written), Is.EqualTo(new[] { "铜梁区", "东城街道" }));
        Assert.That(district[1].Name.Divisions.Select(d => d.Code), Does.Contain("411104003").And.Contain("500151002"));
    }

    [TestCase("2021年，在涉县委、县政府的正确领导下，我乡认真贯彻落实《条例》", "涉县")]
    [TestCase("今年以来，按照渠县2020年政务公开工作要点的部署，我镇立足基层实际", "渠县")]
    [TestCase("2019年，在藤县政务公开办公室的精心指导下，我镇不断拓宽公开渠道", "藤县")]
    [TestCase("根据孟津县委办公室关于政务公开的通知", "孟津县")]
    public void A_short_county_name_counts_as_the_writer_s_superior(string sentence, string county)
    {
        Assert.That(Names(sentence), Is.EqualTo(new[] { county }), sentence);
    }

    [TestCase("在新县城开展政策宣传")]                    // 新县 + 城: the county town, no organ follows
    [TestCase("组织干部学习《涉县政务公开工作规范》")]      // a cited title, not the writer's superior
    [TestCase("他们完成县委交办的工作任务")]                // 完成 is one word
    [TestCase("镇党委和县委的要求全部落实")]                // 和县 inside 党委和县委
    [TestCase("在城区政务服务中心设立公开专区")]            // 城区 is also the everyday word for the town centre
    public void A_short_county_name_before_an_organ_still_needs_a_clause_start(string sentence)
    {
        Assert.That(Names(sentence), Is.Empty, sentence);
    }

    [Test]
    public void Document_titles_and_websites_name_their_places()
    {
        Assert.That(Names("根据《中华人民共和国政府信息公开条例》、《广东省政务公开条例》的要求"), Is.EqualTo(new[] { "广东省" }));
        Assert.That(Names("可以通过哈尔滨市人民政府门户网站→政府信息公开专栏查阅"), Is.EqualTo(new[] { "哈尔滨市" }));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("镇")]
    [TestCase("\t\t0\n\t0")]
    public void Odd_input_finds_nothing(string? text)
    {
        Assert.That(Finder.Value.Find(text), Is.Empty);
    }
}
