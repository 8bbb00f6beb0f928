using ReportSearch.Analysis;

namespace ReportSearch.Tests.Analysis;

/// <summary>What the chain makes of the field's text: lexicon terms whole, scripts folded, numbers and Latin kept.</summary>
public class AnalyzerTests
{
    private static Analyzer Analyzer => SharedAnalyzer.Value;

    [TestCase("微信公众号")]
    [TestCase("政务新媒体")]
    [TestCase("依申请公开")]
    [TestCase("尉氏县")]
    [TestCase("张市镇")]
    [TestCase("行政复议")]
    [TestCase("政务公开")]
    public void A_lexicon_term_in_a_seed_report_comes_out_whole_as_a_word(string term)
    {
        var seeds = SharedAnalyzer.SeedReports.Where(s => s.Text.Contains(term)).ToList();
        Assert.That(seeds, Is.Not.Empty, "a seed report holds " + term);
        foreach (var (name, text) in seeds)
        {
            var words = Analyzer.Words(text);
            Assert.That(words.Any(w => w.Term == term), name);
            // Every occurrence lies inside one word: the term itself, or a longer lexicon term (基层政务公开).
            foreach (var at in Occurrences(text, term))
                Assert.That(words.Any(w => w.Start <= at && at + term.Length <= w.End && w.Term.Contains(term)),
                    $"{name}: {term} at {at} is split");
        }
    }

    [Test]
    public void ICU_alone_splits_those_terms_so_the_lexicon_is_what_keeps_them()
    {
        using var plain = new Analyzer(DomainLexicon.Empty);
        Assert.That(plain.Words("微信公众号张市镇尉氏县"), Has.Count.GreaterThan(3));
        Assert.That(SharedAnalyzer.Terms(Analyzer.Words("微信公众号张市镇尉氏县")), Is.EqualTo(new[] { "微信公众号", "张市镇", "尉氏县" }));
    }

    [Test]
    public void The_opening_line_of_seed_000_keeps_its_places_whole()
    {
        var text = SharedAnalyzer.SeedReports[0].Text;
        var firstLine = text[..text.IndexOf('\n')];
        Assert.That(SharedAnalyzer.Terms(Analyzer.Words(firstLine)), Is.EqualTo(new[] { "尉氏县", "张市镇", "人民政府" }));
    }

    [Test]
    public void Traditional_text_analyses_to_the_same_terms_as_simplified()
    {
        Assert.That(SharedAnalyzer.Terms(Analyzer.Words("政務公開")), Is.EqualTo(new[] { "政务公开" }));
        var simplified = Analyzer.Analyze("政务公开和依申请公开，尉氏县张市镇");
        var traditional = Analyzer.Analyze("政務公開和依申請公開，尉氏縣張市鎮");
        Assert.That(SharedAnalyzer.Terms(traditional.Words), Is.EqualTo(SharedAnalyzer.Terms(simplified.Words)));
        Assert.That(SharedAnalyzer.Terms(traditional.Grams), Is.EqualTo(SharedAnalyzer.Terms(simplified.Grams)));
    }

    [Test]
    public void Full_width_letters_and_digits_fold_to_lower_case_half_width()
    {
        var words = Analyzer.Words("ＡＢＣ１２３");
        Assert.That(words.Select(w => (w.Term, w.Kind)), Is.EqualTo(new[] { ("abc123", TokenKind.Latin) }));
    }

    [Test]
    public void Numbers_and_Latin_are_kept_and_punctuation_dropped()
    {
        var words = Analyzer.Words("截止2021年12月31日，在www.yanzhou.gov.cn发布信息59条（APP）。");
        Assert.That(words.Select(w => (w.Term, w.Kind)), Is.EqualTo(new[]
        {
            ("截止", TokenKind.Word), ("2021", TokenKind.Number), ("年", TokenKind.Word), ("12", TokenKind.Number),
            ("月", TokenKind.Word), ("31", TokenKind.Number), ("日", TokenKind.Word), ("在", TokenKind.Word),
            ("www", TokenKind.Latin), ("yanzhou", TokenKind.Latin), ("gov", TokenKind.Latin), ("cn", TokenKind.Latin),
            ("发布", TokenKind.Word), ("信息", TokenKind.Word), ("59", TokenKind.Number), ("条", TokenKind.Word),
            ("app", TokenKind.Latin),
        }));
    }

    [Test]
    public void Grams_are_overlapping_bigrams_closed_by_the_runs_last_character()
    {
        Assert.That(SharedAnalyzer.Terms(Analyzer.Grams("人员不足")), Is.EqualTo(new[] { "人员", "员不", "不足", "足" }));
        Assert.That(SharedAnalyzer.Terms(Analyzer.Grams("镇")), Is.EqualTo(new[] { "镇" }));
        Assert.That(SharedAnalyzer.Terms(Analyzer.Grams("2021年人员，不足")), Is.EqualTo(new[] { "年人", "人员", "员", "不足", "足" }));
        Assert.That(Analyzer.Grams("2021 ABC"), Is.Empty);
        Assert.That(Analyzer.Grams("人员不足").All(g => g.Kind == TokenKind.Gram));
    }

    [Test]
    public void A_query_becomes_a_bigram_phrase_per_Chinese_run_and_a_term_per_word()
    {
        var phrases = Analyzer.QueryTerms("政務公開 人员不足，镇 ＡＰＰ 2021");
        Assert.That(phrases.Select(p => p.ToFts5()), Is.EqualTo(new[]
        {
            "grams : \"政务 务公 公开\"", "grams : \"人员 员不 不足\"", "grams : \"镇\"*", "words : \"app\"", "words : \"2021\"",
        }));
        Assert.That(QueryPhrase.ToFts5(phrases.Take(2)), Is.EqualTo("grams : \"政务 务公 公开\" AND grams : \"人员 员不 不足\""));
        Assert.That(Analyzer.QueryTerms("，。"), Is.Empty);
    }

    [Test]
    public void Numbers_and_Latin_joined_by_punctuation_make_one_phrase_of_a_query()
    {
        Assert.That(Analyzer.QueryTerms("12.5万元 www.yanzhou.gov.cn 0537-3842211 5 G").Select(p => p.ToFts5()), Is.EqualTo(new[]
        {
            "words : \"12 5\"", "grams : \"万元\"", "words : \"www yanzhou gov cn\"", "words : \"0537 3842211\"",
            "words : \"5\"", "words : \"g\"",
        }));
    }

    [Test]
    public void The_columns_are_the_terms_joined_by_single_spaces()
    {
        var columns = Analyzer.Columns("尉氏县张市镇2021年，APP");
        Assert.That(columns.Words, Is.EqualTo("尉氏县 张市镇 2021 年 app"));
        Assert.That(columns.Grams, Is.EqualTo("尉氏 氏县 县张 张市 市镇 镇 年"));
        Assert.That(Analyzer.Columns("").Words, Is.Empty);
    }

    [Test]
    public void Threads_share_one_analyzer_and_get_the_same_tokens()
    {
        var texts = SharedAnalyzer.SeedReports.Select(s => s.Text).ToArray();
        var expected = texts.Select(t => Analyzer.Columns(t)).ToArray();
        var results = new TokenColumns[texts.Length * 8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => results[i] = Analyzer.Columns(texts[i % texts.Length]));
        for (var i = 0; i < results.Length; i++) Assert.That(results[i], Is.EqualTo(expected[i % texts.Length]));
    }

    private static IEnumerable<int> Occurrences(string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            yield return at;
    }
}
