using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>The region level peers are drawn from, or values grouped by.</summary>
public enum RegionScope
{
    County,
    City,
    Province,
}

/// <summary>The region a report belongs to at a <see cref="RegionScope"/>, as a key and a name for people.</summary>
public static class Regions
{
    /// <summary>Null when the report does not settle that level (a 城关镇 whose county is open has no county).</summary>
    public static string? KeyOf(Report report, RegionScope scope) => scope switch
    {
        RegionScope.Province => report.Province,
        RegionScope.City => report.City is null ? null : report.Province + "/" + report.City,
        _ => report.County is null ? null : report.Province + "/" + report.City + "/" + report.County,
    };

    /// <summary>
    /// The reports of the same year and the same region as <paramref name="target"/>, other townships only.
    /// Empty when the target's own region at that level is not settled: peers are never guessed.
    /// </summary>
    public static IReadOnlyList<Report> PeersOf(Report target, IEnumerable<Report> candidates, RegionScope scope)
    {
        var region = KeyOf(target, scope);
        if (region is null) return [];
        var self = TownshipIdentity.Of(target);
        return candidates
            .Where(r => r.Year == target.Year && KeyOf(r, scope) == region && !TownshipIdentity.Of(r).Equals(self))
            .ToList();
    }
}
