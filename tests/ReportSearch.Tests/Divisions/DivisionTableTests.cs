using System.Diagnostics;
using ReportSearch.Divisions;

namespace ReportSearch.Tests.Divisions;

/// <summary>The embedded national list: its shape, its lookups and the quirks the build script resolves.</summary>
public class DivisionTableTests
{
    private static DivisionTable Table => DivisionTable.Load();

    [Test]
    public void Holds_every_level_in_the_size_the_source_has()
    {
        var counts = Table.All.GroupBy(d => d.Level).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(counts[DivisionLevel.Province], Is.EqualTo(31));
        Assert.That(counts[DivisionLevel.City], Is.InRange(330, 345));
        Assert.That(counts[DivisionLevel.County], Is.InRange(2900, 3000));
        Assert.That(counts[DivisionLevel.Township], Is.EqualTo(41_352));
    }

    [Test]
    public void Is_in_code_order_and_every_parent_exists_one_level_up_or_is_a_province()
    {
        Division? previous = null;
        foreach (var d in Table.All)
        {
            if (previous is not null) Assert.That(string.CompareOrdinal(previous.Code, d.Code), Is.LessThan(0));
            previous = d;
            if (d.Level == DivisionLevel.Province) { Assert.That(d.ParentCode, Is.Null); continue; }
            var parent = Table.Parent(d);
            Assert.That(parent, Is.Not.Null, d.Code);
            Assert.That(parent!.Level == d.Level - 1 || (d.Level == DivisionLevel.County && parent.Level == DivisionLevel.Province),
                $"{d.Code} {d.Name} under {parent.Code} {parent.Name}");
        }
    }

    [TestCase("410223105", "张市镇", "尉氏县", "开封市", "河南省")]
    [TestCase("230124101", "会发镇", "方正县", "哈尔滨市", "黑龙江省")]
    [TestCase("370812111", "小孟镇", "兖州区", "济宁市", "山东省")]
    [TestCase("440882105", "企水镇", "雷州市", "湛江市", "广东省")]
    public void Seed_townships_have_their_real_parents(string code, string township, string county, string city, string province)
    {
        var d = Table.ByCode(code)!;
        Assert.That(d.Name, Is.EqualTo(township));
        Assert.That(Table.Ancestors(d).Select(a => a.Name), Is.EqualTo(new[] { county, city, province }));
        Assert.That(Table.AncestorAt(d, DivisionLevel.City)!.Name, Is.EqualTo(city));
    }

    [Test]
    public void Municipalities_have_one_city_named_like_themselves()
    {
        foreach (var (county, municipality) in new[] { ("东城区", "北京市"), ("和平区", "天津市"), ("黄浦区", "上海市"), ("万州区", "重庆市"), ("巫山县", "重庆市") })
        {
            var d = Table.ByName(county).First(c => Table.AncestorAt(c, DivisionLevel.Province)!.Name == municipality);
            Assert.That(Table.Ancestors(d).Select(a => a.Name), Is.EqualTo(new[] { municipality, municipality }), county);
        }
        Assert.That(Table.All.Any(d => d.Name is "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划"), Is.False);
        var chongqing = Table.ByName("重庆市").Where(d => d.Level == DivisionLevel.City).ToList();
        Assert.That(chongqing, Has.Count.EqualTo(1));
    }

    [Test]
    public void Counties_directly_under_a_province_have_no_city()
    {
        var jiyuan = Table.ByName("济源市").Single();
        Assert.That(jiyuan.Level, Is.EqualTo(DivisionLevel.County));
        Assert.That(Table.Parent(jiyuan)!.Name, Is.EqualTo("河南省"));
        Assert.That(Table.AncestorAt(jiyuan, DivisionLevel.City), Is.Null);
        Assert.That(Table.ByName("仙桃市").Select(d => Table.Parent(d)!.Name), Is.EqualTo(new[] { "湖北省" }));
    }

