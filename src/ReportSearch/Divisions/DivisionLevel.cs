namespace ReportSearch.Divisions;

/// <summary>The four levels of the national division list, numbered as in <c>index-data/divisions.tsv</c>.</summary>
public enum DivisionLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Township = 4,
}
