using System.Collections.Frozen;

namespace ReportSearch.Divisions;

/// <summary>
/// Every written form under which the finder looks for a division: its own name; for townships also the name
/// without the list's additions (济源市沁园街道 → 沁园街道, 三星镇（叠石桥家纺产业园区） → 三星镇); for counties also
/// the same stem with another county suffix (孟津区 was 孟津县 until 2021), marked as needing context.
/// Townships are only ever recognised with their suffix: 会发镇, never 会发.
/// </summary>
internal static class DivisionNameForms
{
    private static readonly string[] TownshipSuffixes = ["镇", "乡", "街道", "苏木", "办事处", "农场", "林场", "牧场"];
    private static readonly char[] CountySuffixes = ['县', '区', '市', '旗'];

    // County-level names that are also everyday words in these reports (主城区, 矿区, 城区公开栏).
    private static readonly FrozenSet<string> OrdinaryWords = FrozenSet.Create(StringComparer.Ordinal, "城区", "郊区", "矿区", "东区", "西区", "新区");

    // Township names that are also everyday words of these reports (小城镇建设, 重点中心镇, 城郊) or the
    // generic part of other names.
    private static readonly FrozenSet<string> OrdinaryTownshipWords = FrozenSet.Create(StringComparer.Ordinal,
        "小城镇", "中心镇", "新城镇", "新村镇", "城郊乡", "城郊镇", "城镇街道", "城区街道", "中心街道", "新区街道", "开发区街道");

    private static readonly string[] GenericStarts = ["街道", "镇", "乡", "办事处", "社区"];

    /// <summary>Whether the name is one of the county names that are also everyday words (城区, 新区).</summary>
    public static bool IsOrdinaryWord(string name) => OrdinaryWords.Contains(name);

    public static bool IsTownshipName(string name)
    {
        foreach (var suffix in TownshipSuffixes)
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
                return suffix != "街道" || name.Length >= 3;
        return false;
    }

    /// <summary>(written form, needs context) pairs for one division.</summary>
    public static IEnumerable<(string Written, bool NeedsContext)> Of(Division division, DivisionTable table, ISet<string> listNames)
    {
        if (division.Level == DivisionLevel.Township)
        {
            // Two-character names hide inside words (示范镇 holds 范镇, 选派镇干部 holds 派镇).
            if (IsTownshipName(division.Name))
                yield return (division.Name, division.Name.Length <= 2 || OrdinaryTownshipWords.Contains(division.Name));
            foreach (var alias in TownshipAliases(division, table))
                if (alias != division.Name && alias.Length >= 3 && IsTownshipName(alias) && !StartsGeneric(alias))
                    yield return (alias, OrdinaryTownshipWords.Contains(alias));
            yield break;
        }

        // Two-character county names (成县, 范县, 高县) hide inside ordinary words: 完成县委, 示范县, 提高县级.
        var ordinary = OrdinaryWords.Contains(division.Name) || (division.Level == DivisionLevel.County && division.Name.Length <= 2);
        yield return (division.Name, ordinary);

        if (division.Level == DivisionLevel.County && table.ShortNameOf(division) is { } stem && Array.IndexOf(CountySuffixes, division.Name[^1]) >= 0
            && stem.Length == division.Name.Length - 1)
        {
            foreach (var suffix in CountySuffixes)
            {
                var variant = stem + suffix;
                if (variant != division.Name && !listNames.Contains(variant)) yield return (variant, true);
            }
        }
    }

    private static bool StartsGeneric(string alias)
    {
        foreach (var start in GenericStarts)
            if (alias.StartsWith(start, StringComparison.Ordinal)) return true;
        return false;
    }

    private static IEnumerable<string> TownshipAliases(Division township, DivisionTable table)
    {
        var name = township.Name;
        var open = name.IndexOf('（');
        var close = name.IndexOf('）');
        if (open >= 0 && close > open)
        {
            yield return (name[..open] + name[(close + 1)..]).Trim();
            yield return name[(open + 1)..close].Trim();
        }
        // 济源市沁园街道: the list repeats the county's name (or its short form) before the township's own.
        foreach (var ancestor in table.Ancestors(township))
            if (WithoutPrefix(name, ancestor, table) is { Length: >= 3 } own)
                yield return own;
    }

    /// <summary>
    /// The township's name without the ancestor's name before it, or null. The short form goes with whatever
    /// county suffix follows it: 召陵区东城街道 is 东城街道, never 区东城街道 (which would then be read inside
    /// 信阳高新技术产业开发区城东街道), and 高淳县茶叶实验场 under 高淳区 is 茶叶实验场.
    /// </summary>
    private static string? WithoutPrefix(string name, Division ancestor, DivisionTable table)
    {
        if (name.StartsWith(ancestor.Name, StringComparison.Ordinal)) return name[ancestor.Name.Length..];
        if (table.ShortNameOf(ancestor) is not { } shortName || !name.StartsWith(shortName, StringComparison.Ordinal)) return null;
        var rest = name[shortName.Length..];
        return rest.Length > 0 && Array.IndexOf(CountySuffixes, rest[0]) >= 0 ? rest[1..] : rest;
    }
}
