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

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Count(int[] ids, DocValues values)
    {
        // Counts go into arrays indexed by year or interned name: a result can hold every report, and a hash
        // lookup per report and facet cost more than the rest of the loop.
        var years = new int[MaxYear + 1];
        var province = new int[values.NameCount];
        var city = new int[values.NameCount];
        var county = new int[values.NameCount];
        var template = new int[values.NameCount];
        var sections = new int[SectionKinds.All.Count];
        var categories = new int[ProblemCategories.All.Count];
        var anomalies = new int[ReportMasks.AnomalyKindNames.Count];
        var otherYears = new Dictionary<int, int>();
        foreach (var id in ids)
        {
            var year = values.Year[id];
            if (year is > 0 and <= MaxYear) years[year]++;
            else if (year != 0) otherYears[year] = otherYears.GetValueOrDefault(year) + 1;
            Add(province, values.Province[id]);
            Add(city, values.City[id]);
            Add(county, values.County[id]);
            Add(template, values.Template[id]);
            AddBits(sections, values.Sections[id]);
            AddBits(categories, values.Categories[id]);
            AddBits(anomalies, values.Anomalies[id]);
        }
        var yearCounts = new List<(string, int)>();
        for (var y = 1; y <= MaxYear; y++)
            if (years[y] > 0) yearCounts.Add((y.ToString(), years[y]));
        yearCounts.AddRange(otherYears.Select(p => (p.Key.ToString(), p.Value)));
        return new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["year"] = Sorted(yearCounts),
            ["province"] = Named(province, values),
            ["city"] = Named(city, values),
            ["county"] = Named(county, values),
            ["template"] = Named(template, values),
            ["section"] = Sorted(SectionKinds.All.Select((k, i) => (k, sections[i])).ToList()),
            ["category"] = Sorted(ProblemCategories.All.Select((c, i) => (c, categories[i])).ToList()),
            ["anomaly"] = Sorted(ReportMasks.AnomalyKindNames.Select((a, i) => (a, anomalies[i])).ToList()),
        };
    }

    // Years above this (or negative) are counted in a dictionary: never seen, but not worth a wrong count.
    private const int MaxYear = 4095;

    // Unknown values are interned as -1 (and -2 never occurs in the arrays).
    private static void Add(int[] counts, int value)
    {
        if (value >= 0) counts[value]++;
    }

    // Region and template names: sorted by count, ties by the names' precomputed ordinal ranks (no string compares).
    private static IReadOnlyDictionary<string, int> Named(int[] counts, DocValues values)
    {
        var ranks = values.NameRanks;
        var named = new List<(int Id, int Count)>();
        for (var i = 0; i < counts.Length; i++)
            if (counts[i] > 0) named.Add((i, counts[i]));
        named.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : ranks[a.Id].CompareTo(ranks[b.Id]));
        var sorted = new Dictionary<string, int>(named.Count);
        foreach (var (id, count) in named) sorted[values.Name(id)] = count;
        return sorted;
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

    // One in-place sort of a list (most frequent first, ties by name): a result's facets are built for every search.
    private static IReadOnlyDictionary<string, int> Sorted(List<(string Name, int Count)> counts)
    {
        counts.RemoveAll(c => c.Count <= 0);
        counts.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Name, b.Name));
        var sorted = new Dictionary<string, int>(counts.Count);
        foreach (var (name, count) in counts) sorted[name] = count;
        return sorted;
    }
}
