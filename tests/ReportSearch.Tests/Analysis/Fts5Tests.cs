using Microsoft.Data.Sqlite;
using ReportSearch.Analysis;
using ReportSearch.Analysis.Highlighting;

namespace ReportSearch.Tests.Analysis;

/// <summary>
/// The analyzer's columns in a real SQLite FTS5 table (unicode61, the default tokenizer): FTS5 sees exactly our
/// tokens, our query phrases find exactly the reports holding the text, and highlights cover exactly that text.
/// </summary>
public class Fts5Tests
{
    private static Analyzer Analyzer => SharedAnalyzer.Value;

    private SqliteConnection _connection = null!;
    private List<(string Name, string Text)> _documents = null!;

    [OneTimeSetUp]
    public void CreateTable()
    {
        SQLitePCL.Batteries_V2.Init();
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE reports USING fts5(name UNINDEXED, words, grams)");
        Execute("CREATE VIRTUAL TABLE terms USING fts5vocab(reports, 'instance')");

        _documents = SharedAnalyzer.SeedReports.ToList();
        _documents.Add(("extra-traditional", "本鎮通過政務新媒體、微信公眾號開展政務公開工作。"));
        _documents.Add(("extra-runs", "开展工作，作为试点。张市镇。𠀀镇，二〇二一年收费12.5万元"));
        foreach (var (name, text) in _documents)
        {
            var columns = Analyzer.Columns(text);
            using var insert = _connection.CreateCommand();
            insert.CommandText = "INSERT INTO reports(name, words, grams) VALUES ($name, $words, $grams)";
            insert.Parameters.AddWithValue("$name", name);
            insert.Parameters.AddWithValue("$words", columns.Words);
            insert.Parameters.AddWithValue("$grams", columns.Grams);
            insert.ExecuteNonQuery();
        }
    }

    [OneTimeTearDown]
    public void Close() => _connection.Dispose();

    [Test]
    public void FTS5_splits_the_columns_into_exactly_our_tokens_at_our_positions()
    {
        for (var doc = 0; doc < _documents.Count; doc++)
        {
            var analyzed = Analyzer.Analyze(_documents[doc].Text);
            Assert.That(Instances(doc + 1, "words"), Is.EqualTo(SharedAnalyzer.Terms(analyzed.Words)), _documents[doc].Name + " words");
            Assert.That(Instances(doc + 1, "grams"), Is.EqualTo(SharedAnalyzer.Terms(analyzed.Grams)), _documents[doc].Name + " grams");
        }
    }

    [TestCase("政务公开")]
    [TestCase("依申请公开")]
    [TestCase("公众号")]
    [TestCase("张市镇")]
    [TestCase("小孟镇")]
    [TestCase("行政复议")]
    [TestCase("未收到")]
    [TestCase("不及时")]
    [TestCase("信息公开申请")]
    [TestCase("公开栏")]
    [TestCase("人员")]
    [TestCase("镇")]
    [TestCase("工作为")]
    [TestCase("政務公開")]
    [TestCase("𠀀镇")]
    [TestCase("二〇二一")]
    public void A_Chinese_query_finds_exactly_the_reports_holding_it_and_marks_exactly_the_text(string query)
    {
        var folded = Analyzer.Fold(query);
        var expected = _documents.Where(d => Analyzer.Fold(d.Text).Contains(folded, StringComparison.Ordinal))
            .Select(d => d.Name).ToList();
        var phrases = Analyzer.QueryTerms(query);
        Assert.That(Match(QueryPhrase.ToFts5(phrases)), Is.EquivalentTo(expected), QueryPhrase.ToFts5(phrases));

        var highlighter = new Highlighter(Analyzer);
        foreach (var (name, text) in _documents)
        {
            var marked = Covered(text.Length, highlighter.Spans(text, phrases));
            var occurring = Covered(text.Length, Occurrences(Analyzer.Fold(text), folded));
            Assert.That(marked, Is.EqualTo(occurring), $"{name}: marks of {query}");
        }
    }

    [TestCase("words : \"微信公众号\"", new[] { "002_f66fc89e634cbc5e.txt", "extra-traditional" })]
    [TestCase("words : \"尉氏县\" AND words : \"张市镇\"", new[] { "000_7269bd74ef3e0715.txt" })]
    [TestCase("words : \"yanzhou\"", new[] { "002_f66fc89e634cbc5e.txt" })]
    public void Words_are_found_in_the_words_column(string match, string[] expected)
    {
        Assert.That(Match(match), Is.EquivalentTo(expected));
    }

    [Test]
    public void A_number_query_finds_the_reports_with_that_number()
    {
        var phrases = Analyzer.QueryTerms("２５０５");
        Assert.That(phrases.Single().ToFts5(), Is.EqualTo("words : \"2505\""));
        Assert.That(Match(QueryPhrase.ToFts5(phrases)), Is.EquivalentTo(new[] { "002_f66fc89e634cbc5e.txt" }));
    }

    [Test]
    public void A_decimal_and_an_address_are_phrases_of_words()
    {
        Assert.That(Match(QueryPhrase.ToFts5(Analyzer.QueryTerms("12.5"))), Is.EqualTo(new[] { "extra-runs" }));
        Assert.That(Match(QueryPhrase.ToFts5(Analyzer.QueryTerms("www.yanzhou.gov.cn"))), Is.EqualTo(new[] { "002_f66fc89e634cbc5e.txt" }));
        Assert.That(Match(QueryPhrase.ToFts5(Analyzer.QueryTerms("0537-3842211"))), Is.EqualTo(new[] { "002_f66fc89e634cbc5e.txt" }));
    }

    private List<string> Instances(long rowid, string column)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT term FROM terms WHERE doc = $doc AND col = $col ORDER BY offset";
        command.Parameters.AddWithValue("$doc", rowid);
        command.Parameters.AddWithValue("$col", column);
        using var reader = command.ExecuteReader();
        var terms = new List<string>();
        while (reader.Read()) terms.Add(reader.GetString(0));
        return terms;
    }

    private List<string> Match(string match)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name FROM reports WHERE reports MATCH $match";
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static IEnumerable<TextSpan> Occurrences(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
            yield return new TextSpan(at, at + term.Length);
    }

    private static bool[] Covered(int length, IEnumerable<TextSpan> spans)
    {
        var covered = new bool[length];
        foreach (var span in spans)
            for (var i = span.Start; i < span.End; i++) covered[i] = true;
        return covered;
    }
}
