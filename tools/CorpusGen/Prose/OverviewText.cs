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

    /// <summary>Headlines for the five parts in order: disclosure, applications, management, platforms, oversight.</summary>
    private static readonly string[][] Headlines =
    [
        ["拓展公开内容，突出公开重点", "落实公开内容", "提高公开质量，提升政务公开水平", "加大推进力度，做好主动公开"],
        ["规范依申请公开，保障群众权益", "依法办理依申请公开", "畅通申请渠道，规范答复程序"],
        ["健全制度规范，夯实公开基础", "夯实基础，落实政务公开措施", "规范公开流程", "严格信息管理，确保公开安全"],
        ["强化平台建设，增强公开能力", "强化公开载体建设，确保政府信息运行畅通", "创新公开形式，提供便捷服务", "拓展公开内容和方式"],
        ["健全工作机制，强化监督保障", "加强组织领导", "完善工作机制", "强化监督考核，确保工作落实"],
    ];

    private static readonly string[] PracticeHeads =
    [
        "健全制度规范，夯实公开基础", "强化平台建设，增强公开能力", "创新公开形式，提供便捷服务", "加强组织领导，压实工作责任",
        "聚焦重点领域，回应群众关切", "深化基层政务公开，打通服务群众“最后一公里”", "强化监督考核，推动工作落实", "加强队伍建设，提升业务能力",
    ];

    private const string Numerals = "一二三四五六七八九十";

    /// <param name="style">0–2: （一）…情况 heads inline, as own line or 方面; 3: 一、 headlines (seed 004); 4: （一） headlines on own line (seed 003); 5: no heads.</param>
    /// <param name="received">Applications the prose states, or null to say nothing of them.</param>
    public static (string Text, List<Metric> Metrics) Write(Rng rng, ProseContext ctx, int style, int? received, string? copied, bool artifacts)
    {
        var metrics = new List<Metric>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append(Opening(rng, ctx)).Append('\n');
        sb.Append(Some(rng, ctx, OverviewPhrases.Achievements, 1, 4, used)).Append('\n');

        var (disclosure, disclosed) = DisclosureCounts.Write(rng, ctx);
        metrics.AddRange(disclosed);
        var parts = new List<string>
        {
            Join(Some(rng, ctx, OverviewPhrases.ProactiveContent, 1, 1, used), disclosure, Some(rng, ctx, OverviewPhrases.ProactiveContent, 0, 2, used), rng.Chance(0.3) ? Distractors.Write(rng) : ""),
            "", // applications, below
            Join(Some(rng, ctx, OverviewPhrases.Management, 2, 5, used), rng.Chance(0.2) ? Distractors.Write(rng) : ""),
            Join(Some(rng, ctx, OverviewPhrases.Platforms, 2, 5, used), rng.Chance(0.4) ? Distractors.Write(rng) : ""),
            Join(Some(rng, ctx, OverviewPhrases.Oversight, 2, 4, used), rng.Chance(0.3) ? Distractors.Write(rng) : ""),
        };
        var handling = ctx.Pick(rng, OverviewPhrases.RequestHandling);
        if (received is { } n)
        {
            var (statement, metric) = RequestStatement.Write(rng, ctx, n);
            metrics.Add(metric);
            parts[1] = Join(handling, statement);
        }
        else parts[1] = handling.Length > 0 ? handling : ctx.Fill("依申请公开工作按照《条例》规定的程序和时限办理。");
        // Many reports describe the year's practices at length before the standard parts (seeds 002, 003).
        if (rng.Chance(0.55))
        {
            var pool = OverviewPhrases.Management.Concat(OverviewPhrases.Platforms).Concat(OverviewPhrases.Oversight).Concat(OverviewPhrases.Achievements).Where(ctx.Allowed).ToList();
            foreach (var head in rng.Sample(PracticeHeads, rng.Between(1, 4)))
            {
                var chosen = rng.Sample(pool.Where(p => !used.Contains(p)).ToList(), rng.Between(3, 5));
                used.UnionWith(chosen);
                sb.Append(head).Append('。').Append(string.Concat(chosen.Select(ctx.Fill))).Append('\n');
            }
        }
        // The copied paragraph sits after the opening, where a borrowed description of the year's work goes.
        if (copied is not null) sb.Append(copied).Append('\n');

        var headline = rng.Next(12);
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Length == 0) continue;
            var head = style switch
            {
                0 => $"（{Numerals[i]}）{PartHeads[0][i]}。",
                1 => $"（{Numerals[i]}）{PartHeads[1][i]}。",
                2 => $"（{Numerals[i]}）{PartHeads[2][i]}\n",
                3 => $"{Numerals[i]}、{Headlines[i][headline % Headlines[i].Length]}。",
                4 => $"（{Numerals[i]}）{Headlines[i][headline % Headlines[i].Length]}。\n",
                _ => "",
            };
            if (artifacts && i == 0 && rng.Chance(0.3)) head = "[bookmark: _GoBack]" + head;
            sb.Append(head).Append(parts[i]).Append(style == 3 ? "\n\n" : "\n");
            if (artifacts && i == 0 && rng.Chance(0.25)) sb.Append("[image: ").Append(rng.NextUInt64().ToString("x15")).Append("]\n");
        }
        if (rng.Chance(0.4)) sb.Append(Some(rng, ctx, OverviewPhrases.Achievements, 1, 2, used)).Append('\n');
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

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> distinct sentences of a bank.</summary>
    /// <remarks>A sentence already written in this report is not written again.</remarks>
    private static string Some(Rng rng, ProseContext ctx, IReadOnlyList<string> bank, int min, int max, HashSet<string> used)
    {
        var fresh = bank.Where(s => ctx.Allowed(s) && !used.Contains(s)).ToList();
        var chosen = rng.Sample(fresh, rng.Between(min, max));
        used.UnionWith(chosen);
        return string.Concat(chosen.Select(ctx.Fill));
    }

    private static string Join(params string[] sentences) => string.Concat(sentences.Where(s => s.Length > 0));
}
