using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// Removes what makes template wording look unique: the report's own place names (完冒镇, its short form 完冒, its
/// county, city and province), the way a township calls itself (我镇, 我街道, 全乡) and a leading item marker
/// (（一）, 2., ⑶, 一是), and years (2021年): the template says 在认真总结2021年…的基础上 every year. Without this, 本报告由完冒镇人民政府按照… and 本报告由东风街道办事处按照… read as two
/// different texts, and a problem numbered 2. in one report and （三） in another as two different problems.
/// </summary>
public sealed partial class OwnNameMasking
{
    private static readonly string[] Suffixes = ["街道办事处", "街道", "镇", "乡", "县", "市", "区", "省", "自治州", "自治县", "旗", "盟"];
    private readonly string[] _names;

    public OwnNameMasking(Report report)
    {
        var names = new List<string>();
        foreach (var name in new[] { report.Township, report.County, report.City, report.Province }.Concat(report.CountyCandidates))
        {
            if (string.IsNullOrEmpty(name)) continue;
            names.Add(name);
            var suffix = Suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length - s.Length >= 2);
            if (suffix is not null) names.Add(name[..^suffix.Length]);
        }
        _names = names.Distinct().OrderByDescending(n => n.Length).ToArray();
    }

    public string Mask(string paragraph)
    {
        var text = LeadingMarker().Replace(paragraph, "");
        foreach (var name in _names) text = text.Replace(name, "", StringComparison.Ordinal);
        return MaskYearsAndSelf(text);
    }

    /// <summary>
    /// Whether <paramref name="paragraph"/> holds one of this report's names. When not, <see cref="Mask"/> removes
    /// none (the marker it strips is a prefix, so what is left holds none either) and equals
    /// <see cref="MaskWithoutNames"/>: the same for every report, so a caller may compute it once per distinct text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]  // once per statement of a question, from its first call
    public bool HasNames(string paragraph)
    {
        foreach (var name in _names)
            if (paragraph.Contains(name, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary><see cref="Mask"/> of a paragraph holding none of the report's names (<see cref="HasNames"/> false).</summary>
    public static string MaskWithoutNames(string paragraph) => MaskYearsAndSelf(LeadingMarker().Replace(paragraph, ""));

    private static string MaskYearsAndSelf(string text) => SelfReference().Replace(ReportYear().Replace(text, "年"), "我");

    [GeneratedRegex(@"^\s*(（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、是]|\d+[.．、)）]|[⑴-⒇①-⑳])")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"(19|20)\d\d年")]
    private static partial Regex ReportYear();

    [GeneratedRegex("(我|本|全)(镇|乡|街道|街办)")]
    private static partial Regex SelfReference();
}
