using ReportSearch.Analysis;
using ReportSearch.Index;
using ReportSearch.Model;

namespace ReportSearch.Tests.Index;

/// <summary>The index's columns hold exactly the analyzer's grams and number/Latin words, split by section.</summary>
[TestFixture]
public sealed class IndexTokenizerTests
{
    [Test]
    public void TheColumnsTogetherAreTheAnalyzersStreams()
    {
        var analyzer = IndexedCorpus.Components.Analyzer;
        var tokenizer = new IndexTokenizer(analyzer);
        foreach (var seed in SeedFiles.Reports)
        {
            var report = new ReportSearch.Extraction.ReportLoader(IndexedCorpus.Components.Divisions).Load(seed);
            var columns = tokenizer.Columns(report.Text, report.Sections);
            var grams = columns.Where((_, i) => i % 2 == 0).SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Order(StringComparer.Ordinal);
            var words = columns.Where((_, i) => i % 2 == 1).SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Order(StringComparer.Ordinal);
            var analyzed = analyzer.Analyze(report.Text);
            Assert.That(grams, Is.EqualTo(analyzed.Grams.Select(t => t.Term).Order(StringComparer.Ordinal)), seed);
            Assert.That(words, Is.EqualTo(analyzed.Words.Where(t => t.Kind is TokenKind.Number or TokenKind.Latin).Select(t => t.Term).Order(StringComparer.Ordinal)), seed);
            var problems = report.Sections.Where(s => s.Kind == SectionKinds.Problems).ToList();
            if (problems.Count == 0) continue;
            var problemGrams = columns[2 * FtsLayout.GroupOf(SectionKinds.Problems)];
            var expected = analyzed.Grams.Where(t => problems.Any(s => t.Start >= s.Start && t.Start < s.End)).Select(t => t.Term);
            Assert.That(problemGrams, Is.EqualTo(string.Join(' ', expected)), seed);
        }
    }
}
