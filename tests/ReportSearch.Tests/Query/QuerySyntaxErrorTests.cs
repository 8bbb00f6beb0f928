using ReportSearch.Query;

namespace ReportSearch.Tests.Query;

/// <summary>A query the parser cannot read gives a <see cref="QuerySyntaxException"/> saying what and where.</summary>
public class QuerySyntaxErrorTests
{
    private static QuerySyntaxException ErrorOf(string query) =>
        Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query))!;

    [TestCase("人员 不足 \"公开不及时", 6, "unclosed quote \"公开不及时")]
    [TestCase("\"", 0, "unclosed quote \"")]
    [TestCase("county:\"尉氏县", 7, "unclosed quote \"尉氏县")]
    [TestCase("year:20x1", 5, "expected a year like 2021 or a range like 2019..2021 after 'year:'")]
    [TestCase("year:2021..", 11, "expected a year after '..'")]
    [TestCase("year:2021..20", 11, "expected a year after '..'")]
    [TestCase("year:2021x", 5, "expected a year like 2021 or a range like 2019..2021 after 'year:'")]
    [TestCase("year:", 5, "expected a year like 2021 or a range like 2019..2021 after 'year:'")]
    [TestCase("year>2019..2021", 5, "expected a year like 2021 after 'year>'")]
    [TestCase("year:2021..2019", 5, "the range 2021..2019 runs backwards; write 2019..2021")]
    [TestCase("disclosed.total>", 16, "expected a number after 'disclosed.total>'")]
    [TestCase("disclosed.total >", 17, "expected a number after 'disclosed.total >'")]
    [TestCase("disclosed.total>abc", 16, "expected a number after 'disclosed.total>'")]
    [TestCase("county:", 7, "expected a value after 'county:'")]
    [TestCase("(a", 0, "unclosed '('")]
    [TestCase("(a (b)", 0, "unclosed '('")]
    [TestCase("a)", 1, "unmatched ')'")]
    [TestCase("()", 0, "empty parentheses")]
    [TestCase("OR a", 0, "expected a word, phrase or group before OR")]
    [TestCase("a OR", 4, "expected a word, phrase or group after OR")]
    [TestCase("a OR OR b", 5, "expected a word, phrase or group after OR")]
    [TestCase("(a OR) b", 5, "expected a word, phrase or group after OR")]
    [TestCase("AND a", 0, "expected a word, phrase or group before AND")]
    [TestCase("a AND", 5, "expected a word, phrase or group after AND")]
    [TestCase("-", 1, "expected a word, phrase or group right after '-'")]
    [TestCase("人员 - 不足", 4, "expected a word, phrase or group right after '-'")]
    [TestCase("--a", 1, "expected a word, phrase or group right after '-'")]
    [TestCase("-(-a) b", 1, "'-' cannot exclude what is already excluded")]
    [TestCase("-year:2021", 1, "a filter cannot be excluded with '-'")]
    [TestCase("a OR year:2021", 5, "a filter cannot be a choice of OR: filters apply to the whole query")]
    [TestCase("(a year:2021)", 3, "filters apply to the whole query: write them outside parentheses")]
    [TestCase("a OR -b", 5, "a choice of OR cannot only exclude: give it a word to include")]
    [TestCase("\"\"", 0, "empty phrase: put words between the quotes")]
    [TestCase("\"，。\"", 0, "empty phrase: put words between the quotes")]
    [TestCase("", 0, "empty query")]
    [TestCase("  \u3000 ", 0, "empty query")]
    [TestCase("，", 0, "empty query")]
    [TestCase("-宣传", 0, "a query needs at least one term or filter to include, not only words to exclude")]
    [TestCase("-宣传 -(培训 人员)", 0, "a query needs at least one term or filter to include, not only words to exclude")]
    [TestCase("section:foo", 8, "unknown section 'foo'; use one of preamble, overview, proactive, requests, appeals, problems, other, appendix")]
    [TestCase("section:problem", 8, "unknown section 'problem' (did you mean 'problems'?); use one of preamble, overview, proactive, requests, appeals, problems, other, appendix")]
    [TestCase("template:2020", 9, "unknown template '2020' (did you mean '2021'?); use one of 2019, 2021")]
    [TestCase("anomaly:sum", 8, "unknown anomaly kind 'sum' (did you mean 'sum_mismatch'?); use one of cell_count, sum_mismatch, text_table_conflict, missing_table")]
    [TestCase("disclosed.totl>5", 0, "unknown metric 'disclosed.totl' (did you mean 'disclosed.total'?)")]
    [TestCase("人员 foo.bar>5", 3, "unknown metric 'foo.bar': metric keys start with disclosed., requests., appeals., art20.")]
    public void A_malformed_query_says_where_and_what(string query, int position, string message)
    {
        var error = ErrorOf(query);
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That(error.Position, Is.EqualTo(position));
    }

    [Test]
    public void An_unknown_filter_lists_the_known_ones()
    {
        var error = ErrorOf("人员 foo:bar");
        Assert.That(error.Position, Is.EqualTo(3));
        Assert.That(error.Message, Does.StartWith("unknown filter 'foo'; filters are year:, province:, city:, county:, township:, "
            + "section:, category:, template:, anomaly: and metric comparisons such as disclosed.total>1000"));
    }

    [Test]
    public void A_mistyped_filter_name_gets_a_suggestion() =>
        Assert.That(ErrorOf("yaer:2021").Message, Does.StartWith("unknown filter 'yaer' (did you mean 'year'?)"));

    [Test]
    public void A_category_prefix_suggests_the_whole_name() =>
        Assert.That(ErrorOf("category:staff").Message, Does.StartWith("unknown category 'staff' (did you mean 'staffing'?)"));

    [Test]
    public void Describe_gives_the_column_people_count()
    {
        Assert.That(ErrorOf("disclosed.total>").Describe(), Is.EqualTo("column 17: expected a number after 'disclosed.total>'"));
        Assert.That(ErrorOf("人员 不足 \"公开").Describe(), Is.EqualTo("column 7: unclosed quote \"公开"));
    }

    [Test]
    public void A_long_unclosed_quote_is_cut_short() =>
        Assert.That(ErrorOf("\"一二三四五六七八九十十一").Message, Is.EqualTo("unclosed quote \"一二三四五六七八九十…"));

    [Test]
    public void The_caret_counts_chinese_characters_as_two_terminal_columns()
    {
        var lines = ErrorOf("人员 \"公开").CaretLines().Split(Environment.NewLine);
        Assert.That(lines, Is.EqualTo(new[] { "人员 \"公开", "     ^" }));
    }

    [Test]
    public void The_caret_can_point_past_the_end_and_control_characters_stay_on_one_line()
    {
        var lines = ErrorOf("a\tOR").CaretLines().Split(Environment.NewLine);
        Assert.That(lines, Is.EqualTo(new[] { "a OR", "    ^" }));
    }
}
