using FsCheck;
using FsCheck.Fluent;
using ReportSearch.Query;

namespace ReportSearch.Tests.Query;

/// <summary>
/// Whatever is typed, the parser answers with a tree or a <see cref="QuerySyntaxException"/>, never anything else,
/// and every tree becomes MATCH strings a real FTS5 table accepts.
/// </summary>
public class QueryParserPropertyTests
{
    private static readonly FtsMatchBuilder Builder = new(new FakeQueryAnalyzer());

    /// <summary>Strings made of the pieces of the query language, so that most of them come close to a query.</summary>
    private static Arbitrary<string> QueryLikeText()
    {
        string[] pieces =
        [
            "人员", "不足", "公", "公开不及时", " ", " ", " ", "\u3000", "\t", "\"", "“", "”", "＂", "(", ")", "（", "）",
            "-", "－", "OR", "or", "|", "｜", "AND", "and", "year:", "year", "2021", "2019", "..", "-", "：", ":", "年",
            "disclosed.total", "requests.new.total", ">", "＞", ">=", "=", "≥", "<", "1000", "section:", "problems",
            "county:", "尉氏县", "category:", "staffing", "template:", "anomaly:", "foo:", "a", "App", "12.5", "*", "^",
            "NEAR", "+", ",", "，", "。", "\uD840\uDC00", "\uD840", "\uDC00", "x.y", ".",
        ];
        var piece = Gen.Frequency(
            (12, Gen.Elements(pieces)),
            (1, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())));
        return piece.ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
    }

    // True when the query parses, or fails with a well-formed syntax error; any other exception escapes.
    private static bool ParsesOrExplains(string query, Action<ParsedQuery>? then = null)
    {
        ParsedQuery parsed;
        try
        {
            parsed = QueryParser.Parse(query);
        }
        catch (QuerySyntaxException error)
        {
            return error.Position >= 0 && error.Position <= query.Length && error.Message.Length > 0
                && error.Describe().StartsWith("column ", StringComparison.Ordinal) && error.CaretLines().Length > 0;
        }
        then?.Invoke(parsed);
        return parsed.Text is not null || parsed.Filters.Count > 0;
    }

    [Test]
    public void Any_string_parses_or_gives_a_syntax_error()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => ParsesOrExplains(text ?? ""));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), property);
    }

    [Test]
    public void Any_query_like_string_parses_or_gives_a_syntax_error()
    {
        var property = Prop.ForAll(QueryLikeText(), text => ParsesOrExplains(text));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), property);
    }

    [Test]
    public void Every_parsed_query_becomes_match_strings_fts5_accepts()
    {
        using var table = new FtsTestTable("乡镇人员不足，公开不及时。", "App下载量2021年1000次", "尉氏县加强宣传");
        var parsedCount = 0;
        var property = Prop.ForAll(QueryLikeText(), text => ParsesOrExplains(text, parsed =>
        {
            parsedCount++;
            var match = Builder.Build(parsed);
            if (match.Include is not null) table.Matching(match.Include);
            if (match.Exclude is not null) table.NotMatching(match.Exclude);
            _ = parsed.PositiveTerms();
        }));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), property);
        Assert.That(parsedCount, Is.GreaterThan(300), "enough generated queries parse to test the builder");
    }
}
