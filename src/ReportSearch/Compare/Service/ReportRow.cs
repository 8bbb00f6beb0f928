using ReportSearch.Model;

namespace ReportSearch.Compare.Service;

/// <summary>
/// A report's row in the index without its texts: enough to say whose it is and to build a <see cref="ReportRef"/>.
/// <see cref="CountyCandidates"/> is read from the details blob only when the county is open.
/// </summary>
public sealed record ReportRow(
    long Id, string File, string? Township, string? County, string? City, string? Province, string? DivisionCode, int? Year,
    IReadOnlyList<string> CountyCandidates)
{
    /// <summary>A report holding only this row's metadata, for the Compare algorithms (identity, regions).</summary>
    public Report Bare() => new()
    {
        File = File, Sha256 = "", Text = "", Township = Township, County = County, City = City, Province = Province,
        DivisionCode = DivisionCode, Year = Year, CountyCandidates = CountyCandidates,
    };

    public TownshipIdentity Identity => TownshipIdentity.Of(Bare());

    public ReportRef Ref => ReportRef.Of(Bare());
}
