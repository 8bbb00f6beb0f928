using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// Who a report speaks for. Townships share names (城关镇 has 88), so the name alone never identifies one:
/// the identity is the division code when extraction settled it, else the name with its county (or the county
/// candidates when the county is open), city and province. Two reports with equal <see cref="Key"/> are one township.
/// </summary>
public sealed record TownshipIdentity(
    string Key, string? DivisionCode, string? Township, string? County, IReadOnlyList<string> CountyCandidates, string? City, string? Province)
{
    public static TownshipIdentity Of(Report report)
    {
        var candidates = report.County is null
            ? report.CountyCandidates.Order(StringComparer.Ordinal).ToList()
            : (IReadOnlyList<string>)[];
        var key = report.DivisionCode is { Length: > 0 } code
            ? "code:" + code
            : string.Join('|', "name:" + report.Township, report.County ?? "[" + string.Join(',', candidates) + "]", report.City, report.Province);
        return new TownshipIdentity(key, report.DivisionCode, report.Township, report.County, candidates, report.City, report.Province);
    }

    /// <summary>Province, city, county (or its candidates) and township, for people.</summary>
    public string Label =>
        string.Concat(Province, City, County ?? (CountyCandidates.Count > 0 ? "(" + string.Join("/", CountyCandidates) + ")" : ""), Township);

    public bool Equals(TownshipIdentity? other) => other is not null && other.Key == Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}

/// <summary>A light reference to one report: enough to show it and to fetch it again.</summary>
public sealed record ReportRef(string File, TownshipIdentity Township, int? Year)
{
    public static ReportRef Of(Report report) => new(report.File, TownshipIdentity.Of(report), report.Year);
}
