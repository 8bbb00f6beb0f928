using ReportSearch.Divisions;
using ReportSearch.Model;

namespace ReportSearch.Query;

/// <summary>The filter names of the query language and the values the closed ones accept.</summary>
public static class FilterVocabulary
{
    /// <summary>The names written before ':' (metric keys also accept ':' as '=').</summary>
    public static readonly IReadOnlyList<string> Names =
        ["year", "province", "city", "county", "township", "section", "category", "template", "anomaly"];

    /// <summary>Template editions.</summary>
    public static readonly IReadOnlyList<string> Templates = ["2019", "2021"];

    /// <summary>The anomaly kinds of METRICS.md.</summary>
    public static readonly IReadOnlyList<string> AnomalyKindNames =
        [AnomalyKinds.CellCount, AnomalyKinds.SumMismatch, AnomalyKinds.TextTableConflict, AnomalyKinds.MissingTable];

    /// <summary>The division level a region filter name stands for, or null when the name is not one.</summary>
    public static DivisionLevel? RegionLevel(string name) => name switch
    {
        "province" => DivisionLevel.Province,
        "city" => DivisionLevel.City,
        "county" => DivisionLevel.County,
        "township" => DivisionLevel.Township,
        _ => null,
    };
}
