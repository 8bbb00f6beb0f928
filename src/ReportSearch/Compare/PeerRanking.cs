using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// A township and its peers side by side for a year. The caller chooses the peers: a region
/// (<see cref="Regions.PeersOf"/>) or an explicit list; reports of the township itself among them are ignored.
/// </summary>
public static class PeerRanking
{
    public static PeerComparison Compare(Report township, IEnumerable<Report> peers, IReadOnlyList<string>? metricPatterns = null)
    {
        var self = TownshipIdentity.Of(township);
        var others = peers.Where(p => !TownshipIdentity.Of(p).Equals(self)).ToList();
        var group = others.Prepend(township).ToList();
        var keys = MetricKeys.Expand(metricPatterns ?? MetricKeys.PeerDefaults, group.SelectMany(r => r.Metrics).Select(m => m.Key));
        var selfRef = ReportRef.Of(township);

        var metrics = new List<PeerMetric>();
        foreach (var key in keys)
        {
            var stated = group.Select(r => (Report: r, Metric: MetricKeys.ValueOf(r, key))).Where(x => x.Metric is not null).ToList();
            var ranked = RankedValue.RankAll(stated.Select(x => (x.Report == township ? selfRef : ReportRef.Of(x.Report), x.Metric!.Value, x.Metric.Approx)));
            var mine = ranked.FirstOrDefault(v => ReferenceEquals(v.Report, selfRef));
            var peerValues = stated.Where(x => x.Report != township).Select(x => x.Metric!.Value);
            metrics.Add(new PeerMetric(key, mine?.Value, mine?.Rank, mine?.Percentile, Distribution.Of(peerValues)?.Median, group.Count - stated.Count, ranked));
        }

        var peerCategories = others.Select(p => p.Problems.SelectMany(f => f.Categories).ToHashSet(StringComparer.Ordinal)).ToList();
        var shared = township.Problems.SelectMany(f => f.Categories).Distinct().Order(StringComparer.Ordinal)
            .Select(c =>
            {
                var reporting = peerCategories.Count(set => set.Contains(c));
                return new SharedCategory(c, township.Problems.Where(f => f.Categories.Contains(c)).ToList(), reporting,
                    others.Count == 0 ? 0 : (double)reporting / others.Count);
            })
            .OrderByDescending(s => s.PeersReporting).ThenBy(s => s.Category, StringComparer.Ordinal)
            .ToList();
        var anyPeer = peerCategories.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        var alone = township.Problems.Where(f => !f.Categories.Any(anyPeer.Contains)).ToList();

        return new PeerComparison(selfRef, others.Select(ReportRef.Of).ToList(), metrics, shared, alone);
    }
}
