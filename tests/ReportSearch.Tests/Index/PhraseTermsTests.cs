using Microsoft.Data.Sqlite;
using ReportSearch.Index;
using ReportSearch.Model;
using ReportSearch.Postings;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Tests.Index;

/// <summary>
/// Phrase terms change what a query costs, never what it answers: the same corpus's postings built with the field's
/// phrases and without any give the same reports with the same scores, for every phrase of the vocabulary, for
/// stretches of text around their occurrences, for phrases cut by punctuation, prefixes and sections.
/// </summary>
[TestFixture]
public sealed class PhraseTermsTests
{
    private IndexedCorpus _corpus = null!;
    private SqliteConnection _plain = null!;
    private PostingsSnapshot _withPhrases = null!;
    private PostingsSnapshot _withoutPhrases = null!;
    private readonly QueryPlanBuilder _plans = new(new AnalyzerQueryAdapter(IndexedCorpus.Components.Analyzer));

    [OneTimeSetUp]
    public void Build()
    {
        _corpus = new IndexedCorpus(townships: 25, seed: 29);
        var copy = _corpus.Folder.File("plain.db");
        using (var backup = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            backup.Open();
            _corpus.Index.Connection.BackupDatabase(backup);
        }
        _plain = new SqliteConnection($"Data Source={copy};Pooling=False");
        _plain.Open();
        using (var transaction = _plain.BeginTransaction())
        {
            Execute(_plain, "DELETE FROM phrase_terms");
            Execute(_plain, "DELETE FROM report_terms");
            Execute(_plain, "DELETE FROM terms");
            PostingsUpgrade.Rebuild(_plain, PhraseVocabulary.None);
            transaction.Commit();
        }
        _withPhrases = new PostingsSource().Current(_corpus.Index.Connection);
        _withoutPhrases = new PostingsSource().Current(_plain);
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _plain.Dispose();
        _corpus.Dispose();
    }

    [Test]
    public void TheIndexKeepsItsVocabularyAndHoldsItsPhrases()
    {
        var vocabulary = PhraseVocabulary.Read(_corpus.Index.Connection);
        Assert.That(vocabulary.Phrases, Is.EqualTo(PhraseVocabulary.FromUserDictionary().Phrases));
        Assert.That(vocabulary.Phrases, Does.Contain("依申请公开").And.Contain("行政复议"));
        Assert.That(_withPhrases.Lexicon.Find("依申请公开"), Is.GreaterThanOrEqualTo(0));
        Assert.That(_withoutPhrases.Lexicon.Find("依申请公开"), Is.LessThan(0));
    }

    [Test]
    public void EveryPhraseOfTheVocabularyAnswersAsItsGrams()
    {
        var found = 0;
        foreach (var phrase in PhraseVocabulary.FromUserDictionary().Phrases)
        {
            var (ids, _) = AssertSame(phrase, []);
            if (ids > 0) found++;
        }
        Assert.That(found, Is.GreaterThan(30), "the generated reports should hold many of the phrases");
    }

    [Test]
    public void TextAroundPhrasesAnswersAsItsGrams()
    {
        var random = new Random(5);
        var phrases = PhraseVocabulary.FromUserDictionary().Phrases;
        var checkedQueries = 0;
        foreach (var stored in _corpus.Reports.Take(60))
        {
            var text = IndexedCorpus.Components.Analyzer.Fold(stored.Report.Text);
            foreach (var phrase in phrases.OrderBy(_ => random.Next()).Take(8))
            {
                var at = text.IndexOf(phrase, StringComparison.Ordinal);
                if (at < 0) continue;
                var start = Math.Max(0, at - random.Next(0, 4));
                var end = Math.Min(text.Length, at + phrase.Length + random.Next(0, 4));
                var piece = new string(text[start..end].Where(c => c is not ('"' or '“' or '”' or '＂') && !char.IsControl(c)).ToArray()).Trim();
                if (piece.Length == 0) continue;
                try { QueryParser.Parse("\"" + piece + "\""); }
                catch (QuerySyntaxException) { continue; } // a piece the query language cannot say
                string[] kinds = random.Next(4) == 0 ? [SectionKinds.All[random.Next(SectionKinds.All.Count)]] : [];
                AssertSame("\"" + piece + "\"", kinds);
                checkedQueries++;
            }
        }
        Assert.That(checkedQueries, Is.GreaterThan(100));
    }

    [TestCase("依申请公开")]
    [TestCase("政府信息公开工作")]
    [TestCase("政府信息公开条例")]
    [TestCase("\"依申请，公开\"")]
    [TestCase("\"信息公开，政\"")]
    [TestCase("依")]
    [TestCase("行政复议 -行政诉讼")]
    [TestCase("主动公开 OR 依申请公开")]
    [TestCase("信息公开专栏更新不及时")]
    public void WrittenQueriesAnswerAsTheirGrams(string query)
    {
        foreach (var kinds in new[] { Array.Empty<string>(), [SectionKinds.Problems], [SectionKinds.Overview, SectionKinds.Requests] })
            AssertSame(query, kinds);
    }

    [Test]
    public void ARunOfGramsSpellingAPhraseBecomesThatTerm()
    {
        var known = new HashSet<string> { "依申请公开", "信息公开", "政府信息公开" };
        var parts = PhraseCover.Rewrite(["政府", "府信", "信息", "息公", "公开", "开工", "工作"], prefix: false, known.Contains);
        Assert.That(parts, Is.EqualTo(new[]
        {
            new PhraseCover.Part("政府信息公开", 0), new PhraseCover.Part("开工", 5), new PhraseCover.Part("工作", 6),
        }));
        // A closing unigram breaks the chain: 依申 申请 请 | 公开 spells no phrase.
        Assert.That(PhraseCover.Rewrite(["依申", "申请", "请", "公开"], prefix: false, known.Contains).Select(p => p.Term),
            Is.EqualTo(new[] { "依申", "申请", "请", "公开" }));
    }

    private (int Ids, int Excluded) AssertSame(string query, IReadOnlyList<string> kinds)
    {
        var plan = _plans.Build(QueryParser.Parse(query));
        var with = new TextMatcher();
        var without = new TextMatcher();
        var a = with.Include(plan, kinds, _withPhrases);
        var b = without.Include(plan, kinds, _withoutPhrases);
        Assert.That(a?.Ids, Is.EqualTo(b?.Ids), query);
        if (a is not null && b is not null)
            Assert.That(a.Scores, Is.EqualTo(b.Scores).Within(1e-9), query);
        var excluded = with.Excluded(plan, kinds, _withPhrases);
        Assert.That(excluded, Is.EqualTo(without.Excluded(plan, kinds, _withoutPhrases)), query);
        return (a?.Count ?? 0, excluded.Length);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
