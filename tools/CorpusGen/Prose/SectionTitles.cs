using ReportSearch.Model;

namespace ReportSearch.CorpusGen.Prose;

/// <summary>
/// Section titles in the seeds' variations, one set per township: the plain numbered set, seed 001's set with
/// 行政机关… and a repeated table caption, and the 概述/改进措施 wording of others.
/// </summary>
public static class SectionTitles
{
    public sealed record TitleSet(string Overview, string Proactive, string Requests, string Appeals, string Problems, string Other);

    public static readonly IReadOnlyList<TitleSet> Sets =
    [
        new("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
        new("　　一、总体情况", "行政机关主动公开政府信息情况\n\n\t主动公开政府信息情况", " 三、行政机关收到和处理政府信息公开申请情况\n\n\t收到和处理政府信息公开申请情况",
            "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n\n\t政府信息公开行政复议、行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况", "六、其他需要报告的事项"),
        new("一、概述", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进措施", "六、其他需要报告的事项"),
        new("一、总体概述", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
    ];

    /// <summary>The title's first line without leading spaces, as the truth's section title.</summary>
    public static Section Truth(string kind, string written) =>
        new(kind, written.Split('\n')[0].Trim(' ', '\u3000', '\t'), 0, 0);
}
