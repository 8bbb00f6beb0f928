using ReportSearch.CorpusGen.Randomness;
using ReportSearch.Model;

namespace ReportSearch.CorpusGen.Prose;

/// <summary>
/// States how much the township disclosed, in the many ways reports do — a total (2100多条, 1650余条, 约1200条),
/// 共…其中… per channel, channels alone, a channel split into content kinds (seed 001) — or not at all, and
/// returns the <c>disclosed.*</c> metrics the statement carries.
/// </summary>
public static class DisclosureCounts
{
    private static readonly Dictionary<string, string[]> Channels = new()
    {
        ["website"] = ["通过政府门户网站公开政府信息{n}条", "在政府网站公开信息{n}条", "通过政府网公开信息{n}条", "在门户网站政务公开专栏发布信息{n}条"],
        ["wechat"] = ["通过微信公众号发布信息{n}条", "政务微信公开信息{n}条", "通过“美丽{S}”微信公众号推送信息{n}条", "通过公众号发布信息{n}篇"],
        ["weibo"] = ["通过政务微博发布信息{n}条"],
        ["app"] = ["通过政务客户端发布信息{n}条", "通过短视频号发布信息{n}条"],
        ["noticeboard"] = ["通过政务公开栏公示信息{n}条", "在公示栏张贴公开信息{n}条"],
        ["other"] = ["通过其他方式公开信息{n}条"],
    };

    private static readonly string[] TotalOpeners =
        ["{Y}年{T}主动公开政府信息", "全年共主动公开政府信息", "{Y}年，{W}累计主动公开各类政府信息", "{Y}年全{K}主动公开政务信息", "截至{Y}年12月31日，{W}共主动公开政府信息"];

    private static readonly string[] TopicTails =
    [
        "，内容涵盖乡村振兴、疫情防控、社会救助、项目建设等方面", "，涉及财政预决算、惠民补贴、人事任免等内容",
        "，重点围绕群众关心的热点问题进行公开", "",
    ];

    public static (string Text, List<Metric> Metrics) Write(Rng rng, ProseContext ctx)
    {
        var metrics = new List<Metric>();
        var style = rng.PickWeighted([0.25, 0.25, 0.2, 0.1, 0.08, 0.12]);
        var total = Magnitude(rng);
        switch (style)
        {
            case 0: // a total, often approximate
            {
                var (written, after, value, approx) = Approx(rng, total);
                metrics.Add(Text("disclosed.total", value, approx, "条"));
                return (ctx.Pick(rng, TotalOpeners) + written + "条" + after + rng.Pick(TopicTails) + "。", metrics);
            }
            case 1: // 共…其中… per channel
            {
                var channels = PickChannels(rng, rng.Between(2, 4));
                var parts = Split(rng, (int)total, channels.Count, exhaustive: rng.Chance(0.7));
                metrics.Add(Text("disclosed.total", total, false, "条"));
                var clauses = new List<string>();
                for (var i = 0; i < channels.Count; i++) clauses.Add(Clause(rng, ctx, channels[i], parts[i], metrics));
                return (ctx.Pick(rng, TotalOpeners) + ProseContext.Num(total) + "条，其中" + string.Join("，", clauses) + "。", metrics);
            }
            case 2: // channels only
            {
                var channels = PickChannels(rng, rng.Between(1, 3));
                var clauses = channels.Select(c => Clause(rng, ctx, c, Math.Max(3, (int)(total / channels.Count * (0.5 + rng.NextDouble()))), metrics));
                return (ctx.Fill(rng.Pick<string>(["{Y}年，", "全年", "{Y}年度，{W}"])) + string.Join("，", clauses) + "。", metrics);
            }
            case 3: // a channel split into content kinds, with its page views (seed 001)
            {
                var n = rng.Between(40, 400);
                var parts = Split(rng, n, 3, exhaustive: true);
                var clause = Clause(rng, ctx, "wechat", n, metrics);
                return ($"{ctx.Year}年，{clause}，浏览次数达到了{ProseContext.Num(rng.Between(11, 99) / 10.0)}万多次，其中政务动态类信息{parts[0]}条，" +
                        $"政策信息及学习信息{parts[1]}条，其他公开{parts[2]}条。", metrics);
            }
            case 4: // website with content kinds, then the account (seed 002)
            {
                var n = rng.Between(30, 300);
                var parts = Split(rng, n, 3, exhaustive: true);
                var web = Clause(rng, ctx, "website", n, metrics);
                var wx = Clause(rng, ctx, "wechat", rng.Between(30, 300), metrics);
                return ($"截止{ctx.Year}年12月31日，{ctx.Place.Township}{web}。其中公开文件类信息{parts[0]}条，工作动态类信息{parts[1]}条，其他类信息{parts[2]}条，{wx}。", metrics);
            }
            default:
                return ("", metrics);
        }
    }

