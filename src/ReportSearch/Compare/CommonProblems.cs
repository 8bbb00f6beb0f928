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

        var statements = dated.SelectMany(r =>
        {
            var reference = ReportRef.Of(r);
            var masking = new OwnNameMasking(r);
            return r.Problems.Select(f => (Statement: new Statement(reference, f), Normalized: ComparableText.Normalize(masking.Mask(f.Text.Length > 0 ? f.Text : f.Title))));
        }).ToList();

        var categories = new List<CommonCategory>();
        foreach (var category in statements.SelectMany(s => s.Statement.Finding.Categories).Distinct())
        {
            var of = statements.Where(s => s.Statement.Finding.Categories.Contains(category)).ToList();
            var reporting = of.Select(s => s.Statement.Report.Township).Distinct().Count();
            var trend = years.Select(y =>
            {
                var n = of.Where(s => s.Statement.Report.Year == y).Select(s => s.Statement.Report.Township).Distinct().Count();
                return new CategoryYearShare(y, townshipsByYear[y], n, (double)n / townshipsByYear[y]);
            }).ToList();
            categories.Add(new CommonCategory(category, reporting, (double)reporting / townships, trend,
                Representative(of, options.Representatives), Clusters(of, options)));
        }
        return new CommonProblemsResult(townships, years,
            categories.OrderByDescending(c => c.Share).ThenBy(c => c.Category, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The statements closest to the category's centroid in character-bigram space: a statement scores the sum,
    /// over its distinct bigrams, of how many statements of the category hold that bigram, divided by the root of
    /// its bigram count (the cosine to the centroid up to a constant). One per distinct text.
    /// </summary>
    private static List<Statement> Representative(List<(Statement Statement, string Normalized)> statements, int count)
    {
        var bigrams = statements.Select(s => ComparableText.Bigrams(s.Normalized)).ToList();
        var frequency = new Dictionary<int, int>();
        foreach (var set in bigrams)
            foreach (var g in set) frequency[g] = frequency.GetValueOrDefault(g) + 1;
        return statements.Select((s, i) => (s, Score: bigrams[i].Count == 0 ? 0 : bigrams[i].Sum(g => frequency[g]) / Math.Sqrt(bigrams[i].Count)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.s.Statement.Report.File, StringComparer.Ordinal)
            .DistinctBy(x => x.s.Normalized)
            .Take(count).Select(x => x.s.Statement).ToList();
    }

    private List<StatementCluster> Clusters(List<(Statement Statement, string Normalized)> statements, CommonProblemsOptions options)
    {
        var signatures = statements.Select(s => _statementPrints.Signature(s.Normalized)).ToList();
        return NearDuplicateGroups.Find(signatures, _statementPrints.Options.Bands, options.MinSimilarity)
            .Select(group => group.Select(i => statements[i].Statement).OrderBy(s => s.Report.File, StringComparer.Ordinal).ToList())
            .Select(members => new StatementCluster(members[0].Finding.Text, members.Select(s => s.Report.Township).Distinct().Count(), members))
            .Where(c => c.Townships > 1)
            .OrderByDescending(c => c.Townships).ThenByDescending(c => c.Statements.Count).ThenBy(c => c.Text, StringComparer.Ordinal)
            .Take(options.Clusters).ToList();
    }
}
