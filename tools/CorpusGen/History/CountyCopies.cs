using ReportSearch.CorpusGen.Planning;
using ReportSearch.CorpusGen.Prose;
using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.History;

/// <summary>
/// Decides which reports copy a paragraph word for word from another township of their county in the same year,
/// and writes that paragraph. It is a function of the corpus seed, the county and the year, so every township can
/// be written on its own thread and still hold the same words as its source.
/// </summary>
public static class CountyCopies
{
    /// <summary>The paragraph each report holds (sources and copies alike), and the truth of every copy.</summary>
    public sealed record Plan(IReadOnlyDictionary<string, string> ParagraphByReport, IReadOnlyList<CopiedParagraph> Truth);

    public static Plan Decide(CorpusOptions options, IReadOnlyList<TownshipPlan> townships)
    {
        var byReport = new Dictionary<string, string>(StringComparer.Ordinal);
        var truth = new List<CopiedParagraph>();
        var groups = townships.SelectMany(t => t.Reports)
            .GroupBy(r => (r.Place.CountyCode, r.Year))
            .OrderBy(g => g.Key.CountyCode, StringComparer.Ordinal).ThenBy(g => g.Key.Year);
        foreach (var group in groups)
        {
            var reports = group.OrderBy(r => r.Place.Code, StringComparer.Ordinal).ToList();
            if (reports.Count < 2) continue;
            var rng = Rng.For(options.Seed, "copy", group.Key.CountyCode, group.Key.Year);
            var source = reports[rng.Next(reports.Count)];
            var copies = reports.Where(r => r != source && rng.Chance(options.CopyShare)).ToList();
            if (copies.Count == 0) continue;
            var paragraph = Paragraph(rng, source);
            byReport[source.Id] = paragraph;
            foreach (var c in copies) byReport[c.Id] = paragraph;
            truth.Add(new CopiedParagraph(group.Key.CountyCode, group.Key.Year, paragraph, source.RelativePath, copies.Select(c => c.RelativePath).ToList()));
        }
        return new Plan(byReport, truth);
    }

    /// <summary>
    /// A description of the year's work in the source's words, from sentences that name no place (a copy must not
    /// name another township), made distinctive with counts of its own.
    /// </summary>
    private static string Paragraph(Rng rng, ReportPlan source)
    {
        var ctx = new ProseContext(source.Place, source.Year, null, null, "");
        static bool Generic(string s) => !s.Contains("{T}", StringComparison.Ordinal) && !s.Contains("{B}", StringComparison.Ordinal) && !s.Contains("{S}", StringComparison.Ordinal);
        var pool = OverviewPhrases.Management.Concat(OverviewPhrases.Platforms).Concat(OverviewPhrases.Oversight).Where(Generic).ToList();
        var sentences = rng.Sample(pool, rng.Between(3, 5)).Select(ctx.Fill).ToList();
        sentences.Insert(rng.Next(sentences.Count), $"全年共开展政务公开专项督查{rng.Between(2, 12)}次，发现并整改问题{rng.Between(3, 40)}个。");
        return ctx.Fill(rng.Pick<string>(["{Y}年，", "一年来，", "今年以来，"])) + string.Concat(sentences);
    }
}
