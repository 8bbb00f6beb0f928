using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Model;
using ReportSearch.Postings;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Tests.Index;

/// <summary>
/// The in-memory postings find exactly what SQLite FTS5 found before them: the same column texts
/// (<see cref="IndexTokenizer.Columns"/>) in an FTS5 table shaped as schema 2's, queried with the MATCH expressions of
/// <see cref="FtsMatchBuilder"/>, against <see cref="QueryPlanBuilder"/>'s plans on the postings, for random
/// substrings, single characters, numbers, punctuation inside phrases, OR, AND, exclusion and sections.
/// </summary>
[TestFixture]
public sealed class PostingsAgainstFts5Tests
{
    private IndexedCorpus _corpus = null!;
    private SqliteConnection _fts = null!;
    private PostingsSnapshot _postings = null!;
    private readonly QueryPlanBuilder _plans = new(new AnalyzerQueryAdapter(IndexedCorpus.Components.Analyzer));
    private readonly FtsMatchBuilder _matches = new(new AnalyzerQueryAdapter(IndexedCorpus.Components.Analyzer));

    [OneTimeSetUp]
    public void Build()
    {
        _corpus = new IndexedCorpus(townships: 25, seed: 23);
        _fts = new SqliteConnection("Data Source=:memory:");
        _fts.Open();
        Execute($"CREATE VIRTUAL TABLE t USING fts5({string.Join(", ", FtsLayout.Columns)}, content='', tokenize='unicode61 remove_diacritics 0')");
        var tokenizer = new IndexTokenizer(IndexedCorpus.Components.Analyzer);
        using var transaction = _fts.BeginTransaction();
        foreach (var stored in _corpus.Reports)
        {
            using var insert = _fts.CreateCommand();
            var columns = tokenizer.Columns(stored.Report.Text, stored.Report.Sections);
            insert.CommandText = $"INSERT INTO t(rowid, {string.Join(", ", FtsLayout.Columns)}) VALUES($id, {string.Join(", ", columns.Select((_, i) => "$c" + i))})";
            insert.Parameters.AddWithValue("$id", stored.Id);
            for (var i = 0; i < columns.Length; i++) insert.Parameters.AddWithValue("$c" + i, columns[i]);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        _postings = new PostingsSource().Current(_corpus.Index.Connection);
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _fts.Dispose();
        _corpus.Dispose();
    }

    [Test]
    public void RandomQueriesFindWhatFts5Finds()
    {
        var random = new Random(17);
        var mismatches = new List<string>();
        var nonEmpty = 0;
        for (var n = 0; n < 400; n++)
        {
            var query = RandomQuery(random);
            try { QueryParser.Parse(query); }
            catch (QuerySyntaxException) { continue; } // a piece the query language cannot say (e.g. a stray quote)
            var kinds = random.Next(5) == 0 ? new[] { SectionKinds.All[random.Next(SectionKinds.All.Count)] } : [];
            var (expected, expectedExcluded) = Fts5(query, kinds);
            var (actual, actualExcluded) = Postings(query, kinds);
            if (expected.Count > 0) nonEmpty++;
            if (!expected.SequenceEqual(actual) || !expectedExcluded.SequenceEqual(actualExcluded))
                mismatches.Add($"{query} [{string.Join(",", kinds)}]: fts5 {expected.Count}/{expectedExcluded.Count}, postings {actual.Count}/{actualExcluded.Count}");
        }
        Assert.That(mismatches, Is.Empty);
        Assert.That(nonEmpty, Is.GreaterThan(200), "the queries should mostly find something");
    }

    [TestCase("公开，不及时")]
    [TestCase("\"公开，不\"")]
    [TestCase("镇")]
    [TestCase("公")]
    [TestCase("2021")]
    [TestCase("12.5")]
    [TestCase("人员 不足 -培训")]
    [TestCase("(新媒体 OR 公众号) 不及时 -宣传")]
    [TestCase("year:2021 -宣传")]
    [TestCase("app")]
    public void WrittenQueriesFindWhatFts5Finds(string query)
    {
        foreach (var kinds in new[] { Array.Empty<string>(), [SectionKinds.Problems], [SectionKinds.Overview, SectionKinds.Problems] })
        {
            var (expected, expectedExcluded) = Fts5(query, kinds);
            var (actual, actualExcluded) = Postings(query, kinds);
            Assert.That(actual, Is.EqualTo(expected), query);
            Assert.That(actualExcluded, Is.EqualTo(expectedExcluded), query);
        }
    }

    private (List<long> Ids, List<long> Excluded) Postings(string query, IReadOnlyList<string> kinds)
    {
        var plan = _plans.Build(QueryParser.Parse(query));
        var matcher = new TextMatcher();
        var ids = matcher.Include(plan, kinds, _postings)?.Ids.Select(i => (long)i).ToList() ?? [];
        return (ids, matcher.Excluded(plan, kinds, _postings).Select(i => (long)i).ToList());
    }

    // What schema 2's searcher did: each section kind's rewritten MATCH, intersected; exclusions united.
    private (List<long> Ids, List<long> Excluded) Fts5(string query, IReadOnlyList<string> kinds)
    {
        var match = _matches.Build(QueryParser.Parse(query));
        var sections = kinds.Count == 0 ? [null] : kinds.Cast<string?>().ToList();
        List<long> ids = [];
        if (match.Include is not null)
            ids = sections.Select(k => Rows(FtsColumnFilter.Rewrite(match.Include, k))).Aggregate((a, b) => a.Intersect(b).ToList());
        var excluded = match.Exclude is null ? [] : sections.SelectMany(k => Rows(FtsColumnFilter.Rewrite(match.Exclude, k))).Distinct().Order().ToList();
        return (ids.Order().ToList(), excluded);
    }

    private List<long> Rows(string match)
    {
        using var command = _fts.CreateCommand();
        command.CommandText = "SELECT rowid FROM t WHERE t MATCH $m ORDER BY rowid";
        command.Parameters.AddWithValue("$m", match);
        using var reader = command.ExecuteReader();
        var rows = new List<long>();
        while (reader.Read()) rows.Add(reader.GetInt64(0));
        return rows;
    }

    private string RandomQuery(Random random)
    {
        string Piece()
        {
            var text = _corpus.Reports[random.Next(_corpus.Reports.Count)].Report.Text;
            var length = random.Next(1, 7);
            var start = random.Next(0, Math.Max(1, text.Length - length));
            var piece = text.Substring(start, Math.Min(length, text.Length - start));
            // Quotes, parentheses, '-' and ':' are query syntax; a piece is quoted so the rest stays text.
            var clean = new string(piece.Where(c => c is not ('"' or '“' or '”' or '＂') && !char.IsControl(c)).ToArray()).Trim();
            return clean.Length == 0 ? "公开" : "\"" + clean + "\"";
        }
        return random.Next(6) switch
        {
            0 => $"{Piece()} OR {Piece()}",
            1 => $"{Piece()} {Piece()}",
            2 => $"{Piece()} -{Piece()}",
            3 => $"({Piece()} OR {Piece()}) -{Piece()}",
            _ => Piece(),
        };
    }

    private void Execute(string sql)
    {
        using var command = _fts.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
