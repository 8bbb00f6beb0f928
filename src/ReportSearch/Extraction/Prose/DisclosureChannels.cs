namespace ReportSearch.Extraction.Prose;

/// <summary>
/// The channels of <c>disclosed.channel.*</c> and the words that name them. Order matters: 政务微博 before 微博,
/// 公众号 before 网, so the most specific name decides.
/// </summary>
public static class DisclosureChannels
{
    public static readonly IReadOnlyList<(string Channel, string[] Words)> All =
    [
        ("wechat", ["微信公众号", "政务微信", "微信公众平台", "公众号", "微信"]),
        ("weibo", ["政务微博", "微博"]),
        ("app", ["客户端", "短视频", "抖音", "快手", "视频号", "APP", "App"]),
        ("noticeboard", ["公开栏", "公示栏", "公告栏", "宣传栏", "公示墙"]),
        ("website", ["政府网站", "门户网站", "政府网", "政务网", "网站", "信息公开平台"]),
        ("other", ["其他方式", "其他渠道", "其它方式"]),
    ];

    /// <summary>The single channel a piece of text names, or null when it names none or several.</summary>
    public static string? NamedIn(ReadOnlySpan<char> text)
    {
        string? found = null;
        foreach (var (channel, words) in All)
        {
            foreach (var word in words)
            {
                if (!text.Contains(word, StringComparison.Ordinal)) continue;
                if (found is not null && found != channel) return null;
                found = channel;
                break;
            }
        }
        return found;
    }
}
