using ReportSearch.Query;

namespace ReportSearch.Tests.Query;

/// <summary>What a Chinese keyboard types (：“”＂－＞＜＝｜（） and the ideographic space) means what its ASCII form means.</summary>
public class FullWidthQueryTests
{
    [TestCase("人员\u3000不足", "人员 不足")]
    [TestCase("“公开不及时”", "\"公开不及时\"")]
    [TestCase("＂公开不及时＂", "\"公开不及时\"")]
    [TestCase("”公开不及时“", "\"公开不及时\"")]
    [TestCase("新媒体　ＯＲ　公众号", "新媒体 OR 公众号")]
    [TestCase("新媒体｜公众号", "新媒体 | 公众号")]
    [TestCase("人员　－宣传", "人员 -宣传")]
    [TestCase("（新媒体 OR 公众号）不及时", "(新媒体 OR 公众号) 不及时")]
    [TestCase("year：2021", "year:2021")]
    [TestCase("ｙｅａｒ：２０１９．．２０２１", "year:2019..2021")]
    [TestCase("year：2019～2021", "year:2019..2021")]
    [TestCase("year:2019年-2021年", "year:2019..2021")]
    [TestCase("year:2019至2021", "year:2019..2021")]
    [TestCase("county：尉氏县", "county:尉氏县")]
    [TestCase("county: 尉氏县", "county:尉氏县")]
    [TestCase("county:“尉氏县”", "county:尉氏县")]
    [TestCase("section：problems", "section:problems")]
    [TestCase("category：Staffing", "category:staffing")]
    [TestCase("disclosed.total＞1000", "disclosed.total>1000")]
    [TestCase("disclosed.total > 1000", "disclosed.total>1000")]
    [TestCase("disclosed.total＞＝1000", "disclosed.total>=1000")]
    [TestCase("disclosed.total≥1000", "disclosed.total>=1000")]
    [TestCase("disclosed.total≤1000", "disclosed.total<=1000")]
    [TestCase("disclosed.total＜1000", "disclosed.total<1000")]
    [TestCase("disclosed.total＝1000", "disclosed.total=1000")]
    [TestCase("disclosed.total:1000", "disclosed.total=1000")]
    [TestCase("disclosed.total>1,000", "disclosed.total>1000")]
    [TestCase("Disclosed.Total>1000", "disclosed.total>1000")]
    public void A_keyboard_variant_parses_as_its_ascii_form(string typed, string ascii) =>
        Assert.That(QueryParser.Parse(typed), Is.EqualTo(QueryParser.Parse(ascii)));

    [Test]
    public void Full_width_letters_in_a_word_fold_to_ascii() =>
        Assert.That(QueryParser.Parse("ＡＰＰ").Text, Is.EqualTo(new TermNode("APP")));
}
