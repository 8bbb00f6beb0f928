using ReportSearch.Index;
using ReportSearch.Model;

namespace ReportSearch.Search;

/// <summary>
/// Facet counts over a whole result, from the <see cref="DocValues"/> arrays: year, province, city, county, template,
/// section (reports having a section of that kind), category (reports with a problem or measure of it) and anomaly.
/// Values are listed most frequent first (ties by name); unknown values are left out.
/// </summary>
internal static class FacetCounter
{
    public static readonly IReadOnlyList<string> Names = ["year", "province", "city", "county", "template", "section", "category", "anomaly"];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Count(IReadOnlyList<int> ids, DocValues values)
    {
        var years = new Dictionary<int, int>();
        var province = new Dictionary<int, int>();
        var city = new Dictionary<int, int>();
        var county = new Dictionary<int, int>();
        var template = new Dictionary<int, int>();
        var sections = new int[SectionKinds.All.Count];
        var categories = new int[ProblemCategories.All.Count];
        var anomalies = new int[ReportMasks.AnomalyKindNames.Count];
        foreach (var id in ids)
        {
            Add(years, values.Year[id], unknown: 0);
            Add(province, values.Province[id], unknown: -1);
            Add(city, values.City[id], unknown: -1);
            Add(county, values.County[id], unknown: -1);
            Add(template, values.Template[id], unknown: -1);
            AddBits(sections, values.Sections[id]);
            AddBits(categories, values.Categories[id]);
            AddBits(anomalies, values.Anomalies[id]);
        }
        return new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["year"] = Sorted(years.Select(p => (p.Key.ToString(), p.Value))),
            ["province"] = Sorted(province.Select(p => (values.Name(p.Key), p.Value))),
            ["city"] = Sorted(city.Select(p => (values.Name(p.Key), p.Value))),
            ["county"] = Sorted(county.Select(p => (values.Name(p.Key), p.Value))),
            ["template"] = Sorted(template.Select(p => (values.Name(p.Key), p.Value))),
            ["section"] = Sorted(SectionKinds.All.Select((k, i) => (k, sections[i]))),
            ["category"] = Sorted(ProblemCategories.All.Select((c, i) => (c, categories[i]))),
            ["anomaly"] = Sorted(ReportMasks.AnomalyKindNames.Select((a, i) => (a, anomalies[i]))),
        };
    }

    private static void Add(Dictionary<int, int> counts, int value, int unknown)
    {
        if (value == unknown) return;
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    private static void AddBits(int[] counts, int mask)
    {
        while (mask != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(mask);
            counts[bit]++;
            mask &= mask - 1;
        }
    }

    private static IReadOnlyDictionary<string, int> Sorted(IEnumerable<(string Name, int Count)> counts)
    {
        var sorted = new Dictionary<string, int>();
        foreach (var (name, count) in counts.Where(c => c.Count > 0).OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal))
            sorted[name] = count;
        return sorted;
    }
}
