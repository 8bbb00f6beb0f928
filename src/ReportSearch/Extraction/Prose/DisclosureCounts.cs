using System.Text.RegularExpressions;
using ReportSearch.Model;

namespace ReportSearch.Extraction.Prose;

/// <summary>
/// Reads <c>disclosed.total</c> and <c>disclosed.channel.*</c> from prose: a count of items (条/篇) in a clause
/// that discloses (公开/发布/推送…), attributed to the one channel its clause or sentence names, or to the total when
/// it says 主动公开 or 共…公开 without a channel. Counts of page views, followers, leaflets or trainees never count.
/// </summary>
public sealed partial class DisclosureCounts
{
    public IReadOnlyList<Metric> Read(string text, IEnumerable<IReadOnlyList<Clause>> sentences)
    {
        Metric? total = null, fallbackTotal = null;
        var channels = new Dictionary<string, Metric>();
        foreach (var sentence in sentences)
        {
            for (int c = 0; c < sentence.Count; c++)
            {
                var clause = sentence[c];
                var span = clause.In(text);
                // Most clauses state no count at all: a vectorised digit scan skips them cheaply.
                if (span.IndexOfAnyInRange('0', '9') < 0) continue;
                if (NotDisclosure().IsMatch(span) || SeveralMethods().IsMatch(span)) continue;
                bool proactive = Proactive().IsMatch(span);
                foreach (var part in Parts(text, clause))
                {
                    var count = StatedCount.In(text, part).FirstOrDefault(x => x.Unit is "条" or "篇" or "则");
                    if (count is null) continue;
                    var partSpan = part.In(text);
                    // A channel named earlier in the sentence governs later clauses: 通过微信公众号，…，全年共发布信息89篇.
                    var channel = DisclosureChannels.NamedIn(partSpan) ?? (proactive ? null : ChannelBefore(text, sentence, c));
                    bool discloses = DisclosingVerb().IsMatch(partSpan) || DisclosingVerb().IsMatch(span);
                    if (channel is null && !discloses) continue;
                    var metric = new Metric("", count.Value, count.Approx, count.Unit, Metric.FromText,
                        text[clause.Start..clause.End], clause.Start, clause.End);
                    if (channel is not null)
                        channels.TryAdd(channel, metric with { Key = "disclosed.channel." + channel });
                    else if (proactive)
                        total ??= metric with { Key = "disclosed.total" };
                    else if (Overall().IsMatch(span))
                        fallbackTotal ??= metric with { Key = "disclosed.total" };
                }
            }
        }
        var metrics = new List<Metric>();
        if ((total ?? fallbackTotal) is { } t) metrics.Add(t);
        metrics.AddRange(channels.Values.OrderBy(m => m.Start));
        return metrics;
    }

    private static string? ChannelBefore(string text, IReadOnlyList<Clause> sentence, int index)
    {
        for (int i = 0; i < index; i++)
            if (DisclosureChannels.NamedIn(sentence[i].In(text)) is { } channel) return channel;
        return null;
    }

    // A list such as 其中政府网站500条、微信公众号300条 holds one count per part.
    private static IEnumerable<Clause> Parts(string text, Clause clause)
    {
        var span = clause.In(text);
        int numbers = 0;
        foreach (var c in StatedCount.In(text, clause)) numbers++;
        if (numbers < 2 || span.IndexOf('、') < 0)
        {
            yield return clause;
            yield break;
        }
        int start = clause.Start;
        for (int i = clause.Start; i <= clause.End; i++)
        {
            if (i == clause.End || text[i] == '、')
            {
                if (i > start) yield return new Clause(start, i);
                start = i + 1;
            }
        }
    }

    [GeneratedRegex(@"公开|发布|推送|刊发|更新|公示|发送|推出|上传|编发|报送")]
    private static partial Regex DisclosingVerb();

    [GeneratedRegex(@"主动公开")]
    private static partial Regex Proactive();

    [GeneratedRegex(@"共(?:计)?(?:公开|发布)|累计(?:公开|发布)|公开各类|全年(?:公开|发布)")]
    private static partial Regex Overall();

    [GeneratedRegex(@"浏览|阅读|点击|粉丝|关注|访问|访客|人次|培训|宣传页|海报|转发|点赞|评论|留言|回复|来电|诉求|咨询|解答|回应")]
    private static partial Regex NotDisclosure();

    [GeneratedRegex(@"等(?:方式|渠道|形式|平台|载体|途径)")]
    private static partial Regex SeveralMethods();
}
