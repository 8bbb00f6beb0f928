namespace ReportSearch.Analysis;

/// <summary>
/// The text of the two token columns of a document's FTS5 row: its terms joined by single spaces. FTS5's
/// <c>unicode61</c> tokenizer splits them back exactly at the spaces, so FTS5 positions are the token indexes.
/// </summary>
public sealed record TokenColumns(string Words, string Grams)
{
    /// <summary>The name of the column of words, numbers and Latin terms.</summary>
    public const string WordsColumn = "words";

    /// <summary>The name of the column of Chinese bigrams.</summary>
    public const string GramsColumn = "grams";

    /// <summary>The terms of <paramref name="tokens"/> joined by single spaces.</summary>
    public static string Join(IReadOnlyList<Token> tokens)
    {
        var length = Math.Max(0, tokens.Count - 1);
        foreach (var token in tokens) length += token.Term.Length;
        return string.Create(length, tokens, static (span, list) =>
        {
            var at = 0;
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) span[at++] = ' ';
                list[i].Term.AsSpan().CopyTo(span[at..]);
                at += list[i].Term.Length;
            }
        });
    }
}
