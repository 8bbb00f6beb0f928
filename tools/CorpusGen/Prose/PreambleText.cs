using System.Text;
using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.Prose;

/// <summary>The text before 一、总体情况: the basis of the report, its parts, the statistics period, where to read it, whom to ask.</summary>
public static class PreambleText
{
    private static readonly string[] Basis =
    [
        "本报告依据新修订的《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（{F}）要求编制。",
        "本报告由{B}按照《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（{F}）要求编制。",
        "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）精神，特向社会公布{Y}年度{B}信息公开工作年度报告。",
        "本报告依据《中华人民共和国政府信息公开条例》的规定，在认真总结{Y}年{B}政府信息公开工作的基础上编制而成。",
    ];

    private const string Contents =
        "本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分内容。";

    private static readonly string[] Period =
        ["本报告所列数据的统计期限自{Y}年1月1日起至{Y}年12月31日止。", "报告中所列数据统计期限为{Y}年1月1日至12月31日。"];

    private static readonly string[] Where =
    [
        "本报告电子版可在{CO}人民政府门户网站查阅或下载。", "本年度报告的电子版，可以通过{CI}人民政府门户网站→政府信息公开专栏查阅。",
        "本报告的电子版可在{CO}人民政府网站下载。", "本报告电子版可在政府门户网站政务公开专栏查阅。",
    ];

    public static string Write(Rng rng, ProseContext ctx, string edition)
    {
        var format = edition == "2021" ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
        var sb = new StringBuilder();
        sb.Append(ctx.Pick(rng, Basis).Replace("{F}", format));
        if (rng.Chance(0.4)) sb.Append('\n').Append(Contents).Append('\n');
        sb.Append(ctx.Pick(rng, Period));
        sb.Append(ctx.Pick(rng, Where));
        if (rng.Chance(0.7))
        {
            var prefix = ctx.County ?? "";
            var tel = $"0{rng.Between(310, 999)}-{rng.Between(2000000, 8999999)}";
            sb.Append($"如对本报告有疑问，请与{ctx.Body}联系（地址：{prefix}{ctx.Place.Township}{rng.Pick<string>(["府前路", "人民路", "富民巷", "中心街", "建设路"])}{rng.Between(1, 120)}号，");
            if (rng.Chance(0.5)) sb.Append($"邮编：{rng.Between(100000, 850000)}，");
            sb.Append($"联系电话：{tel}）。");
        }
        return ctx.Fill(sb.ToString()) + "\n";
    }
}
