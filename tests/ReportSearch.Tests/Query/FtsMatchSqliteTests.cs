using ReportSearch.Query;

namespace ReportSearch.Tests.Query;

/// <summary>The MATCH strings run against a real SQLite FTS5 table: accepted, and finding the right rows.</summary>
public class FtsMatchSqliteTests
{
    private static readonly string[] Texts =
    [
        "乡镇人员不足，公开不及时。",                    // 1
        "通过微信公众号发布信息2100条，网站更新不及时。", // 2
        "加强宣传培训，提升人员业务能力。",              // 3
        "新媒体平台建设滞后。APP下载量少。",              // 4
        "依法公开，不及时回应。",                        // 5
    ];

    private static readonly FtsMatchBuilder Builder = new(new FakeQueryAnalyzer());
    private FtsTestTable _table = null!;

    [OneTimeSetUp]
    public void CreateTable() => _table = new FtsTestTable(Texts);

    [OneTimeTearDown]
    public void DropTable() => _table.Dispose();

    [TestCase("人员不足", new long[] { 1 })]
    [TestCase("员不", new long[] { 1 })]
    [TestCase("人员 不足", new long[] { 1 })]
    [TestCase("不及时", new long[] { 1, 2, 5 })]
    [TestCase("\"公开不及时\"", new long[] { 1 })]
    [TestCase("\"公开，不及时\"", new long[] { 1, 5 })]
    [TestCase("新媒体 OR 公众号", new long[] { 2, 4 })]
    [TestCase("(新媒体 OR 公众号) 不及时", new long[] { 2 })]
    [TestCase("人员 -宣传", new long[] { 1 })]
    [TestCase("公众号 OR (人员 -宣传)", new long[] { 1, 2 })]
    [TestCase("人", new long[] { 1, 3 })]
    [TestCase("时", new long[] { 1, 2, 5 })]
    [TestCase("app", new long[] { 4 })]
    [TestCase("ＡＰＰ 滞后", new long[] { 4 })]
    [TestCase("\"微信公众号2100\"", new long[] { 2 })]
    [TestCase("2100 -微信", new long[0])]
    [TestCase("NEAR 人员", new long[0])]
    [TestCase("人员 year:2021", new long[] { 1, 3 })]
    public void A_match_finds_these_rows(string query, long[] rows)
    {
        var match = Builder.Build(QueryParser.Parse(query));
        Assert.That(match.Exclude, Is.Null);
        Assert.That(_table.Matching(match.Include!), Is.EqualTo(rows), match.Include);
    }

    [Test]
    public void An_exclude_match_leaves_out_its_rows()
    {
        var match = Builder.Build(QueryParser.Parse("-宣传 -公众号 year:2021"));
        Assert.That(_table.NotMatching(match.Exclude!), Is.EqualTo(new long[] { 1, 4, 5 }));
    }

    [Test]
    public void Analyzer_output_full_of_fts5_syntax_is_searched_as_text()
    {
        var builder = new FtsMatchBuilder(new SyntaxAnalyzer());
        foreach (var query in new[] { "abc", "人员", "\"a b\" -c" })
        {
            var match = builder.Build(QueryParser.Parse(query)).Include!;
            Assert.DoesNotThrow(() => _table.Matching(match), match);
        }
    }

    [Test]
    public void A_nul_character_in_a_term_does_not_cut_the_match_short()
    {
        var match = Builder.Build(QueryParser.Parse("app\0x 人员")).Include!;
        Assert.That(_table.Matching(match), Is.Empty, match);
        Assert.That(_table.Matching(Builder.Build(QueryParser.Parse("人员\0不足")).Include!), Is.EqualTo(new long[] { 1 }));
    }

    private sealed class SyntaxAnalyzer : IQueryAnalyzer
    {
        public IReadOnlyList<string> Words(string text) => ["a\" OR b", "NEAR(x y)", "^c*", "d:e", "\"\"", "+-"];

        public IReadOnlyList<string> Grams(string text) => ["人\"员", "(员", "*"];
    }
}
