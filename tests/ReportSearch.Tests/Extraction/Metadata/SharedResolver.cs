using ReportSearch.Divisions;
using ReportSearch.Extraction.Metadata;

namespace ReportSearch.Tests.Extraction.Metadata;

/// <summary>One resolver for all metadata tests: building it indexes the whole division list.</summary>
internal static class SharedResolver
{
    private static readonly Lazy<RegionResolver> Instance = new(() => new RegionResolver(DivisionTable.Load()));

    public static RegionResolver Value => Instance.Value;
}
