using ReportSearch.Query;

namespace ReportSearch.Tests.Query;

/// <summary>The FTS5 MATCH strings the text part of a query becomes, with a fake analyzer (bigrams computed here).</summary>
public class FtsMatchBuilderTests
{
    private static readonly FtsMatchBuilder Builder = new(new FakeQueryAnalyzer());

    private static FtsMatch Build(string query) => Builder.Build(QueryParser.Parse(query));

    [TestCase("人员不足", "grams : \"人员 员不 不足\"")]
    [TestCase("人员 不足", "grams : \"人员\" AND grams : \"不足\"")]
    [TestCase("\"公开不及时\"", "grams : \"公开 开不 不及 及时\"")]
    [TestCase("新媒体 OR 公众号", "grams : \"新媒 媒体\" OR grams : \"公众 众号\"")]
    [TestCase("人员 -宣传", "grams : \"人员\" NOT grams : \"宣传\"")]
    [TestCase("人员 不足 -宣传 -培训", "(grams : \"人员\" AND grams : \"不足\") NOT (grams : \"宣传\" OR grams : \"培训\")")]
    [TestCase("(新媒体 OR 公众号) 不及时", "(grams : \"新媒 媒体\" OR grams : \"公众 众号\") AND grams : \"不及 及时\"")]
    [TestCase("公众号 OR (网站 -宣传)", "grams : \"公众 众号\" OR (grams : \"网站\" NOT grams : \"宣传\")")]
    [TestCase("(新媒体 OR 公众号) 不及时 -宣传 year:2019..2021 county:尉氏县",
        "((grams : \"新媒 媒体\" OR grams : \"公众 众号\") AND grams : \"不及 及时\") NOT grams : \"宣传\"")]
    [TestCase("人员 -(宣传 OR 培训)", "grams : \"人员\" NOT (grams : \"宣传\" OR grams : \"培训\")")]
    [TestCase("人", "grams : \"人\"*")]
    [TestCase("“人”", "grams : \"人\"*")]
    [TestCase("App", "words : \"app\"")]
    [TestCase("12.5", "words : \"12.5\"")]
    [TestCase("\"open data\"", "words : \"open data\"")]
    [TestCase("微信app", "grams : \"微信\" AND words : \"app\"")]
    [TestCase("\"微信 app 公众号\"", "grams : \"微信\" AND words : \"app\" AND grams : \"公众 众号\"")]
    [TestCase("\"公开，不及时\"", "grams : \"公开 开不 不及 及时\" OR grams : \"公开 开 不及 及时\"")]
    [TestCase("\"人 员\"", "grams : \"人员\" OR grams : \"人 员\"*")]
    [TestCase("\"公开，不及时\" 人员", "(grams : \"公开 开不 不及 及时\" OR grams : \"公开 开 不及 及时\") AND grams : \"人员\"")]
    [TestCase("人员 year:2021 section:problems", "grams : \"人员\"")]
    public void The_text_part_becomes_this_match(string query, string match) =>
        Assert.That(Build(query), Is.EqualTo(new FtsMatch(match, null)));

    [Test]
    public void A_query_of_filters_only_has_no_match() =>
        Assert.That(Build("year:2021 county:尉氏县"), Is.EqualTo(FtsMatch.None));

    [Test]
    public void Exclusions_beside_filters_only_become_the_exclude_match() =>
        Assert.That(Build("-宣传 -培训 year:2021"), Is.EqualTo(new FtsMatch(null, "grams : \"宣传\" OR grams : \"培训\"")));

    [Test]
    public void Full_width_forms_give_the_same_match() =>
        Assert.That(Build("（新媒体｜公众号）　－“宣传”"), Is.EqualTo(Build("(新媒体 | 公众号) -\"宣传\"")));

    [Test]
    public void Whatever_the_analyzer_returns_is_quoted_so_it_cannot_become_syntax()
    {
        var builder = new FtsMatchBuilder(new HostileAnalyzer());
        var match = builder.Build(QueryParser.Parse("abc"));
        Assert.That(match.Include, Is.EqualTo("words : \"x\"\" OR words : \"\"y* NEAR(z)\""));
    }

    [Test]
    public void Terms_the_analyzer_drops_search_nothing()
    {
        var builder = new FtsMatchBuilder(new SilentAnalyzer());
        Assert.That(builder.Build(QueryParser.Parse("abc 人员")), Is.EqualTo(new FtsMatch("grams : \"人员\"", null)));
        Assert.That(builder.Build(QueryParser.Parse("abc OR 人员")), Is.EqualTo(new FtsMatch("grams : \"人员\"", null)));
        Assert.That(builder.Build(QueryParser.Parse("abc -人员")), Is.EqualTo(new FtsMatch(null, "grams : \"人员\"")));
    }

    [Test]
    public void A_tree_with_a_lone_exclusion_inside_or_is_refused()
    {
        var tree = new OrNode([new TermNode("人员"), new NotNode(new TermNode("宣传"))]);
        Assert.Throws<ArgumentException>(() => Builder.Build(tree));
    }

    private sealed class HostileAnalyzer : IQueryAnalyzer
    {
        public IReadOnlyList<string> Words(string text) => ["x\" OR words : \"y* NEAR(z)"];

        public IReadOnlyList<string> Grams(string text) => [text];
    }

    // An analyzer that finds no words in Latin text (as a real one may for symbols).
    private sealed class SilentAnalyzer : IQueryAnalyzer
    {
        public IReadOnlyList<string> Words(string text) => [];

        public IReadOnlyList<string> Grams(string text) => new FakeQueryAnalyzer().Grams(text);
    }
}
