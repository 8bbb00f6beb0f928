namespace ReportSearch.Model;

/// <summary>A problem item or an improvement-measure item, with its taxonomy categories (see <see cref="ProblemCategories"/>).</summary>
public sealed record Finding(string Title, string Text, IReadOnlyList<string> Categories, int Start, int End);
