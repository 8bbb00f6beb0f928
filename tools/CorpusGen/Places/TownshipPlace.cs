namespace ReportSearch.CorpusGen.Places;

/// <summary>A township (乡、镇、街道) of the national division list with the names and codes of its county, city and province.</summary>
public sealed record TownshipPlace(
    string Code, string Township,
    string CountyCode, string County,
    string CityCode, string City,
    string ProvinceCode, string Province)
{
    /// <summary>True for a 街道, whose reports are issued by a 街道办事处 rather than a 人民政府.</summary>
    public bool IsSubdistrict => Township.EndsWith("街道", StringComparison.Ordinal);

    /// <summary>How the township speaks of itself: 我镇, 我乡, 我街道.</summary>
    public string SelfReference => Township.EndsWith("乡", StringComparison.Ordinal) ? "我乡"
        : IsSubdistrict ? "我街道"
        : "我镇";

    /// <summary>The short kind word: 镇, 乡 or 街道.</summary>
    public string KindWord => Township.EndsWith("乡", StringComparison.Ordinal) ? "乡" : IsSubdistrict ? "街道" : "镇";

    /// <summary>The issuing body after the place names: 人民政府 or 办事处.</summary>
    public string BodySuffix => IsSubdistrict ? "办事处" : "人民政府";

    /// <summary>True when the county is a 区 of a city, so the county-level government is a 区委/区政府.</summary>
    public string CountyKindWord => County.EndsWith("区", StringComparison.Ordinal) ? "区"
        : County.EndsWith("市", StringComparison.Ordinal) ? "市"
        : County.EndsWith("旗", StringComparison.Ordinal) ? "旗"
        : "县";
}
