namespace ReportSearch.Compare;

/// <summary>
/// Finds paragraphs that appear verbatim or nearly so in reports of different townships, or in one township's
/// consecutive reports, from fingerprints alone (<see cref="PassageFingerprints"/>): MinHash LSH banding groups
/// similar passages in near-linear time, and sentence frequencies over the reports given tell a copied passage
/// (it holds text only its group wrote) from stock phrasing that townships everywhere use.
/// </summary>
public sealed class CopiedPassages(FingerprintOptions? fingerprintOptions = null)
{
    // Past this many townships a sentence is common; its exact set no longer matters.
    private const int TownshipCap = 64;
    private readonly FingerprintOptions _fingerprints = fingerprintOptions ?? FingerprintOptions.Default;

    public IReadOnlyList<CopiedPassage> Find(IReadOnlyList<ReportFingerprint> reports, CopyOptions? options = null)
    {
        options ??= CopyOptions.Default;
        var items = new List<(int Report, PassageSignature Passage)>();
        for (var r = 0; r < reports.Count; r++)
            foreach (var p in reports[r].Passages)
                if (p.Length >= options.MinChars) items.Add((r, p));

        var components = NearDuplicateGroups.Find(items.Select(i => i.Passage.MinHash).ToList(), _fingerprints.Bands, options.MinSimilarity,
            PassageFingerprints.SignatureBits);
        var sentenceTownships = SentenceTownships(reports);
        var yearsOf = reports.GroupBy(r => r.Report.Township.Key)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Report.Year ?? 0).Distinct().Order().ToList());

        var result = new List<CopiedPassage>();
        foreach (var component in components)
        {
            // One occurrence per report: a paragraph repeated inside one report is not a copy between reports.
            var occurrences = component.Select(i => items[i]).GroupBy(i => i.Report).Select(g => g.First())
                .OrderBy(i => reports[i.Report].Report.Year).ThenBy(i => reports[i.Report].Report.File, StringComparer.Ordinal).ToList();
            if (occurrences.Count < 2) continue;
            var townships = occurrences.Select(o => reports[o.Report].Report.Township).Distinct().OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
            var years = occurrences.Select(o => reports[o.Report].Report.Year ?? 0).Distinct().Order().ToList();
            var kind = townships.Count > 1 ? CopyKind.AcrossTownships : CopyKind.ConsecutiveYears;
            if (kind == CopyKind.ConsecutiveYears && !HasConsecutive(years, yearsOf[townships[0].Key])) continue;

            var keys = townships.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            // A sentence is the group's own when most townships that use it are in the group: two counties may
            // well happen on the same 督查7次 sentence, but stock phrasing is used everywhere.
            var own = occurrences[0].Passage.Sentences
                .Where(s => sentenceTownships.TryGetValue(s.Hash, out var set) && set.Count <= TownshipCap && 2 * set.Count(keys.Contains) > set.Count)
                .Sum(s => s.Length);
            var counties = CountiesOf(townships);
            var stock = own < options.MinOwnChars || counties > options.MaxCounties;
            if (stock && !options.IncludeStock) continue;
            var verbatim = occurrences.All(o => o.Passage.MinHash.AsSpan().SequenceEqual(occurrences[0].Passage.MinHash));
            result.Add(new CopiedPassage(kind,
                occurrences.Select(o => new PassageOccurrence(reports[o.Report].Report, o.Passage.Start, o.Passage.End, o.Passage.Length)).ToList(),
                townships, years, verbatim, own, stock));
        }
        return result.OrderByDescending(c => c.Townships.Count).ThenByDescending(c => c.Occurrences.Count)
            .ThenBy(c => c.Occurrences[0].Report.File, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// How many counties the townships lie in. A township whose county is open (城关镇 named with its city only)
    /// adds none when one of its candidate counties is already there: it may well be that county's.
    /// </summary>
    private static int CountiesOf(IReadOnlyList<TownshipIdentity> townships)
    {
        var settled = townships.Where(t => t.County is not null).Select(t => (t.Province, t.City, t.County)).ToHashSet();
        var open = townships.Where(t => t.County is null)
            .Where(t => !t.CountyCandidates.Any(c => settled.Contains((t.Province, t.City, c))))
            .Select(t => (t.Province, t.City, string.Join(',', t.CountyCandidates))).Distinct().Count();
        return settled.Count + open;
    }

    /// <summary>Years that follow each other in the township's own list of reports (a missing year in between is skipped).</summary>
    private static bool HasConsecutive(IReadOnlyList<int> years, List<int> reportYears)
    {
        for (var i = 0; i + 1 < reportYears.Count; i++)
            if (years.Contains(reportYears[i]) && years.Contains(reportYears[i + 1])) return true;
        return false;
    }

    /// <summary>For each sentence, the townships whose reports use it (collection stops past the cap).</summary>
    private static Dictionary<uint, HashSet<string>> SentenceTownships(IReadOnlyList<ReportFingerprint> reports)
    {
        var map = new Dictionary<uint, HashSet<string>>();
        foreach (var report in reports)
            foreach (var s in report.Sentences)
            {
                if (!map.TryGetValue(s, out var set)) map[s] = set = new HashSet<string>(StringComparer.Ordinal);
                if (set.Count <= TownshipCap) set.Add(report.Report.Township.Key);
            }
        return map;
    }
}
