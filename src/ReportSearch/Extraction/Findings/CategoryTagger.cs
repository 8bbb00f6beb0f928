using System.Text.RegularExpressions;

namespace ReportSearch.Extraction.Findings;

/// <summary>
/// Assigns the problem taxonomy of METRICS.md to an item. The item's first sentence says what it is about, so it
/// decides; the rest of the text is consulted only when the first sentence names no category, because the body
/// of an item wanders into neighbouring topics.
/// </summary>
public sealed partial class CategoryTagger
{
    private static readonly (string Category, Regex Words)[] Signals =
    [
        ("awareness", Awareness()), ("staffing", Staffing()), ("training", Training()), ("timeliness", Timeliness()),
        ("coverage", Coverage()), ("standardization", Standardization()), ("format_innovation", FormatInnovation()),
        ("publicity", Publicity()), ("new_media", NewMedia()), ("village_affairs", VillageAffairs()),
        ("mechanism", Mechanism()), ("intensity", Intensity()), ("interpretation", Interpretation()),
    ];

    public IReadOnlyList<string> Tag(ReadOnlySpan<char> itemText)
    {
        int firstStop = itemText.IndexOfAny('。', '；', '\n');
        var first = firstStop < 0 ? itemText : itemText[..firstStop];
        var found = Match(first);
        return found.Count > 0 || firstStop < 0 ? found : Match(itemText);
    }

    private static List<string> Match(ReadOnlySpan<char> text)
    {
        var found = new List<string>();
        foreach (var (category, words) in Signals)
            if (words.IsMatch(text)) found.Add(category);
        return found;
    }

    [GeneratedRegex("思想认识|认识不足|认识不够|认识不到位|认识不深|认识还不|意识.{0,2}不强|意识.{0,2}淡薄|意识.{0,2}不足|意识.{0,2}不够|重视不够|重视程度不|不够重视|重要性认识")]
    private static partial Regex Awareness();

    [GeneratedRegex("人员|人手|队伍|专职|兼职|专业性|工作力量|力量薄弱|人才")]
    private static partial Regex Staffing();

    [GeneratedRegex("培训|业务水平|业务能力|业务素质|专业能力|学习不够")]
    private static partial Regex Training();

    [GeneratedRegex("不及时|不够及时|滞后|时效性|更新慢|更新较慢")]
    private static partial Regex Timeliness();

    [GeneratedRegex("公开范围|内容不全面|不够全面|不全面|数量较少|数量不多|数量偏少|更新总量|覆盖面|信息量|深度不够|不够深入|内容不够丰富|有待.{0,4}充实")]
    private static partial Regex Coverage();

    [GeneratedRegex("不规范|规范化|标准化|不够规范|规范性")]
    private static partial Regex Standardization();

    [GeneratedRegex("形式单一|方式单一|载体单一|形式.{0,4}单一|创新|多样性|多样化|便民性|形式.{0,2}陈旧")]
    private static partial Regex FormatInnovation();

    [GeneratedRegex("宣传(?!等?部门)|知晓率|知晓度|知晓")]
    private static partial Regex Publicity();

    [GeneratedRegex("新媒体|网站|公众号|微信|微博|信息化|网络平台|电子政务")]
    private static partial Regex NewMedia();

    [GeneratedRegex("村级|村务|社区公开|村（社区）|村居|村民")]
    private static partial Regex VillageAffairs();

    [GeneratedRegex("制度|机制|协调联动|考核|监督|长效")]
    private static partial Regex Mechanism();

    [GeneratedRegex("力度不大|力度不够|力度不足|抓一阵|停一阵|被动应付|工作力度|推进不力")]
    private static partial Regex Intensity();

    [GeneratedRegex("政策解读|回应关切|解读|回应社会关切")]
    private static partial Regex Interpretation();
}
