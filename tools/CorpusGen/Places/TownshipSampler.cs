using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Places;

/// <summary>
/// Draws the townships of a corpus: whole groups from a county (so townships of one county can share copied
/// paragraphs and be compared as peers), plus clusters of same-named townships in different counties of one
/// city (城关镇), whose reports may leave their county open.
/// </summary>
public sealed class TownshipSampler(Gazetteer gazetteer)
{
    /// <summary>Share of the sample taken from names held by several counties of one city.</summary>
    public const double SharedNameShare = 0.08;

    public IReadOnlyList<TownshipPlace> Sample(int count, ulong seed)
    {
        var rng = Rng.For(seed, "townships");
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        var picked = new List<TownshipPlace>();

        void Take(TownshipPlace t)
        {
            if (picked.Count < count && chosen.Add(t.Code)) picked.Add(t);
        }

        // Only 镇, 乡 and 街道 publish these reports as 人民政府/办事处; the list's farms, forest stations and
        // development zones at the same level do not.
        var eligible = gazetteer.All.Where(IsTownship).ToList();
        count = Math.Min(count, eligible.Count);

        // Clusters of one name within one city, such as 城关镇 in three counties of 洛阳市.
        var clusters = eligible
            .GroupBy(t => (t.CityCode, t.Township))
            .Where(g => g.Select(t => t.CountyCode).Distinct().Count() >= 2)
            .Select(g => g.ToList())
            .ToList();
        var sharedTarget = (int)Math.Round(count * SharedNameShare);
        foreach (var cluster in rng.Sample(clusters, clusters.Count))
        {
            if (picked.Count >= sharedTarget) break;
            foreach (var t in cluster) Take(t);
        }

        // The rest by counties, a few townships from each, going round again until enough are taken.
        var counties = eligible.GroupBy(t => t.CountyCode).Select(g => g.ToList()).ToList();
        rng.Shuffle(counties);
        while (picked.Count < count)
        {
            foreach (var county in counties)
            {
                if (picked.Count >= count) break;
                foreach (var t in rng.Sample(county, rng.Between(2, 8))) Take(t);
            }
        }
        return picked.OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
    }

    public static bool IsTownship(TownshipPlace t) =>
        t.Township.Length >= 2 && (t.Township.EndsWith('镇') || t.Township.EndsWith('乡') || t.Township.EndsWith("街道", StringComparison.Ordinal));
}
