namespace ReportSearch.Divisions;

/// <summary>
/// One administrative division as the national list spells it: its statistical code (2, 4, 6 or 9 digits),
/// its name, its level and the code of the division it belongs to (null for provinces; a province's code for
/// counties that belong to no city, such as 济源市).
/// </summary>
public sealed record Division(string Code, string Name, DivisionLevel Level, string? ParentCode);
