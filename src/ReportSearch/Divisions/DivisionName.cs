namespace ReportSearch.Divisions;

/// <summary>
/// A name <see cref="DivisionNameFinder"/> recognises in text: the characters as written and the divisions they
/// can mean (one name, many places: 城关镇 has 88). <see cref="NeedsContext"/> marks names that are also ordinary
/// words or that the list spells differently (城区, 成县, 范镇, 小城镇, 孟津县 for 孟津区): they count only next to
/// another name (尉氏县范镇, 孟津县城关镇), before 人民政府/政府, or (counties) as the writer's superior
/// (在涉县委、县政府的正确领导下, see <c>GoverningFrame</c>).
/// </summary>
public sealed record DivisionName(string Written, IReadOnlyList<Division> Divisions, bool NeedsContext);

/// <summary>Where a division name was found: <c>[Start, End)</c> in the text.</summary>
public readonly record struct NameMention(int Start, int End, DivisionName Name)
{
    public int Length => End - Start;
}
