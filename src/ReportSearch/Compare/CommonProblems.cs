using System.Runtime.CompilerServices;
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

    // The loops below run once or a few times per question, often in a process answering one question (the CLI):
    // optimised at once rather than first as unoptimised tier-0 code (which took about as long as the rest).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CommonProblemsResult Rank(IEnumerable<Report> reports, CommonProblemsOptions? options = null)
    {
        options ??= CommonProblemsOptions.Default;
        var dated = reports.Where(r => r.Year is not null).ToList();
        var refs = dated.Select(ReportRef.Of).ToList();
        // Townships are numbered once (by identity): counting them per category, year and cluster is then counting
        // small numbers, not hashing identities for every statement.
        var numbers = new Dictionary<TownshipIdentity, int>();
        var townshipOf = refs.Select(r => numbers.TryGetValue(r.Township, out var n) ? n : numbers[r.Township] = numbers.Count).ToArray();
        var townships = numbers.Count;
        var years = dated.Select(r => r.Year!.Value).Distinct().Order().ToList();
        var townshipsByYear = years.ToDictionary(y => y, _ => new HashSet<int>());
        for (var i = 0; i < dated.Count; i++) townshipsByYear[dated[i].Year!.Value].Add(townshipOf[i]);
        // Files ranked once: every "first by file" below compares two numbers instead of two paths.
        var fileRank = FileRanks(refs);

        var statements = Statements(dated, refs);
        // Bigrams and signatures depend on the normalised text alone: computed once per distinct text (template
        // wording repeats across townships) and shared by every category a statement is in.
        var textOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<string>();
        foreach (var s in statements)
            if (textOf.TryAdd(s.Normalized, distinct.Count)) distinct.Add(s.Normalized);
        var features = new (HashSet<int> Bigrams, uint[] Signature)[distinct.Count];
        Parallel.For(0, distinct.Count, i => features[i] = (ComparableText.Bigrams(distinct[i]), _statementPrints.Signature(distinct[i])));

        // Each category's statements in one pass, in statement order; categories in order of first appearance.
        var byCategory = new Dictionary<string, List<Item>>(StringComparer.Ordinal);
        foreach (var s in statements)
        {
            var text = textOf[s.Normalized];
            var item = new Item(s.Statement, text, townshipOf[s.Report], fileRank[s.Report], features[text].Bigrams, features[text].Signature);
            foreach (var category in s.Statement.Finding.Categories)
            {
                if (!byCategory.TryGetValue(category, out var of)) byCategory[category] = of = [];
                if (of.Count == 0 || !ReferenceEquals(of[^1], item)) of.Add(item);  // a category listed twice counts once
            }
        }
        var names = byCategory.Keys.ToList();
        var categories = new CommonCategory[names.Count];
        Parallel.For(0, names.Count, c => categories[c] = Category(names[c], byCategory[names[c]], years, townships, townshipsByYear, options));
        return new CommonProblemsResult(townships, years,
            categories.OrderByDescending(c => c.Share).ThenBy(c => c.Category, StringComparer.Ordinal).ToList());
    }

    /// <summary>A category's townships (in all and per year), its typical statements and its clusters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CommonCategory Category(string name, List<Item> of, List<int> years, int townships,
        Dictionary<int, HashSet<int>> townshipsByYear, CommonProblemsOptions options)
    {
        var reporting = new HashSet<int>();
        var reportingByYear = years.ToDictionary(y => y, _ => new HashSet<int>());
        foreach (var s in of)
        {
            reporting.Add(s.Township);
            reportingByYear[s.Statement.Report.Year!.Value].Add(s.Township);
        }
        var trend = years.Select(y =>
        {
            var (all, n) = (townshipsByYear[y].Count, reportingByYear[y].Count);
            return new CategoryYearShare(y, all, n, (double)n / all);
        }).ToList();
        return new CommonCategory(name, reporting.Count, (double)reporting.Count / townships, trend,
            Representative(of, options.Representatives), Clusters(of, _statementPrints.Options.Bands, options));
    }

    /// <summary>
    /// A statement with the numbers of its distinct normalised text, its township and its file's rank in ordinal
    /// order, and the text's character bigrams and MinHash signature (shared by every statement of that text).
    /// </summary>
    private sealed record Item(Statement Statement, int Text, int Township, int FileRank, HashSet<int> Bigrams, uint[] Signature);

    /// <summary>Per report, the rank of its file among the distinct files in ordinal order (equal files, equal ranks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] FileRanks(List<ReportRef> refs)
    {
        var files = refs.Select(r => r.File).Distinct().Order(StringComparer.Ordinal).Select((f, i) => (f, i))
            .ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        return refs.Select(r => files[r.File]).ToArray();
    }

    /// <summary>
    /// The problems of the reports as statements with their masked, normalised texts and their report's position,
    /// in report order. A text holding none of its report's own names masks the same in every report: it is masked
    /// and normalised once (template wording repeats by the thousand).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(Statement Statement, string Normalized, int Report)> Statements(List<Report> reports, List<ReportRef> refs)
    {
        // One thread: with texts shared, a statement costs a few lookups, less than handing reports to other threads.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        // A masking depends on the report's names alone: built once per township and its names (building one per
        // report was most of this method's time and memory).
        var maskings = new Dictionary<(string?, string?, string?, string?, string), OwnNameMasking>();
        var statements = new List<(Statement, string, int)>();
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            var names = (r.Township, r.County, r.City, r.Province, r.CountyCandidates.Count == 0 ? "" : string.Join('\n', r.CountyCandidates));
            if (!maskings.TryGetValue(names, out var masking)) maskings[names] = masking = new OwnNameMasking(r);
            foreach (var f in reports[i].Problems)
            {
                var text = f.Text.Length > 0 ? f.Text : f.Title;
                string? normalized;
                if (masking.HasNames(text)) normalized = ComparableText.Normalize(masking.Mask(text));
                else if (!shared.TryGetValue(text, out normalized))
                    shared[text] = normalized = ComparableText.Normalize(OwnNameMasking.MaskWithoutNames(text));
                statements.Add((new Statement(refs[i], f), normalized, i));
            }
        }
        return statements;
    }

    /// <summary>
    /// The statements closest to the category's centroid in character-bigram space: a statement scores the sum,
    /// over its distinct bigrams, of how many statements of the category hold that bigram, divided by the root of
    /// its bigram count (the cosine to the centroid up to a constant). One per distinct text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Statement> Representative(List<Item> statements, int count)
    {
        // Statements of one text share their bigrams and score: each distinct text counts as often as it occurs, and
        // stands for its statement of the first file by name (the first in order among equals), as a stable sort by
        // (score descending, file) followed by one per distinct text would keep.
        var texts = new Dictionary<int, (int Best, int Occurrences)>();
        for (var i = 0; i < statements.Count; i++)
        {
            var text = statements[i].Text;
            if (!texts.TryGetValue(text, out var seen)) texts[text] = (i, 1);
            else texts[text] = (statements[i].FileRank < statements[seen.Best].FileRank ? i : seen.Best, seen.Occurrences + 1);
        }
        var frequency = new Dictionary<int, int>();
        foreach (var (best, occurrences) in texts.Values)
            foreach (var g in statements[best].Bigrams) frequency[g] = frequency.GetValueOrDefault(g) + occurrences;
        return texts.Values
            .Select(t => (Index: t.Best, Bigrams: statements[t.Best].Bigrams))
            .Select(t => (t.Index, Score: t.Bigrams.Count == 0 ? 0 : t.Bigrams.Sum(g => frequency[g]) / Math.Sqrt(t.Bigrams.Count)))
            .OrderByDescending(x => x.Score).ThenBy(x => statements[x.Index].FileRank).ThenBy(x => x.Index)
            .Take(count).Select(x => statements[x.Index].Statement).ToList();
    }

    /// <summary>
    /// Groups of near-identical statements spanning several townships, most townships first. Only the groups kept
    /// are built whole: a group is ranked by its statement count, its townships and the text of its first statement
    /// by file (what sorting every group's members by file would put first), without sorting any members.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<StatementCluster> Clusters(List<Item> statements, int bands, CommonProblemsOptions options)
    {
        var signatures = statements.Select(s => s.Signature).ToList();
        return NearDuplicateGroups.Find(signatures, bands, options.MinSimilarity)
            .Select(group => (Members: group, Townships: group.Select(i => statements[i].Township).Distinct().Count(), First: FirstByFile(group, statements)))
            .Where(g => g.Townships > 1)
            .OrderByDescending(g => g.Townships).ThenByDescending(g => g.Members.Count)
            .ThenBy(g => statements[g.First].Statement.Finding.Text, StringComparer.Ordinal)
            .Take(options.Clusters)
            .Select(g => new StatementCluster(statements[g.First].Statement.Finding.Text, g.Townships,
                g.Members.OrderBy(i => statements[i].FileRank).Select(i => statements[i].Statement).ToList()))
            .ToList();
    }

    // The member a stable sort by file puts first: the smallest file, the earliest member among equal files.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FirstByFile(List<int> group, List<Item> statements)
    {
        var first = group[0];
        foreach (var i in group)
            if (statements[i].FileRank < statements[first].FileRank) first = i;
        return first;
    }
}
