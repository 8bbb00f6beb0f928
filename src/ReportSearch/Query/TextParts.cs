using System.Text;

namespace ReportSearch.Query;

/// <summary>A piece of a term or phrase that one FTS5 column searches.</summary>
internal abstract record TextPart;

/// <summary>
/// Chinese characters, searched on <c>grams</c>. <see cref="Runs"/> are the stretches between punctuation or spaces
/// (公开，不及时 → 公开 and 不及时); one run when there was none.
/// </summary>
internal sealed record ChinesePart(IReadOnlyList<string> Runs) : TextPart
{
    public string Joined => string.Concat(Runs);
}

/// <summary>Letters and digits with what joins them (12.5, open data), searched on <c>words</c>.</summary>
internal sealed record LetterPart(string Text) : TextPart;

/// <summary>
/// Cuts the text of a term or phrase where it switches between Chinese and letters/digits: 微信app公众号 →
/// 微信 | app | 公众号. The columns hold the two kinds apart, so each part is searched on its own and all must hold.
/// </summary>
internal static class TextParts
{
    public static IReadOnlyList<TextPart> Split(string text)
    {
        var parts = new List<TextPart>();
        var runs = new List<string>();
        var run = new StringBuilder();
        int letterStart = -1, letterEnd = -1;

        void EndRun()
        {
            if (run.Length > 0) runs.Add(run.ToString());
            run.Clear();
        }

        void EndPart()
        {
            EndRun();
            if (runs.Count > 0) parts.Add(new ChinesePart(runs.ToList()));
            runs.Clear();
            if (letterStart >= 0) parts.Add(new LetterPart(text[letterStart..letterEnd]));
            letterStart = -1;
        }

        var at = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var end = at + rune.Utf16SequenceLength;
            switch (CharKinds.Of(rune))
            {
                case CharKind.Chinese:
                    if (letterStart >= 0) EndPart();
                    run.Append(text, at, end - at);
                    break;
                case CharKind.LetterOrDigit:
                    if (runs.Count > 0 || run.Length > 0) EndPart();
                    if (letterStart < 0) letterStart = at;
                    letterEnd = end;
                    break;
                default:
                    // Punctuation and spaces end a Chinese run but not the part; inside letters they stay (12.5).
                    EndRun();
                    break;
            }
            at = end;
        }
        EndPart();
        return parts;
    }
}
