using ReportSearch.CorpusGen.Places;

namespace ReportSearch.CorpusGen.Planning;

/// <summary>How a report's tables are laid out as text.</summary>
public enum TableLayout
{
    /// <summary>Every cell on its own tab-indented line, rows separated by blank lines (seeds 000–003).</summary>
    CellPerLine,
    /// <summary>One row per line, cells separated by tabs (seed 004).</summary>
    TabRows,
}

/// <summary>Which region names a report writes about itself; decides what its text can settle.</summary>
public enum RegionNaming
{
    /// <summary>尉氏县张市镇人民政府 in the title.</summary>
    CountyInTitle,
    /// <summary>济宁市兖州区小孟镇人民政府 in the title.</summary>
    CityAndCountyInTitle,
    /// <summary>企水镇人民政府 in the title, the county named in the preamble (雷州市人民政府网站).</summary>
    CountyInProse,
    /// <summary>城关镇人民政府 in the title, only the city named in the prose (洛阳市人民政府办公室…).</summary>
    CityInProse,
}

/// <summary>One report to write: whose, for which year, in which template edition, layout and file format.</summary>
public sealed record ReportPlan(
    TownshipPlace Place, int Year, string Id, string Edition, TableLayout Layout, string Format,
    RegionNaming Naming, bool Artifacts)
{
    /// <summary>Path of the report file under the corpus folder, with '/' separators.</summary>
    public string RelativePath => $"reports/{Year}/{Id}{ReportFormats.Extension(Format)}";

    /// <summary>Path of its truth JSON under the corpus folder.</summary>
    public string TruthPath => $"truth/{Year}/{Id}.json";

    /// <summary>The region names the text writes, beyond the township's own.</summary>
    public (string? County, string? City, string? Province) Mentions => Naming switch
    {
        RegionNaming.CountyInTitle => (Place.County, null, null),
        RegionNaming.CityAndCountyInTitle => (Place.County, Place.City, null),
        RegionNaming.CountyInProse => (Place.County, null, null),
        _ => (null, Place.City, null),
    };
}

/// <summary>All reports of one township, in year order.</summary>
public sealed record TownshipPlan(TownshipPlace Place, IReadOnlyList<ReportPlan> Reports);