    [Test]
    public void Same_named_townships_are_all_found_in_code_order()
    {
        var chengguan = Table.ByName("城关镇");
        Assert.That(chengguan, Has.Count.EqualTo(88));
        Assert.That(chengguan.Select(d => d.Code), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        var inLuoyang = chengguan.Where(d => Table.AncestorAt(d, DivisionLevel.City)?.Name == "洛阳市")
            .Select(d => Table.Parent(d)!.Name);
        Assert.That(inLuoyang, Is.EqualTo(new[] { "孟津区", "嵩县", "汝阳县" }));
    }

    [Test]
    public void Children_lists_the_townships_of_a_county()
    {
        var weishi = Table.ByCode("410223")!;
        var children = Table.Children(weishi);
        Assert.That(children.Select(c => c.Name), Does.Contain("张市镇"));
        Assert.That(children, Has.All.Matches<Division>(c => c.Level == DivisionLevel.Township && c.ParentCode == "410223"));
        Assert.That(Table.Children(Table.ByCode("410223105")!), Is.Empty);
    }

    [TestCase("河南省", "河南")]
    [TestCase("开封市", "开封")]
    [TestCase("尉氏县", "尉氏")]
    [TestCase("兖州区", "兖州")]
    [TestCase("广西壮族自治区", "广西")]
    [TestCase("内蒙古自治区", "内蒙古")]
    [TestCase("新疆维吾尔自治区", "新疆")]
    [TestCase("延边朝鲜族自治州", "延边")]
    [TestCase("恩施土家族苗族自治州", "恩施")]
    [TestCase("博尔塔拉蒙古自治州", "博尔塔拉")]
    [TestCase("长阳土家族自治县", "长阳")]
    [TestCase("锡林郭勒盟", "锡林郭勒")]
    [TestCase("大兴安岭地区", "大兴安岭")]
    [TestCase("神农架林区", "神农架")]
    public void Short_forms_drop_the_suffix_and_the_nationalities(string name, string shortName)
    {
        var division = Table.ByName(name).First(d => d.Level != DivisionLevel.Township);
        Assert.That(Table.ShortNameOf(division), Is.EqualTo(shortName));
        Assert.That(Table.ByShortName(shortName), Does.Contain(division));
    }

    [TestCase("嵩县")]
    [TestCase("城区")]
    [TestCase("张市镇")]
    [TestCase("洛阳高新技术产业开发区")]
    public void Names_too_short_to_shorten_townships_and_zones_have_no_short_form(string name)
    {
        foreach (var d in Table.ByName(name))
            Assert.That(Table.ShortNameOf(d), Is.Null, d.Code);
    }

    [Test]
    public void Short_forms_may_be_shared_so_the_lookup_returns_all()
    {
        Assert.That(Table.ByShortName("吉林").Select(d => d.Name), Is.EquivalentTo(new[] { "吉林省", "吉林市" }));
        Assert.That(Table.ByShortName("北京").Select(d => d.Level), Is.EquivalentTo(new[] { DivisionLevel.Province, DivisionLevel.City }));
    }

    [Test]
    public void Unknown_and_odd_lookups_return_nothing()
    {
        Assert.That(Table.ByCode("999999"), Is.Null);
        Assert.That(Table.ByCode(""), Is.Null);
        Assert.That(Table.ByName("不存在镇"), Is.Empty);
        Assert.That(Table.ByName(""), Is.Empty);
        Assert.That(Table.ByShortName("镇"), Is.Empty);
    }

    [Test]
    public void FromTsv_skips_lines_that_do_not_fit()
    {
        const string tsv = "41\t河南省\t1\t\n4102\t开封市\t2\t41\r\nbroken line\n410223\t尉氏县\t3\t4102\n410223105\t\t4\t410223\nx1\t名\t4\t41\n410223105\t张市镇\t4\t410223\n410223106\t某镇\t9\t410223\n";
        var table = DivisionTable.FromTsv(new StringReader(tsv));
        Assert.That(table.All.Select(d => d.Name), Is.EqualTo(new[] { "河南省", "开封市", "尉氏县", "张市镇" }));
        Assert.That(table.Ancestors(table.ByName("张市镇")[0]).Select(a => a.Code), Is.EqualTo(new[] { "410223", "4102", "41" }));
    }

    [Test]
    public void Load_is_shared_and_the_embedded_table_equals_the_file()
    {
        // Load time is measured by the benchmark (docs/benchmarks.md), not asserted here: shared machines are noisy.
        Assert.That(DivisionTable.Load(), Is.SameAs(DivisionTable.Load()));
        var table = DivisionTable.FromTsv(new StringReader(File.ReadAllText(TablePath())));
        Assert.That(table.All.Select(d => d.Code), Is.EqualTo(Table.All.Select(d => d.Code)));
    }

    private static string TablePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "index-data", "divisions.tsv");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("index-data/divisions.tsv was not found above " + AppContext.BaseDirectory);
    }
}
