namespace ReportSearch.CorpusGen.Places;

/// <summary>
/// Every township of the national division list, indexed by name, so the generator can sample townships and
/// decide, as an extractor would have to, which regions a report's text leaves open.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<TownshipPlace>> _byName;

    public Gazetteer(IEnumerable<TownshipPlace> townships)
    {
        All = townships.OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        _byName = new Dictionary<string, List<TownshipPlace>>(StringComparer.Ordinal);
        foreach (var t in All)
        {
            if (!_byName.TryGetValue(t.Township, out var list)) _byName[t.Township] = list = [];
            list.Add(t);
        }
    }

    /// <summary>All townships in code order.</summary>
    public IReadOnlyList<TownshipPlace> All { get; }

    /// <summary>The townships of that exact name, in code order (empty when none).</summary>
    public IReadOnlyList<TownshipPlace> Named(string township) =>
        _byName.TryGetValue(township, out var list) ? list : [];

    /// <summary>
    /// What a text settles when it names the township and, optionally, its county, city or province:
    /// every field the division list leaves open is null and the possible counties are listed.
    /// </summary>
    public RegionTruth Resolve(string township, string? county, string? city, string? province)
    {
        var matches = Named(township)
            .Where(t => county is null || t.County == county)
            .Where(t => city is null || t.City == city)
            .Where(t => province is null || t.Province == province)
            .ToList();
        if (matches.Count == 0)
            return new RegionTruth(township, county, [], city, province, null);

        var counties = matches.Select(t => (t.CountyCode, t.County)).Distinct().OrderBy(c => c.CountyCode, StringComparer.Ordinal).ToList();
        var cities = matches.Select(t => t.City).Distinct().ToList();
        var provinces = matches.Select(t => t.Province).Distinct().ToList();
        var settledCounty = counties.Count == 1 ? counties[0].County : null;
        return new RegionTruth(
            township,
            settledCounty,
            settledCounty is null ? counties.Select(c => c.County).ToList() : [],
            cities.Count == 1 ? cities[0] : null,
            provinces.Count == 1 ? provinces[0] : null,
            matches.Count == 1 ? matches[0].Code : null);
    }
}

/// <summary>The region fields of a report's truth, as far as its text and the division list settle them.</summary>
public sealed record RegionTruth(
    string Township, string? County, IReadOnlyList<string> CountyCandidates, string? City, string? Province, string? DivisionCode);

/// <summary>Builds the <see cref="Gazetteer"/> from the national division table.</summary>
public static class GazetteerSource
{
    /// <summary>
    /// Every township with its county, city and province. Townships of counties that belong to no city (济源市,
    /// 仙桃市…) are left out: their reports could not name a city, which the generator's region naming assumes.
    /// </summary>
    public static Gazetteer FromDivisions(ReportSearch.Divisions.DivisionTable table)
    {
        var places = new List<TownshipPlace>();
        foreach (var t in table.All)
        {
            if (t.Level != ReportSearch.Divisions.DivisionLevel.Township) continue;
            var county = table.Parent(t);
            var city = county is null ? null : table.Parent(county);
            var province = city is null ? null : table.Parent(city);
            if (county?.Level != ReportSearch.Divisions.DivisionLevel.County || city?.Level != ReportSearch.Divisions.DivisionLevel.City
                || province?.Level != ReportSearch.Divisions.DivisionLevel.Province) continue;
            places.Add(new TownshipPlace(t.Code, t.Name, county.Code, county.Name, city.Code, city.Name, province.Code, province.Name));
        }
        return new Gazetteer(places);
    }
}
