using ReportSearch.Model;

namespace ReportSearch.CorpusGen.Writing;

/// <summary>A report's text as written and its truth (without file hash, which the file writer fills in).</summary>
public sealed record ComposedReport(string Title, string Text, Report Truth);
