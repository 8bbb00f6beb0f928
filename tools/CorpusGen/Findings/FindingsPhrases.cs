namespace ReportSearch.CorpusGen.Findings;

/// <summary>The words that introduce problems and measures in section 五 ({W}: 我镇, {Y}: the year).</summary>
public static class FindingsPhrases
{
    /// <summary>Written before inline problems, in the same paragraph.</summary>
    public static readonly IReadOnlyList<string> InlineProblemIntros =
    [
        "存在问题：", "主要问题：", "在充分肯定成绩的同时，我们也要看到不足和差距。主要表现为：",
        "{Y}年，{W}政府信息公开工作虽然取得了一定成效，但仍存在一些不足：",
        "目前，{W}政府信息公开仍然存在一些问题，", "对照上级要求，{W}政务公开工作还存在一些差距，主要是：",
    ];

    /// <summary>A paragraph of its own before problems written one per paragraph.</summary>
    public static readonly IReadOnlyList<string> ProblemIntros =
    [
        "经认真剖析，{W}政务信息公开在更新总量、公开范围、公开形式、基础性工作等方面存在较多问题，具体如下：",
        "{W}政府信息公开工作虽然取得了一定成效，但也存在一些问题和不足，主要表现在以下几个方面：",
        "存在的主要问题：", "主要问题", "{Y}年，{W}政务公开工作取得了一定成绩，但与上级要求和群众期盼相比，仍存在以下不足：", "",
    ];

    public static readonly IReadOnlyList<string> InlineMeasureIntros =
    [
        "改进措施：", "具体措施：", "今后工作中，{W}将进一步解放思想，以人为本，加强政府信息和政务公开工作。",
        "针对{W}政府信息公开工作的不足，下一步将做好以下几个方面的工作：", "下一步，{W}将重点做好以下工作：",
        "针对上述问题，{W}将采取以下措施加以改进：",
    ];

    public static readonly IReadOnlyList<string> MeasureIntros =
    [
        "改进措施", "下一步工作打算", "针对上述问题，{W}将从以下几个方面加以改进：", "具体措施：",
        "今后，{W}将以问题为导向，着力抓好以下工作：", "下步打算",
    ];

    /// <summary>Subsection heads of seed 003's section 五.</summary>
    public static readonly IReadOnlyList<(string Problems, string Measures)> Subsections =
    [
        ("（一）主要存在问题", "（二）改进工作"), ("（一）存在的问题", "（二）改进措施"), ("（一）工作中存在的不足", "（二）下一步打算"),
    ];

    /// <summary>A closing line some reports add after their problems.</summary>
    public static readonly IReadOnlyList<string> ProblemClosings =
    [
        "这些问题都需要我们认真研究，切实解决，不断把政务公开工作推向深入。", "对于上述问题，{W}将在今后的工作中认真加以解决。",
    ];
}
