using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Prose;

/// <summary>
/// Numbers that sit beside disclosure counts but are not disclosures (浏览次数, 粉丝量, 宣传页 份, 培训 人次,
/// 事项清单 项): they must never be read as <c>disclosed.*</c>.
/// </summary>
public static class Distractors
{
    private static readonly string[] Sentences =
    [
        "截至目前，平台粉丝量{a}人。", "公众号关注人数达{a}余人，累计阅读量{b}万余次。",
        "在各村张贴宣传海报{c}份，发放宣传页{d}份。", "每年进行业务培训{e}次，培训人员达到{f}余人次。",
        "梳理乡镇事项清单{c}项。", "全年累计接待群众咨询{d}人次。", "全年召开政务公开专题会议{e}次。",
        "发放政策明白卡{d}份，悬挂宣传横幅{e}条。",
    ];

    public static string Write(Rng rng)
    {
        var s = rng.Pick(Sentences);
        return s.Replace("{a}", rng.Between(300, 9000).ToString())
            .Replace("{b}", (rng.Between(11, 99) / 10.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{c}", rng.Between(20, 900).ToString())
            .Replace("{d}", rng.Between(200, 20000).ToString())
            .Replace("{e}", rng.Between(2, 12).ToString())
            .Replace("{f}", rng.Between(20, 200).ToString());
    }
}
