using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// Problems common across townships: categories ranked by the share of townships reporting them (a township counts
/// once however many reports or items it has), their trend over the years, and per category the most representative
/// statements and clusters of near-identical ones.
/// </summary>
public sealed class CommonProblems
{
    // Statements are short: 3-character shingles keep their signatures meaningful.
    private readonly PassageFingerprints _statementPrints = new(new FingerprintOptions(MinChars: 1, ShingleChars: 3));

    public CommonProblemsResult Rank(IEnumerable<Report> reports, CommonProblemsOptions? options = null)
    {
        options ??= CommonProblemsOptions.Default;
        var dated = reports.Where(r => r.Year is not null).ToList();
        var townships = dated.Select(TownshipIdentity.Of).Distinct().Count();
        var years = dated.Select(r => r.Year!.Value).Distinct().Order().ToList();
        var townshipsByYear = dated.GroupBy(r => r.Year!.Value).ToDictionary(g => g.Key, g => g.Select(TownshipIdentity.Of).Distinct().Count());

        var statements = Statements(dated);
        // Bigrams and signatures depend on the normalised text alone: computed once per distinct text (template
        // wording repeats across townships) and shared by every category a statement is in.
        var distinct = statements.Select(s => s.Normalized).Distinct().ToList();
        var features = new (HashSet<int> Bigrams, uint[] Signature)[distinct.Count];
        Parallel.For(0, distinct.Count, i => features[i] = (ComparableText.Bigrams(distinct[i]), _statementPrints.Signature(distinct[i])));
        var featureOf = distinct.Select((text, i) => (text, i)).ToDictionary(p => p.text, p => p.i, StringComparer.Ordinal);
        var items = statements.Select(s => new Item(s.Statement, s.Normalized, features[featureOf[s.Normalized]].Bigrams,
            features[featureOf[s.Normalized]].Signature)).ToList();

        var names = items.SelectMany(s => s.Statement.Finding.Categories).Distinct().ToList();
        var categories = new CommonCategory[names.Count];
        Parallel.For(0, names.Count, c =>
        {
            var category = names[c];
            var of = items.Where(s => s.Statement.Finding.Categories.Contains(category)).ToList();
            var reporting = of.Select(s => s.Statement.Report.Township).Distinct().Count();
            var trend = years.Select(y =>
            {
                var n = of.Where(s => s.Statement.Report.Year == y).Select(s => s.Statement.Report.Township).Distinct().Count();
                return new CategoryYearShare(y, townshipsByYear[y], n, (double)n / townshipsByYear[y]);
            }).ToList();
            categories[c] = new CommonCategory(category, reporting, (double)reporting / townships, trend,
                Representative(of, options.Representatives), Clusters(of, _statementPrints.Options.Bands, options));
        });
        return new CommonProblemsResult(townships, years,
            categories.OrderByDescending(c => c.Share).ThenBy(c => c.Category, StringComparer.Ordinal).ToList());
    }

    /// <summary>A statement with its normalised text, its character bigrams and its MinHash signature.</summary>
    private sealed record Item(Statement Statement, string Normalized, HashSet<int> Bigrams, uint[] Signature);

    /// <summary>The problems of the reports as statements with their masked, normalised texts, in report order.</summary>
    private static List<(Statement Statement, string Normalized)> Statements(List<Report> reports)
    {
        var perReport = new (Statement, string)[reports.Count][];
        Parallel.For(0, reports.Count, i =>
        {
            var r = reports[i];
            var reference = ReportRef.Of(r);
            var masking = new OwnNameMasking(r);
            perReport[i] = r.Problems.Select(f => (new Statement(reference, f), ComparableText.Normalize(masking.Mask(f.Text.Length > 0 ? f.Text : f.Title)))).ToArray();
        });
        return perReport.SelectMany(p => p).ToList();
    }

    /// <summary>
    /// The statements closest to the category's centroid in character-bigram space: a statement scores the sum,
    /// over its distinct bigrams, of how many statements of the category hold that bigram, divided by the root of
    /// its bigram count (the cosine to the centroid up to a constant). One per distinct text.
    /// </summary>
    private static List<Statement> Representative(List<Item> statements, int count)
    {
        // Statements of one text share their bigrams and score: each distinct text counts as often as it occurs, and
        // stands for its statement of the first file by name (the first in order among equals), as a stable sort by
        // (score descending, file) followed by one per distinct text would keep.
        var texts = new Dictionary<string, (int Best, int Occurrences)>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            var text = statements[i].Normalized;
            if (!texts.TryGetValue(text, out var seen)) texts[text] = (i, 1);
            else
            {
                var earlier = string.CompareOrdinal(statements[i].Statement.Report.File, statements[seen.Best].Statement.Report.File) < 0;
                texts[text] = (earlier ? i : seen.Best, seen.Occurrences + 1);
            }
        }
        var frequency = new Dictionary<int, int>();
        foreach (var (best, occurrences) in texts.Values)
            foreach (var g in statements[best].Bigrams) frequency[g] = frequency.GetValueOrDefault(g) + occurrences;
        return texts.Values
            .Select(t => (Index: t.Best, Bigrams: statements[t.Best].Bigrams))
            .Select(t => (t.Index, Score: t.Bigrams.Count == 0 ? 0 : t.Bigrams.Sum(g => frequency[g]) / Math.Sqrt(t.Bigrams.Count)))
            .OrderByDescending(x => x.Score).ThenBy(x => statements[x.Index].Statement.Report.File, StringComparer.Ordinal).ThenBy(x => x.Index)
            .Take(count).Select(x => statements[x.Index].Statement).ToList();
    }

    private static List<StatementCluster> Clusters(List<Item> statements, int bands, CommonProblemsOptions options)
    {
        var signatures = statements.Select(s => s.Signature).ToList();
        return NearDuplicateGroups.Find(signatures, bands, options.MinSimilarity)
            .Select(group => group.Select(i => statements[i].Statement).OrderBy(s => s.Report.File, StringComparer.Ordinal).ToList())
            .Select(members => new StatementCluster(members[0].Finding.Text, members.Select(s => s.Report.Township).Distinct().Count(), members))
            .Where(c => c.Townships > 1)
            .OrderByDescending(c => c.Townships).ThenByDescending(c => c.Statements.Count).ThenBy(c => c.Text, StringComparer.Ordinal)
            .Take(options.Clusters).ToList();
    }
}