    private static string Clause(Rng rng, ProseContext ctx, string channel, int n, List<Metric> metrics)
    {
        var template = ctx.Fill(rng.Pick(Channels[channel]));
        var approx = n >= 100 && rng.Chance(0.2);
        var value = approx ? Math.Round(n / 10.0) * 10 : n;
        var number = ProseContext.Num(value) + (approx ? rng.Pick<string>(["余", "多"]) : "");
        var unit = template.EndsWith("篇", StringComparison.Ordinal) ? "篇" : "条";
        metrics.Add(Text("disclosed.channel." + channel, value, approx, unit));
        return template.Replace("{n}", number);
    }

    private static List<string> PickChannels(Rng rng, int count)
    {
        var weights = new (string, double)[] { ("website", 5), ("wechat", 5), ("noticeboard", 3), ("other", 2), ("weibo", 1), ("app", 1) };
        var chosen = new List<string>();
        while (chosen.Count < count)
        {
            var c = weights[rng.PickWeighted(weights.Select(w => w.Item2).ToList())].Item1;
            if (!chosen.Contains(c)) chosen.Add(c);
        }
        return chosen.OrderBy(c => Array.FindIndex(weights, w => w.Item1 == c)).ToList();
    }

    /// <summary>Parts of <paramref name="n"/>; when not exhaustive they leave some over, as reports that name only some channels do.</summary>
    private static List<int> Split(Rng rng, int n, int parts, bool exhaustive)
    {
        var available = exhaustive ? n : (int)(n * (0.5 + 0.4 * rng.NextDouble()));
        var cuts = Enumerable.Range(0, parts - 1).Select(_ => rng.Between(1, Math.Max(1, available - 1))).OrderBy(x => x).ToList();
        var result = new List<int>();
        var last = 0;
        foreach (var cut in cuts) { result.Add(Math.Max(1, cut - last)); last = cut; }
        result.Add(Math.Max(1, available - last));
        return result;
    }

    private static double Magnitude(Rng rng)
    {
        var u = rng.NextDouble();
        return Math.Round(20 + u * u * u * 3000);
    }

    /// <summary>A total as written: 2100多, 1650余, 约1200, 近2000, 1500(条)左右, or exact; <c>After</c> follows the unit.</summary>
    private static (string Written, string After, double Value, bool Approx) Approx(Rng rng, double total)
    {
        if (total < 60 || rng.Chance(0.4)) return (ProseContext.Num(total), "", total, false);
        var round = total >= 1000 ? Math.Round(total / 100) * 100 : Math.Round(total / 10) * 10;
        var n = ProseContext.Num(round);
        return rng.Next(5) switch
        {
            0 => (n + "多", "", round, true),
            1 => (n + "余", "", round, true),
            2 => ("约" + n, "", round, true),
            3 => ("近" + n, "", round, true),
            _ => (n, "左右", round, true),
        };
    }

    public static Metric Text(string key, double value, bool approx, string? unit) =>
        new(key, value, approx, unit, Metric.FromText, "", 0, 0);
}
