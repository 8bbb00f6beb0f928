namespace ReportSearch.Query;

/// <summary>
/// Folds the forms a Chinese keyboard types into the ASCII syntax of the query language, one character for one so
/// that every offset still points into the query as typed: full-width ASCII (：＂－＞＜＝｜（）ｙｅａｒ２０２１) to
/// ASCII, curly double quotes “ ” to ", and the ideographic space to a space.
/// </summary>
internal static class SyntaxFolding
{
    public static string Fold(string query) => string.Create(query.Length, query, static (folded, source) =>
    {
        for (var i = 0; i < source.Length; i++) folded[i] = Fold(source[i]);
    });

    private static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0), // the full-width block mirrors ASCII 0x21–0x7E
        '\u3000' => ' ',                                      // ideographic space
        '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',  // “ ” „ ‟
        _ => c,
    };
}
