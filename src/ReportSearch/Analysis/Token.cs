namespace ReportSearch.Analysis;

/// <summary>
/// One term produced by the analyzer. <see cref="Start"/> and <see cref="End"/> are offsets (UTF-16, end exclusive)
/// into the ORIGINAL text given to the analyzer, so <c>text[Start..End]</c> is exactly what the term came from and
/// highlights land on the right characters. <see cref="Term"/> is that text folded (half-width, simplified,
/// lower-case).
/// </summary>
public readonly record struct Token(string Term, int Start, int End, TokenKind Kind)
{
    /// <summary>The length of the original text the token covers.</summary>
    public int Length => End - Start;
}
