using FsCheck;
using FsCheck.Fluent;
using ReportSearch.Analysis;
using ReportSearch.Analysis.Highlighting;

namespace ReportSearch.Tests.Analysis;

/// <summary>
/// Any run of two or more Chinese characters that occurs in a report finds it, whatever the segmenter did: the
/// query's bigram phrase is a run of consecutive grams of the report, and highlighting marks that occurrence.
/// </summary>
public class BigramPropertyTests
{
    private static Analyzer Analyzer => SharedAnalyzer.Value;

    private sealed record Sample(int Report, int Start, int Length);

    [Test]
    public void Every_sampled_substring_of_two_to_six_Chinese_characters_is_a_gram_phrase_of_its_report()
    {
        var reports = SharedAnalyzer.SeedReports.Select(s => s.Text).ToArray();
        var grams = reports.Select(t => Analyzer.Grams(t)).ToArray();
        var runs = reports.Select(ChineseRuns).ToArray();

        var samples =
            from report in Gen.Choose(0, reports.Length - 1)
            from run in Gen.Elements(runs[report].ToArray())
            from length in Gen.Choose(2, Math.Min(6, run.Length))
            from offset in Gen.Choose(0, run.Length - length)
            select new Sample(report, run.Start + offset, length);

        var property = Prop.ForAll(samples.ToArbitrary(), sample =>
        {
            var text = reports[sample.Report];
            var query = text.Substring(sample.Start, sample.Length);
            var phrases = Analyzer.QueryTerms(query);
            Assert.That(phrases, Has.Count.EqualTo(1), query);
            var phrase = phrases[0];
            Assert.That(phrase.Column, Is.EqualTo(TokenColumns.GramsColumn));
            Assert.That(phrase.Terms, Has.Count.EqualTo(sample.Length - 1), query);

            var at = IndexOfStart(grams[sample.Report], sample.Start);
            var found = grams[sample.Report].Skip(at).Take(phrase.Terms.Count).Select(g => g.Term);
            Assert.That(found, Is.EqualTo(phrase.Terms), $"{query} at {sample.Start}");

            var spans = Highlighter.Spans(new AnalyzedText([], grams[sample.Report]), phrases);
            Assert.That(spans.Any(s => s.Start <= sample.Start && sample.Start + sample.Length <= s.End), query);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }

    [Test]
    public void Runs_do_not_join_into_a_phrase_across_punctuation()
    {
        var grams = Analyzer.Grams("开展工作，作为试点");
        var phrase = Analyzer.QueryTerms("工作为").Single();
        Assert.That(Highlighter.Spans(new AnalyzedText([], grams), [phrase]), Is.Empty);
        Assert.That(Highlighter.Spans(new AnalyzedText([], grams), Analyzer.QueryTerms("作为")), Has.Count.EqualTo(1));
    }

    private static int IndexOfStart(IReadOnlyList<Token> grams, int start)
    {
        for (var i = 0; i < grams.Count; i++)
            if (grams[i].Start == start) return i;
        throw new AssertionException("no gram starts at " + start);
    }

    private static List<TextSpan> ChineseRuns(string text)
    {
        var runs = new List<TextSpan>();
        for (var i = 0; i < text.Length;)
        {
            if (!CjkCharacters.IsCjk(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && CjkCharacters.IsCjk(text[i])) i++;
            if (i - start >= 2) runs.Add(new TextSpan(start, i));
        }
        return runs;
    }
}
