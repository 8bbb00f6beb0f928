using ReportSearch.Extraction.Metadata;

namespace ReportSearch.Tests.Extraction.Metadata;

/// <summary>
/// Region resolution on realistic variants of the seeds: page chrome, other provinces and kinds of township,
/// bodies found only in a signature, same-named townships, renamed counties, contradictions and false friends.
/// </summary>
public class RegionResolverTests
{
    private static RegionResolution Resolve(string text) => SharedResolver.Value.Resolve(text);

    private const string Overview =
        "一、总体情况\n2021年，在县委、县政府的正确领导下，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，进一步规范镇政府信息依申请答复工作，" +
        "推进小城镇建设和乡村振兴领域信息公开，全年主动公开政府信息120条。\n" +
        "二、主动公开政府信息情况\n\t第二十条第（一）项\n\t信息内容\n\t本年制发件数\n\t0\n" +
        "五、存在的主要问题及改进情况\n一是公开内容不够全面；二是工作人员业务水平有待提高。\n六、其他需要报告的事项\n无\n";

    [Test]
    public void Chrome_with_a_publisher_label_gives_the_body_when_the_title_names_only_the_township()
    {
        var text = "首页 > 政务公开 > 政府信息公开年报\n索引号：11410223MB1530588L/2022-00003\n发布机构：尉氏县张市镇人民政府\n" +
                   "发布日期：2022-01-20\n张市镇2021年政府信息公开工作年度报告\n" + Overview;
        var r = Resolve(text);
        Assert.That(r, Is.EqualTo(new RegionResolution("尉氏县张市镇人民政府", "张市镇", "尉氏县", [], "开封市", "河南省", "410223105"))
            .Using<RegionResolution>(SameRegion));
    }

    [Test]
    public void A_street_office_in_a_municipality_takes_the_municipality_as_its_city()
    {
        var r = Resolve("东华门街道办事处2021年政府信息公开工作年度报告\n" + Overview);
        Assert.That(r, Is.EqualTo(new RegionResolution("东华门街道办事处", "东华门街道", "东城区", [], "北京市", "北京市", "110101001"))
            .Using<RegionResolution>(SameRegion));
    }

    [Test]
    public void A_xiang_and_a_sumu_resolve_like_towns()
    {
        var xiang = Resolve("富顺县龙万乡人民政府2021年政府信息公开工作年度报告\n" + Overview);
        Assert.That((xiang.Body, xiang.Township, xiang.County, xiang.City, xiang.Province, xiang.DivisionCode),
            Is.EqualTo(("富顺县龙万乡人民政府", "龙万乡", "富顺县", "自贡市", "四川省", "510322200")));

        var sumu = Resolve("辉苏木人民政府\n2021年政府信息公开工作年度报告\n" + Overview);
        Assert.That((sumu.Body, sumu.Township, sumu.County, sumu.City, sumu.Province, sumu.DivisionCode),
            Is.EqualTo(("辉苏木人民政府", "辉苏木", "鄂温克族自治旗", "呼伦贝尔市", "内蒙古自治区", "150724215")));
    }

    [Test]
    public void The_body_can_come_from_the_signature_alone()
    {
        var text = "2021年政府信息公开工作年度报告\n" + Overview + "\n杭州市西湖区双浦镇人民政府\n2022年1月18日\n";
        var r = Resolve(text);
        Assert.That((r.Body, r.Township, r.County, r.City, r.Province, r.DivisionCode),
            Is.EqualTo(("杭州市西湖区双浦镇人民政府", "双浦镇", "西湖区", "杭州市", "浙江省", "330106110")));
    }

    [Test]
    public void A_short_government_name_counts_as_a_body()
    {
        var r = Resolve("云关乡政府2021年度政府信息公开工作报告\n" + Overview);
        Assert.That((r.Body, r.Township, r.County, r.DivisionCode), Is.EqualTo(("云关乡政府", "云关乡", "南明区", "520102201")));
    }

    [Test]
    public void A_county_named_in_the_preamble_settles_a_common_township_name()
    {
        var text = "城关镇人民政府2021年政府信息公开工作年度报告\n本报告电子版可在嵩县人民政府网站（www.hnsx.gov.cn）查阅。如对本报告有疑问，请与城关镇党政办联系。\n" + Overview;
        var r = Resolve(text);
        Assert.That(r, Is.EqualTo(new RegionResolution("城关镇人民政府", "城关镇", "嵩县", [], "洛阳市", "河南省", "410325100"))
            .Using<RegionResolution>(SameRegion));
    }

