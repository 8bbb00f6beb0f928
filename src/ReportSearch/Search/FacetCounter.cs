using ReportSearch.Index;
using ReportSearch.Model;

namespace ReportSearch.Search;

/// <summary>
/// Facet counts over a whole result, from the <see cref="DocValues"/> arrays: year, province, city, county, template,
/// section (reports having a section of that kind), category (reports with a problem or measure of it) and anomaly.
/// Only the facets asked for are counted (one pass over the result each). Values are listed most frequent first
/// (ties by name); unknown values are left out. One count at a time per instance (it reuses its count arrays).
/// </summary>
internal sealed class FacetCounter
{
    public static readonly IReadOnlyList<string> Names = ["year", "province", "city", "county", "template", "section", "category", "anomaly"];

    // Years above this (or negative) are counted in a dictionary: never seen, but not worth a wrong count.
    private const int MaxYear = 4095;

    // Counts go into arrays indexed by year or interned name (a hash look-up per report cost more than the rest of
    // the loop); they are kept between searches and cleared as they are read out.
    private readonly int[] _years = new int[MaxYear + 1];
    private int[] _named = [];
    private readonly int[] _bits = new int[32];

    /// <summary>The facets named in <paramref name="wanted"/> (null = all), in the order of <see cref="Names"/>.</summary>
    /// <exception cref="ArgumentException">A name is not a facet.</exception>
    public static IReadOnlyList<string> Selected(IReadOnlyCollection<string>? wanted)
    {
        if (wanted is null) return Names;
        foreach (var name in wanted)
            if (!Names.Contains(name)) throw new ArgumentException($"unknown facet '{name}': use {string.Join(", ", Names)}");
        return Names.Where(wanted.Contains).ToList();
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Count(ReadOnlySpan<int> ids, DocValues values, IReadOnlyList<string> facets)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, int>>(facets.Count);
        foreach (var facet in facets)
            result[facet] = facet switch
            {
                "year" => Years(ids, values.Year),
                "province" => Named(ids, values.Province, values),
                "city" => Named(ids, values.City, values),
                "county" => Named(ids, values.County, values),
                "template" => Named(ids, values.Template, values),
                "section" => Bits(ids, values.Sections, SectionKinds.All),
                "category" => Bits(ids, values.Categories, ProblemCategories.All),
                "anomaly" => Bits(ids, values.Anomalies, ReportMasks.AnomalyKindNames),
                _ => throw new ArgumentException($"unknown facet '{facet}'"),
            };
        return result;
    }

    private IReadOnlyDictionary<string, int> Years(ReadOnlySpan<int> ids, int[] year)
    {
        var years = _years;
        Dictionary<int, int>? other = null;
        foreach (var id in ids)
        {
            var y = year[id];
            if ((uint)(y - 1) < MaxYear) years[y]++;
            else if (y != 0) (other ??= [])[y] = other.GetValueOrDefault(y) + 1;
        }
        var counts = new List<(string, int)>();
        for (var y = 1; y <= MaxYear; y++)
        {
            if (years[y] == 0) continue;
            counts.Add((y.ToString(), years[y]));
            years[y] = 0;
        }
        if (other is not null) counts.AddRange(other.Select(p => (p.Key.ToString(), p.Value)));
        return Sorted(counts);
    }

    // Region and template names: sorted by count, ties by the names' precomputed ordinal ranks (no string compares).
    // Unknown values are interned as -1 (and -2 never occurs in the arrays).
    private IReadOnlyDictionary<string, int> Named(ReadOnlySpan<int> ids, int[] column, DocValues values)
    {
        if (_named.Length < values.NameCount) _named = new int[values.NameCount];
        var counts = _named;
        foreach (var id in ids)
        {
            var value = column[id];
            if (value >= 0) counts[value]++;
        }
        var ranks = values.NameRanks;
        var named = new List<(int Id, int Count)>();
        for (var i = 0; i < values.NameCount; i++)
        {
            if (counts[i] == 0) continue;
            named.Add((i, counts[i]));
            counts[i] = 0;
        }
        named.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : ranks[a.Id].CompareTo(ranks[b.Id]));
        var sorted = new Dictionary<string, int>(named.Count);
        foreach (var (id, count) in named) sorted[values.Name(id)] = count;
        return sorted;
    }

    private IReadOnlyDictionary<string, int> Bits(ReadOnlySpan<int> ids, int[] column, IReadOnlyList<string> names)
    {
        var counts = _bits;
        foreach (var id in ids)
        {
            var mask = column[id];
            while (mask != 0)
            {
                counts[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
                mask &= mask - 1;
            }
        }
        var named = new List<(string, int)>(names.Count);
        for (var i = 0; i < names.Count; i++) named.Add((names[i], counts[i]));
        Array.Clear(counts);
        return Sorted(named);
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
