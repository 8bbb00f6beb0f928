namespace ReportSearch.Analysis;

/// <summary>
/// Turns a run of letters and digits into one token: digits only → a <see cref="TokenKind.Number"/> kept as
/// written (2021, 12345), anything with a letter → a lower-cased <see cref="TokenKind.Latin"/> term (APP → app,
/// ＡＢＣ１２３ → abc123; folding has already made it half-width).
/// </summary>
internal static class AlphanumericRunFilter
{
    public static Token ToToken(string folded, ScriptRun run)
    {
        var text = folded.AsSpan(run.Start, run.Length);
        var isNumber = true;
        foreach (var c in text)
        {
            if (char.IsDigit(c)) continue;
            isNumber = false;
            break;
        }
        if (isNumber) return new Token(text.ToString(), run.Start, run.End, TokenKind.Number);
        var lower = string.Create(text.Length, (folded, run.Start), static (span, state) =>
            state.folded.AsSpan(state.Start, span.Length).ToLowerInvariant(span));
        return new Token(lower, run.Start, run.End, TokenKind.Latin);
    }
}
