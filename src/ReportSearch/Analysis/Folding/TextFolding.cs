namespace ReportSearch.Analysis.Folding;

/// <summary>
/// The character folding every text, query and lexicon term goes through before it is segmented: width folding,
/// then traditional → simplified, as one char → char table. Folding never changes a text's length, so an offset
/// into the folded text is the same offset into the original.
/// </summary>
public sealed class TextFolding
{
    private static readonly Lazy<TextFolding> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly char[] _table;

    private TextFolding(char[] table) => _table = table;

    /// <summary>The folding built from ICU once per process (≈0.1 s), then shared: it never changes.</summary>
    public static TextFolding Shared => Built.Value;

    // Composes the steps in order: width first, so compatibility forms of ideographs get simplified too.
    private static TextFolding Build()
    {
        var width = WidthFolding.BuildTable();
        var script = TraditionalToSimplifiedFolding.BuildTable();
        var table = new char[width.Length];
        for (var i = 0; i < table.Length; i++) table[i] = script[width[i]];
        return new TextFolding(table);
    }

    /// <summary>One character folded.</summary>
    public char Fold(char c) => _table[c];

    /// <summary>The text folded; same length, same offsets. Returns the same instance when nothing changes.</summary>
    public string Fold(string text)
    {
        var table = _table;
        for (var i = 0; i < text.Length; i++)
        {
            if (table[text[i]] == text[i]) continue;
            return string.Create(text.Length, (text, table, i), static (span, state) =>
            {
                var (source, map, first) = state;
                source.AsSpan(0, first).CopyTo(span);
                for (var k = first; k < source.Length; k++) span[k] = map[source[k]];
            });
        }
        return text;
    }
}
