using System.Text;
using ReportSearch.CorpusGen.Randomness;
using ReportSearch.Model;

namespace ReportSearch.CorpusGen.Prose;

/// <summary>
/// The 总体情况 section's body: an opening paragraph built from slots, then the sub-parts (主动公开 with the
/// disclosure counts, 依申请公开 with the applications received, 管理, 平台, 监督) headed in one of the seeds'
/// styles, with numbers that are not disclosures beside those that are, and the county's copied paragraph.
/// </summary>
public static class OverviewText
{
    private static readonly string[][] PartHeads =
    [
        ["主动公开情况", "依申请公开办理情况", "政府信息管理情况", "政府信息公开平台建设情况", "政府信息公开监督保障情况"],
        ["主动公开方面", "依申请公开方面", "政府信息管理方面", "平台建设方面", "监督保障方面"],
        ["主动公开政府信息情况", "依申请公开情况", "政府信息管理情况", "政府信息公开平台建设情况", "监督保障情况"],
    ];

    private static readonly string[] Headlines =
        ["强化组织领导，夯实公开基础", "拓展公开内容，突出公开重点", "规范依申请公开，保障群众权益", "强化平台建设，增强公开能力", "健全工作机制，强化监督保障"];

    private const string Numerals = "一二三四五六七八九十";

    /// <param name="style">0–2: （一）…情况 heads inline, as own line or 方面; 3: 一、 headlines (seed 004); 4: （一） headlines on own line (seed 003); 5: no heads.</param>
    /// <param name="received">Applications the prose states, or null to say nothing of them.</param>
    public static (string Text, List<Metric> Metrics) Write(Rng rng, ProseContext ctx, int style, int? received, string? copied, bool artifacts)
    {
        var metrics = new List<Metric>();
        var sb = new StringBuilder();
        sb.Append(Opening(rng, ctx)).Append('\n');

        var (disclosure, disclosed) = DisclosureCounts.Write(rng, ctx);
        metrics.AddRange(disclosed);
        var parts = new List<string>
        {
            Join(ctx.Pick(rng, OverviewPhrases.ProactiveContent), disclosure, rng.Chance(0.3) ? Distractors.Write(rng) : ""),
            "", // applications, below
            Join(ctx.Pick(rng, OverviewPhrases.Management), ctx.Pick(rng, OverviewPhrases.Management), rng.Chance(0.2) ? Distractors.Write(rng) : ""),
            Join(ctx.Pick(rng, OverviewPhrases.Platforms), ctx.Pick(rng, OverviewPhrases.Platforms), rng.Chance(0.4) ? Distractors.Write(rng) : ""),
            Join(ctx.Pick(rng, OverviewPhrases.Oversight), rng.Chance(0.6) ? ctx.Pick(rng, OverviewPhrases.Oversight) : "", rng.Chance(0.3) ? Distractors.Write(rng) : ""),
        };
        var handling = ctx.Pick(rng, OverviewPhrases.RequestHandling);
        if (received is { } n)
        {
            var (statement, metric) = RequestStatement.Write(rng, ctx, n);
            metrics.Add(metric);
            parts[1] = Join(handling, statement);
        }
        else parts[1] = handling.Length > 0 ? handling : ctx.Fill("依申请公开工作按照《条例》规定的程序和时限办理。");
        // The copied paragraph sits after the opening, where a borrowed description of the year's work goes.
        if (copied is not null) sb.Append(copied).Append('\n');

        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Length == 0) continue;
            var head = style switch
            {
                0 => $"（{Numerals[i]}）{PartHeads[0][i]}。",
                1 => $"（{Numerals[i]}）{PartHeads[1][i]}。",
                2 => $"（{Numerals[i]}）{PartHeads[2][i]}\n",
                3 => $"{Numerals[i]}、{Headlines[i]}。",
                4 => $"（{Numerals[i]}）{Headlines[i]}。\n",
                _ => "",
            };
            if (artifacts && i == 0 && rng.Chance(0.3)) head = "[bookmark: _GoBack]" + head;
            sb.Append(head).Append(parts[i]).Append(style == 3 ? "\n\n" : "\n");
            if (artifacts && i == 0 && rng.Chance(0.25)) sb.Append("[image: ").Append(rng.NextUInt64().ToString("x15")).Append("]\n");
        }
        return (sb.ToString(), metrics);
    }

    private static string Opening(Rng rng, ProseContext ctx)
    {
        // The region names this report may write must appear at least once: put them in the opening's guidance.
        var guidance = ctx.County is not null && rng.Chance(0.7) ? ctx.Pick(rng, OverviewPhrases.CountyGuidance)
            : ctx.City is not null ? ctx.Pick(rng, OverviewPhrases.CityGuidance)
            : ctx.Pick(rng, OverviewPhrases.Guidance);
        var subject = ctx.Pick(rng, OverviewPhrases.Subjects);
        return ctx.Pick(rng, OverviewPhrases.Openers) + guidance + subject + ctx.Pick(rng, OverviewPhrases.Focus) +
               ctx.Pick(rng, OverviewPhrases.Actions) + ctx.Pick(rng, OverviewPhrases.Results) + ctx.Pick(rng, OverviewPhrases.Closers);
    }

    private static string Join(params string[] sentences) => string.Concat(sentences.Where(s => s.Length > 0));
}