    [Test]
    public void A_common_township_name_with_no_place_named_settles_nothing_but_lists_every_county()
    {
        var r = Resolve("城关镇人民政府2021年政府信息公开工作年度报告\n" + Overview);
        Assert.Multiple(() =>
        {
            Assert.That(r.Township, Is.EqualTo("城关镇"));
            Assert.That((r.County, r.City, r.Province, r.DivisionCode), Is.EqualTo(((string?)null, (string?)null, (string?)null, (string?)null)));
            Assert.That(r.CountyCandidates, Has.Count.GreaterThan(50));
            Assert.That(r.CountyCandidates, Does.Contain("孟津区").And.Contain("嵩县").And.Contain("汝阳县"));
            Assert.That(r.CountyCandidates, Is.Unique);
        });
    }

    [Test]
    public void The_title_and_preamble_outweigh_a_document_of_another_city_in_the_prose()
    {
        var text = "城关镇人民政府2020年政府信息公开工作年度报告\n本报告依据《洛阳市人民政府办公室关于全面推进基层政务公开标准化规范化工作的实施意见》编制。\n" +
                   Overview + "组织人员赴郑州市学习《郑州市政务公开工作规范》。\n";
        var r = Resolve(text);
        Assert.That((r.County, r.City, r.Province), Is.EqualTo(((string?)null, "洛阳市", "河南省")));
        Assert.That(r.CountyCandidates, Is.EqualTo(new[] { "孟津区", "嵩县", "汝阳县" }));
    }

    [Test]
    public void Another_same_named_township_in_the_prose_neither_settles_nor_contradicts()
    {
        const string visit = "组织干部赴嵩县城关镇学习村务公开经验。\n";
        var titled = Resolve("汝阳县城关镇人民政府2021年政府信息公开工作年度报告\n" + Overview + visit);
        Assert.That((titled.County, titled.DivisionCode), Is.EqualTo(("汝阳县", "410326100")));

        var preamble = Resolve("城关镇人民政府2021年政府信息公开工作年度报告\n本报告电子版可在汝阳县人民政府网站查阅。\n" + Overview + visit);
        Assert.That((preamble.County, preamble.DivisionCode), Is.EqualTo(("汝阳县", "410326100")));

        var nothingElse = Resolve("城关镇人民政府2021年政府信息公开工作年度报告\n" + Overview + visit);
        Assert.That((nothingElse.County, nothingElse.City, nothingElse.DivisionCode),
            Is.EqualTo(((string?)null, (string?)null, (string?)null)), "the visited 城关镇 is not this one");
        Assert.That(nothingElse.CountyCandidates, Has.Count.GreaterThan(50));
    }

    [Test]
    public void A_county_renamed_since_the_report_was_written_still_settles_it()
    {
        var r = Resolve("孟津县城关镇人民政府2020年政府信息公开工作年度报告\n" + Overview);
        Assert.That((r.Body, r.Township, r.County, r.City, r.DivisionCode),
            Is.EqualTo(("孟津县城关镇人民政府", "城关镇", "孟津区", "洛阳市", "410308100")));
    }

    [Test]
    public void A_county_in_the_title_that_does_not_hold_the_township_leaves_the_region_open()
    {
        var r = Resolve("方正县企水镇人民政府2021年政府信息公开工作年度报告\n" + Overview);
        Assert.That((r.Township, r.County, r.City, r.Province, r.DivisionCode),
            Is.EqualTo(("企水镇", (string?)null, (string?)null, (string?)null, (string?)null)));
        Assert.That(r.CountyCandidates, Is.EqualTo(new[] { "雷州市" }));
    }

    [Test]
    public void A_nationally_unique_township_is_not_settled_when_the_preamble_points_to_another_province()
    {
        var text = "企水镇人民政府2021年政府信息公开工作年度报告\n本报告电子版可在哈尔滨市人民政府门户网站查阅。\n" + Overview;
        var r = Resolve(text);
        Assert.That((r.Township, r.County, r.DivisionCode), Is.EqualTo(("企水镇", (string?)null, (string?)null)));
        Assert.That(r.CountyCandidates, Is.EqualTo(new[] { "雷州市" }));
    }

