using ReportSearch.CorpusGen.Randomness;
using ReportSearch.Model;

namespace ReportSearch.CorpusGen.Prose;

/// <summary>States in prose how many applications were received (未收到 → 0) and returns <c>requests.received</c>.</summary>
public static class RequestStatement
{
    private static readonly string[] None =
        ["{Y}年{W}未收到政府信息公开申请。", "全年无信息公开申请。", "本年度{W}未收到依申请公开政府信息的申请。", "今年以来，{W}未收到群众要求公开政府信息的相关申请，没有依申请公开案例。"];

    private static readonly string[] Zero = ["{Y}年度，{W}共收到政府信息公开申请0件。"];

    private static readonly string[] Some =
    [
        "{Y}年{W}共收到政府信息公开申请{n}件，均已在法定期限内予以答复。", "全年受理政府信息公开申请{n}件，已全部按时办结。",
        "本年度共收到依申请公开申请{n}件，均按照《条例》规定予以答复。", "{Y}年，{W}收到政府信息公开申请{n}件，无逾期答复情况。",
    ];

    public static (string Text, Metric Metric) Write(Rng rng, ProseContext ctx, int received)
    {
        if (received == 0)
        {
            if (rng.Chance(0.85)) return (ctx.Pick(rng, None), DisclosureCounts.Text("requests.received", 0, false, null));
            return (ctx.Pick(rng, Zero), DisclosureCounts.Text("requests.received", 0, false, "件"));
        }
        var text = ctx.Pick(rng, Some).Replace("{n}", received.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (text, DisclosureCounts.Text("requests.received", received, false, "件"));
    }
}
