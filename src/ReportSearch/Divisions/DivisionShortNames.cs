namespace ReportSearch.Divisions;

/// <summary>
/// The short forms that text uses for provinces, cities and counties: 河南省→河南, 开封市→开封, 尉氏县→尉氏,
/// 兖州区→兖州, 广西壮族自治区→广西, 延边朝鲜族自治州→延边, 长阳土家族自治县→长阳, 兴安盟→兴安.
/// A short form is never shorter than two characters (嵩县 has none), and townships have none: their names
/// are recognised only with their suffix.
/// </summary>
internal static class DivisionShortNames
{
    // The nationalities that appear inside the names of autonomous areas, longest first so 土家 wins over 土.
    private static readonly string[] Nationalities =
    [
        "柯尔克孜", "乌孜别克", "达斡尔", "维吾尔", "哈萨克", "鄂温克", "鄂伦春", "塔吉克", "塔塔尔", "俄罗斯",
        "蒙古", "朝鲜", "布依", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
        "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
        "高山", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌",
        "怒", "京", "汉", "各",
    ];

    // County-level units that are zones rather than places: their last character is not a droppable suffix.
    private static readonly string[] ZoneEndings =
    [
        "开发区", "新区", "园区", "管理区", "示范区", "工业区", "实验区", "试验区", "风景区", "名胜区", "度假区",
        "保护区", "合作区", "集聚区", "聚集区", "片区", "食品区", "新城", "管委会", "委员会",
    ];

    /// <summary>The short form of a division's name, or null when it has none worth using.</summary>
    public static string? Of(Division division)
    {
        if (division.Level == DivisionLevel.Township) return null;
        var stem = Stem(division.Name, division.Level);
        return stem is { Length: >= 2 } && stem != division.Name ? stem : null;
    }

    private static string? Stem(string name, DivisionLevel level)
    {
        foreach (var ending in ZoneEndings)
            if (name.EndsWith(ending, StringComparison.Ordinal)) return null;

        foreach (var autonomous in (string[])["自治区", "自治州", "自治县", "自治旗"])
            if (name.EndsWith(autonomous, StringComparison.Ordinal))
                return WithoutNationalities(name[..^autonomous.Length]);

        if (level == DivisionLevel.City && (name.EndsWith("地区", StringComparison.Ordinal)))
            return name[..^2];
        if (level == DivisionLevel.County && (name.EndsWith("林区", StringComparison.Ordinal) || name.EndsWith("特区", StringComparison.Ordinal)))
            return name[..^2];

        var last = name[^1];
        var droppable = level switch
        {
            DivisionLevel.Province => last is '省' or '市',
            DivisionLevel.City => last is '市' or '盟',
            _ => last is '县' or '区' or '市' or '旗',
        };
        return droppable ? name[..^1] : null;
    }

    /// <summary>宁夏回族 → 宁夏, 恩施土家族苗族 → 恩施, 博尔塔拉蒙古 → 博尔塔拉.</summary>
    private static string WithoutNationalities(string name)
    {
        var changed = true;
        while (changed && name.Length > 2)
        {
            changed = false;
            var withoutZu = name.EndsWith('族') ? name[..^1] : name;
            foreach (var nationality in Nationalities)
            {
                if (withoutZu.Length - nationality.Length >= 2 && withoutZu.EndsWith(nationality, StringComparison.Ordinal))
                {
                    name = withoutZu[..^nationality.Length];
                    changed = true;
                    break;
                }
            }
        }
        return name;
    }
}
