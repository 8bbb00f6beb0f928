namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// Who issued a report and where it sits in the national division list. Names are spelled as the list spells
/// them. A field the text cannot settle is null; when the county is open, <see cref="CountyCandidates"/> lists
/// the counties the township could be in (code order). <see cref="DivisionCode"/> is the township's 9-digit code,
/// set only when the township is settled.
/// </summary>
public sealed record RegionResolution(string? Body, string? Township, string? County, IReadOnlyList<string> CountyCandidates,
                                      string? City, string? Province, string? DivisionCode)
{
    public static readonly RegionResolution Unknown = new(null, null, null, [], null, null, null);
}
