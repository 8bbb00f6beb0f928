namespace ReportSearch.Analysis;

/// <summary>
/// Both token streams of one text: <see cref="Words"/> (Chinese words, numbers, Latin words) and
/// <see cref="Grams"/> (Chinese bigrams), each in text order.
/// </summary>
public sealed record AnalyzedText(IReadOnlyList<Token> Words, IReadOnlyList<Token> Grams);