    [Test]
    public void A_nationally_unique_township_is_settled_despite_other_places_in_the_prose_when_its_own_are_named()
    {
        var text = "企水镇人民政府2021年度信息公开工作年度报告\n" + Overview + "根据《广东省政务公开条例》，学习借鉴浙江省先进经验。\n";
        var r = Resolve(text);
        Assert.That((r.County, r.City, r.Province, r.DivisionCode), Is.EqualTo(("雷州市", "湛江市", "广东省", "440882105")));
    }

    [Test]
    public void A_township_the_list_spells_with_its_county_is_found_by_its_own_name()
    {
        var r = Resolve("济源市沁园街道办事处2021年政府信息公开工作年度报告\n" + Overview);
        Assert.That((r.Body, r.Township, r.County, r.City, r.Province, r.DivisionCode),
            Is.EqualTo(("济源市沁园街道办事处", "济源市沁园街道", "济源市", (string?)null, "河南省", "419001001")));

        // The same written name also belongs to 沁阳市: the prose's 焦作市 decides.
        var other = Resolve("沁园街道办事处2021年政府信息公开工作年度报告\n本报告电子版可在焦作市人民政府网站查阅。\n" + Overview);
        Assert.That((other.Township, other.County, other.DivisionCode), Is.EqualTo(("沁园街道", "沁阳市", "410882004")));
    }

    [Test]
    public void A_township_missing_from_the_list_keeps_its_body_and_settles_no_region()
    {
        var r = Resolve("尉氏县新设镇人民政府2021年政府信息公开工作年度报告\n" + Overview);
        Assert.That(r.Body, Is.EqualTo("尉氏县新设镇人民政府"));
        Assert.That((r.Township, r.DivisionCode), Is.EqualTo(((string?)null, (string?)null)));
        Assert.That((r.County, r.City, r.Province), Is.EqualTo(("尉氏县", "开封市", "河南省")));
    }

    [Test]
    public void An_index_box_laid_out_one_cell_per_line_still_labels_the_body()
    {
        var text = "当前位置: 首页 > 政务公开 > 法定主动公开内容\n\t索引号：\n\t11410223MB1530588L/2022-00003\n\t发布机构：\n\t尉氏县张市镇人民政府\n" +
                   "\t发布日期：\n\t2022-01-20\n张市镇2021年政府信息公开工作年度报告\n" + Overview;
        var r = Resolve(text);
        Assert.That((r.Body, r.County, r.DivisionCode), Is.EqualTo(("尉氏县张市镇人民政府", "尉氏县", "410223105")));
    }

    [Test]
    public void Government_information_after_a_township_name_is_not_a_body()
    {
        var r = Resolve("张市镇政府信息公开工作年度报告（2021年）\n" + Overview + "尉氏县张市镇人民政府\n2022年1月20日\n");
        Assert.That((r.Body, r.Township, r.DivisionCode), Is.EqualTo(("尉氏县张市镇人民政府", "张市镇", "410223105")));

        var full = Resolve("张市镇人民政府信息公开工作年度报告（2021年）\n" + Overview);
        Assert.That(full.Body, Is.EqualTo("张市镇人民政府"));
        var unlisted = Resolve("新设镇人民政府信息公开工作年度报告（2021年）\n" + Overview);
        Assert.That(unlisted.Body, Is.EqualTo("新设镇人民政府"));
    }

    [Test]
    public void Without_a_body_the_title_township_wins_over_a_site_menu_of_neighbours()
    {
        var text = "尉氏县人民政府\n乡镇街道：城关镇 洧川镇 朱曲镇\n张市镇2021年政府信息公开工作年度报告\n" + Overview;
        var r = Resolve(text);
        Assert.That((r.Body, r.Township, r.County, r.DivisionCode), Is.EqualTo(((string?)null, "张市镇", "尉氏县", "410223105")));
    }

