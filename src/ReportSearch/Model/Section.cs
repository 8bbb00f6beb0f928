namespace ReportSearch.Model;

/// <summary>A titled part of a report; <see cref="Kind"/> is one of <see cref="SectionKinds"/>.</summary>
public sealed record Section(string Kind, string Title, int Start, int End);

/// <summary>The section kinds of METRICS.md.</summary>
public static class SectionKinds
{
    public const string Preamble = "preamble";
    public const string Overview = "overview";
    public const string Proactive = "proactive";
    public const string Requests = "requests";
    public const string Appeals = "appeals";
    public const string Problems = "problems";
    public const string Other = "other";
    public const string Appendix = "appendix";

    public static readonly IReadOnlyList<string> All = [Preamble, Overview, Proactive, Requests, Appeals, Problems, Other, Appendix];
}
