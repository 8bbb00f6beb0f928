using ReportSearch.Analysis.Highlighting;
using ReportSearch.Index;
using ReportSearch.Search;

namespace ReportSearch.Tests.Index;

/// <summary>The snippets' match spans found by string search equal the highlighter's token-by-token spans.</summary>
[TestFixture]
public sealed class MatchLocatorTests
{
    [Test]
    public void SpansEqualTheTokenByTokenHighlighter()
    {
        var analyzer = IndexedCorpus.Components.Analyzer;
        var locator = new MatchLocator(analyzer);
        var tokenizer = new IndexTokenizer(analyzer);
        var random = new Random(5);
        var texts = SeedFiles.Reports.Select(f => new ReportSearch.Extraction.ReportLoader(IndexedCorpus.Components.Divisions).Load(f).Text).ToList();
        texts.Add("工作，作为 哈哈哈 12.5 APP app 監督 𠀀𠀁𠀀 镇 镇，镇");
        foreach (var text in texts)
        {
            var analyzed = tokenizer.Analyze(text);
            var queries = new List<string> { "哈哈", "镇", "12.5", "app", "监督", "𠀀𠀁", "工作为", "公开，不" };
            for (var n = 0; n < 60; n++)
            {
                var start = random.Next(text.Length);
                queries.Add(text.Substring(start, Math.Min(random.Next(1, 6), text.Length - start)));
            }
            foreach (var query in queries)
            {
                var phrases = analyzer.QueryTerms(query);
                Assert.That(locator.Spans(text, phrases), Is.EqualTo(Highlighter.Spans(analyzed, phrases)), query);
            }
        }
    }
}
