using ReportSearch.Index;
using ReportSearch.Postings;
using ReportSearch.Tests.Index;

namespace ReportSearch.Tests.Postings;

/// <summary>
/// <see cref="PhraseMatcher"/> on the postings of a real index against a brute-force scan of every report's column
/// tokens: phrases whose positions are offsets with gaps (term j at start + offsets[j]), with and without a prefix at
/// the end, in all columns or a section's pair, find the same reports with the same weighted counts (held to
/// <see cref="Bm25.CountedOccurrences"/>, heaviest columns first).
/// </summary>
[TestFixture]
public sealed class PhraseMatcherTests
{
    private IndexedCorpus _corpus = null!;
    private PostingsSnapshot _postings = null!;
    private List<(int Id, string[][] Columns)> _tokens = null!;
    private readonly double[] _weights = FtsLayout.Weights.ToArray();

    [OneTimeSetUp]
    public void Build()
    {
        _corpus = new IndexedCorpus(townships: 8, seed: 31);
        _postings = new PostingsSource().Current(_corpus.Index.Connection);
        var tokenizer = new IndexTokenizer(IndexedCorpus.Components.Analyzer);
        _tokens = _corpus.Reports
            .Select(r => ((int)r.Id, tokenizer.Columns(r.Report.Text, r.Report.Sections).Select(c => c.Length == 0 ? [] : c.Split(' ')).ToArray()))
            .ToList();
    }

    [OneTimeTearDown]
    public void Dispose() => _corpus.Dispose();

    // The index's weights fall along the position space's column order; other weights (the appendix heaviest) make
    // the counter count every occurrence and take the heaviest at the end.
    [TestCase(false)]
    [TestCase(true)]
    public void PhrasesWithGapsFindWhatAScanFinds(bool appendixHeaviest)
    {
        var weights = appendixHeaviest ? _weights.Select((w, c) => c / 2 == 7 ? 8.0 : w).ToArray() : _weights;
        var random = new Random(5);
        var matcher = new PhraseMatcher(weights);
        var checkedPhrases = 0;
        var withPrefix = 0;
        var saturated = 0;
        for (var n = 0; n < 300; n++)
        {
            var (_, columns) = _tokens[random.Next(_tokens.Count)];
            var column = random.Next(columns.Length);
            var tokens = columns[column];
            if (tokens.Length < 8) continue;
            var length = random.Next(2, 5);
            var offsets = Enumerable.Range(1, 5).OrderBy(_ => random.Next()).Take(length - 1).Order().Prepend(0).ToArray();
            var start = random.Next(tokens.Length - offsets[^1]);
            var sets = offsets.Select(o => new[] { tokens[start + o] }).ToArray();
            if (random.Next(3) == 0 && IsChinese(sets[^1][0]))
            {
                var prefix = sets[^1][0][..1];
                if (_postings.Lexicon.WithPrefix(prefix).Length > 1) sets[^1] = [prefix + "*"];
            }
            var allowed = random.Next(3) == 0 ? PlanEvaluator.ColumnsOf(FtsLayout.Groups[column / 2]) : PlanEvaluator.AllColumns;
            var ids = sets.Select(s => s[0].EndsWith('*') ? _postings.Lexicon.WithPrefix(s[0][..^1]) : [_postings.Lexicon.Find(s[0])]).ToArray();
            Assert.That(ids.All(i => i.Length > 0 && i[0] >= 0), "every term of a report is in the lexicon");

            var docs = new List<int>();
            var counts = new List<double>();
            matcher.Match(_postings.Base, ids, offsets, allowed, [], docs, counts);
            var scanned = _tokens.Select(r => (r.Id, Scan: Scan(r.Columns, sets, offsets, allowed, weights))).ToList();
            var expected = scanned.Where(r => r.Scan.Weighted > 0).Select(r => (r.Id, Count: r.Scan.Weighted)).ToList();
            var phrase = string.Join(" ", sets.Select((s, j) => $"{offsets[j]}:{s[0]}"));
            Assert.That(docs, Is.EqualTo(expected.Select(e => e.Id)), phrase);
            Assert.That(counts, Is.EqualTo(expected.Select(e => e.Count)).Within(1e-9), phrase);
            checkedPhrases++;
            if (sets[^1][0].EndsWith('*')) withPrefix++;
            if (scanned.Any(r => r.Scan.Occurrences > Bm25.CountedOccurrences)) saturated++;
        }
        Assert.That(checkedPhrases, Is.GreaterThan(150));
        Assert.That(withPrefix, Is.GreaterThan(10));
        Assert.That(saturated, Is.GreaterThan(5), "phrases occurring more often in a report than are counted");
    }

    [Test]
    public void OffsetsMustStartAtZeroAndAscend()
    {
        var matcher = new PhraseMatcher(_weights);
        var id = _postings.Lexicon.Find("公开");
        Assert.Throws<ArgumentException>(() => matcher.Match(_postings.Base, [[id], [id]], [0, 0], PlanEvaluator.AllColumns, [], [], []));
        Assert.Throws<ArgumentException>(() => matcher.Match(_postings.Base, [[id], [id]], [1, 2], PlanEvaluator.AllColumns, [], [], []));
        Assert.Throws<ArgumentException>(() => matcher.Match(_postings.Base, [[id], [id]], [0], PlanEvaluator.AllColumns, [], [], []));
    }

    // Σ weight × occurrences, heaviest columns first, at most Bm25.CountedOccurrences of them (a phrase's rule for
    // two or more positions); and every occurrence in the allowed columns.
    private static (double Weighted, int Occurrences) Scan(string[][] columns, string[][] sets, int[] offsets, int allowed, double[] weights)
    {
        var budget = Bm25.CountedOccurrences;
        var weighted = 0.0;
        var occurrences = 0;
        foreach (var column in Enumerable.Range(0, columns.Length).OrderByDescending(c => weights[c]).ThenBy(c => c))
        {
            if ((allowed & (1 << column)) == 0) continue;
            var tokens = columns[column];
            var inColumn = 0;
            for (var p = 0; p + offsets[^1] < tokens.Length; p++)
                if (sets.Select((s, j) => Accepts(s[0], tokens[p + offsets[j]])).All(a => a)) inColumn++;
            occurrences += inColumn;
            var counted = Math.Min(inColumn, budget);
            weighted += weights[column] * counted;
            budget -= counted;
        }
        return (weighted, occurrences);
    }

    private static bool Accepts(string wanted, string token) =>
        wanted.EndsWith('*') ? token.StartsWith(wanted[..^1], StringComparison.Ordinal) : token == wanted;

    private static bool IsChinese(string term) => term.Length > 0 && term[0] >= 0x4E00 && term[0] <= 0x9FFF;
}
