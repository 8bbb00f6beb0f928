using System.Text;
using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Prose;

/// <summary>The body of 六、其他需要报告的事项 and the signature with the publication date some reports end with.</summary>
public static class ClosingText
{
    private static readonly string[] Short =
        ["无", "无收取信息处理费情况。", "本年度未收取信息处理费。", "{Y}年度{W}无其他需要报告的事项。", "本年度无其他需要报告的事项。"];

    public static string Other(Rng rng, ProseContext ctx, string edition)
    {
        if (edition != "2021" || !rng.Chance(0.2)) return ctx.Pick(rng, Short) + "\n";
        // The itemised list of the 2021 format (seed 002).
        var sb = new StringBuilder();
        sb.Append("（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况；\n无\n");
        sb.Append("（二）本行政机关落实上级年度政务公开工作要点；\n全部落实\n");
        sb.Append($"（三）本行政机关人大代表建议和政协提案办理结果公开情况；\n{ctx.Year}年{ctx.Place.Township}共承办人大建议{rng.Between(0, 3)}件，政协提案{rng.Between(0, 2)}件。目前均已办复。\n");
        sb.Append("（四）本行政机关年度政务公开工作创新情况；\n").Append(ctx.Pick(rng, Prose.OverviewPhrases.Platforms)).Append('\n');
        sb.Append("（五）本行政机关信息公开工作年度报告数据统计需要说明的事项；\n无\n");
        sb.Append("（六）本行政机关认为需要报告的其他事项；\n无\n");
        return sb.ToString();
    }

    /// <summary>The signature block and its date (yyyy-MM-dd), or nothing.</summary>
    public static (string Text, string? Published) Signature(Rng rng, ProseContext ctx)
    {
        if (!rng.Chance(0.4)) return ("", null);
        var month = rng.Between(1, 2);
        var day = rng.Between(5, month == 1 ? 31 : 28);
        var indent = new string(' ', 31);
        return ($"{indent}{ctx.Body}\n{indent}{ctx.Year + 1}年{month}月{day}日\n", $"{ctx.Year + 1:D4}-{month:D2}-{day:D2}");
    }
}
