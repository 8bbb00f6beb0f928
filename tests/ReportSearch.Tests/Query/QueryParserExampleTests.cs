using ReportSearch.Divisions;
using ReportSearch.Query;

namespace ReportSearch.Tests.Query;

/// <summary>Every example of DESIGN.md's query language, and the combinations around them, parse to the expected tree.</summary>
public class QueryParserExampleTests
{
    private static ParsedQuery Text(QueryNode node, params QueryFilter[] filters) => new(node, filters);

    private static ParsedQuery Filters(params QueryFilter[] filters) => new(null, filters);

    private static TermNode T(string text) => new(text);

    private static IEnumerable<TestCaseData> DesignExamples()
    {
        yield return new TestCaseData("人员 不足", Text(new AndNode([T("人员"), T("不足")]))).SetName("all words");
        yield return new TestCaseData("\"公开不及时\"", Text(new PhraseNode("公开不及时"))).SetName("exact phrase");
        yield return new TestCaseData("新媒体 OR 公众号", Text(new OrNode([T("新媒体"), T("公众号")]))).SetName("or");
        yield return new TestCaseData("人员 -宣传", Text(new AndNode([T("人员"), new NotNode(T("宣传"))]))).SetName("exclude");
        yield return new TestCaseData("year:2021", Filters(new YearRange(2021, 2021))).SetName("year");
        yield return new TestCaseData("year:2019..2021", Filters(new YearRange(2019, 2021))).SetName("year range");
        yield return new TestCaseData("province:河南省", Filters(new RegionFilter(DivisionLevel.Province, "河南省"))).SetName("province");
        yield return new TestCaseData("city:洛阳市", Filters(new RegionFilter(DivisionLevel.City, "洛阳市"))).SetName("city");
        yield return new TestCaseData("county:尉氏县", Filters(new RegionFilter(DivisionLevel.County, "尉氏县"))).SetName("county");
        yield return new TestCaseData("township:张市镇", Filters(new RegionFilter(DivisionLevel.Township, "张市镇"))).SetName("township");
        yield return new TestCaseData("section:problems", Filters(new SectionFilter("problems"))).SetName("section");
        yield return new TestCaseData("category:staffing", Filters(new CategoryFilter("staffing"))).SetName("category");
        yield return new TestCaseData("disclosed.total>1000",
            Filters(new MetricFilter("disclosed.total", ComparisonOp.Greater, 1000))).SetName("metric");
    }

    [TestCaseSource(nameof(DesignExamples))]
    public void A_design_example_parses_to_its_tree(string query, ParsedQuery expected) =>
        Assert.That(QueryParser.Parse(query), Is.EqualTo(expected));

    [Test]
    public void Words_and_filters_mix_and_filters_stay_apart_in_query_order()
    {
        var parsed = QueryParser.Parse("人员 year:2019..2021 不足 county:尉氏县 section:problems");
        Assert.That(parsed, Is.EqualTo(Text(new AndNode([T("人员"), T("不足")]),
            new YearRange(2019, 2021), new RegionFilter(DivisionLevel.County, "尉氏县"), new SectionFilter("problems"))));
    }

    [Test]
    public void Parentheses_group_an_or()
    {
        var parsed = QueryParser.Parse("(新媒体 OR 公众号) 不及时");
        Assert.That(parsed.Text, Is.EqualTo(new AndNode([new OrNode([T("新媒体"), T("公众号")]), T("不及时")])));
    }

    [Test]
    public void Or_binds_tighter_than_and_so_a_filter_beside_it_applies_to_all()
    {
        var parsed = QueryParser.Parse("新媒体 OR 公众号 不及时 year:2021");
        Assert.That(parsed, Is.EqualTo(Text(new AndNode([new OrNode([T("新媒体"), T("公众号")]), T("不及时")]),
            new YearRange(2021, 2021))));
    }

    [TestCase("新媒体 or 公众号")]
    [TestCase("新媒体 | 公众号")]
    [TestCase("新媒体|公众号")]
    [TestCase("新媒体 || 公众号")]
    [TestCase("(新媒体 OR 公众号)")]
    public void Every_way_of_writing_or_means_or(string query) =>
        Assert.That(QueryParser.Parse(query).Text, Is.EqualTo(new OrNode([T("新媒体"), T("公众号")])));

    [TestCase("人员 AND 不足")]
    [TestCase("人员 and 不足")]
    [TestCase("(人员) (不足)")]
    [TestCase("人员 ， 不足")]
    public void And_is_optional(string query) =>
        Assert.That(QueryParser.Parse(query).Text, Is.EqualTo(new AndNode([T("人员"), T("不足")])));

    [Test]
    public void Or_chains_and_nested_groups_flatten()
    {
        Assert.That(QueryParser.Parse("a OR (b OR c) OR d").Text, Is.EqualTo(new OrNode([T("a"), T("b"), T("c"), T("d")])));
        Assert.That(QueryParser.Parse("a (b (c d))").Text, Is.EqualTo(new AndNode([T("a"), T("b"), T("c"), T("d")])));
    }

    [Test]
    public void A_minus_excludes_a_phrase_or_a_group_and_a_hyphen_inside_a_word_is_part_of_it()
    {
        Assert.That(QueryParser.Parse("人员 -\"宣传栏\"").Text, Is.EqualTo(new AndNode([T("人员"), new NotNode(new PhraseNode("宣传栏"))])));
        Assert.That(QueryParser.Parse("人员 -(宣传 OR 培训)").Text,
            Is.EqualTo(new AndNode([T("人员"), new NotNode(new OrNode([T("宣传"), T("培训")]))])));
        Assert.That(QueryParser.Parse("COVID-19").Text, Is.EqualTo(T("COVID-19")));
    }

    [Test]
    public void An_or_choice_may_hold_an_exclusion_beside_a_word()
    {
        var parsed = QueryParser.Parse("公众号 OR (网站 -宣传)");
        Assert.That(parsed.Text, Is.EqualTo(new OrNode([T("公众号"), new AndNode([T("网站"), new NotNode(T("宣传"))])])));
    }

    [Test]
    public void A_query_of_filters_only_browses()
    {
        var parsed = QueryParser.Parse("year:2021 county:尉氏县");
        Assert.That(parsed.Text, Is.Null);
        Assert.That(parsed.Filters, Has.Count.EqualTo(2));
    }

    [Test]
    public void Only_exclusions_are_allowed_beside_a_filter()
    {
        var parsed = QueryParser.Parse("-宣传 year:2021");
        Assert.That(parsed, Is.EqualTo(Text(new NotNode(T("宣传")), new YearRange(2021, 2021))));
    }

    [Test]
    public void Positive_terms_skip_exclusions_and_repeat_nothing()
    {
        var parsed = QueryParser.Parse("(新媒体 OR 公众号) \"公开不及时\" -宣传 公众号 -(培训 OR 人员) year:2021");
        Assert.That(parsed.PositiveTerms(), Is.EqualTo(new[] { "新媒体", "公众号", "公开不及时" }));
        Assert.That(QueryParser.Parse("year:2021").PositiveTerms(), Is.Empty);
    }
}