    [TestCase("信阳高新技术产业开发区城东街道办事处", "城东街道", "信阳高新技术产业开发区", "信阳市", "河南省", "411571001")]
    [TestCase("铜梁区东城街道办事处", "东城街道", "铜梁区", "重庆市", "重庆市", "500151002")]
    [TestCase("丰泽区城东街道办事处", "城东街道", "丰泽区", "泉州市", "福建省", "350503006")]
    public void A_street_office_of_a_development_zone_or_district_keeps_its_county_in_the_body(
        string body, string township, string county, string city, string province, string code)
    {
        var r = Resolve(body + "\n2021年度政府信息公开工作年度报告\n根据《条例》，特向社会公布2021年度" + body + "信息公开工作年度报告。\n" + Overview);
        Assert.That((r.Body, r.Township, r.County, r.City, r.Province, r.DivisionCode), Is.EqualTo((body, township, county, city, province, code)));
        Assert.That(r.CountyCandidates, Is.Empty);
    }

    [TestCase("龙虎乡", "在涉县委、县政府的正确领导下", "涉县", "邯郸市", "河北省")]
    [TestCase("新市镇", "按照渠县2021年政务公开工作要点的部署", "渠县", "达州市", "四川省")]
    [TestCase("天平镇", "在藤县政务公开办公室的精心指导下", "藤县", "梧州市", "广西壮族自治区")]
    public void A_short_county_name_written_as_the_superior_settles_a_shared_township_name(
        string township, string superior, string county, string city, string province)
    {
        var open = Resolve(township + "人民政府2021年政府信息公开工作年度报告\n" + Overview);
        Assert.That((open.County, open.DivisionCode), Is.EqualTo(((string?)null, (string?)null)), "the name alone is shared");
        Assert.That(open.CountyCandidates, Does.Contain(county).And.Count.GreaterThan(1));

        var r = Resolve(township + "人民政府2021年政府信息公开工作年度报告\n" + Overview.Replace("在县委、县政府的正确领导下", superior));
        Assert.That((r.Township, r.County, r.City, r.Province), Is.EqualTo((township, county, city, province)));
        Assert.That(r.CountyCandidates, Is.Empty);
    }

    [Test]
    public void The_superior_county_outweighs_a_city_visited_in_the_prose()
    {
        // 龙虎乡 is in 涉县 (邯郸市) and in 恭城瑶族自治县 (桂林市): the visit to 桂林市 must not tie with the superior,
        // though both stand in the prose after the preamble.
        var text = "龙虎乡人民政府2021年政府信息公开工作年度报告\n" +
                   "根据《中华人民共和国政府信息公开条例》要求，现公布本乡2021年度政府信息公开工作年度报告。如对本报告有疑问，请与乡党政办联系。\n" +
                   Overview.Replace("在县委", "在涉县委") + "组织干部赴桂林市学习政务公开经验。\n";
        var r = Resolve(text);
        Assert.That((r.County, r.City, r.Province), Is.EqualTo(("涉县", "邯郸市", "河北省")));
    }

    [Test]
    public void A_short_county_name_inside_an_ordinary_word_settles_nothing()
    {
        // 成县 has a 城关镇 too, but 完成县委 is 完成 + 县委.
        var r = Resolve("城关镇人民政府2021年政府信息公开工作年度报告\n" + Overview + "全年按时完成县委、县政府交办的各项任务。\n");
        Assert.That((r.County, r.City, r.DivisionCode), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
        Assert.That(r.CountyCandidates, Has.Count.GreaterThan(50).And.Contain("成县"));
    }

    [TestCase("")]
    [TestCase("\n\n\t\n")]
    [TestCase("政府信息公开工作年度报告")]
    [TestCase("镇人民政府\n我镇人民政府\n乡镇政府（街道办事处）")]
    public void Text_without_a_place_resolves_to_nothing(string text)
    {
        var r = Resolve(text);
        Assert.That((r.Township, r.County, r.City, r.Province, r.DivisionCode),
            Is.EqualTo(((string?)null, (string?)null, (string?)null, (string?)null, (string?)null)));
        Assert.That(r.CountyCandidates, Is.Empty);
    }

    private static bool SameRegion(RegionResolution a, RegionResolution b) =>
        a.Body == b.Body && a.Township == b.Township && a.County == b.County && a.CountyCandidates.SequenceEqual(b.CountyCandidates) &&
        a.City == b.City && a.Province == b.Province && a.DivisionCode == b.DivisionCode;
}
