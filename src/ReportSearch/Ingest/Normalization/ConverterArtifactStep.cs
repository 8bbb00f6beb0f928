namespace ReportSearch.Ingest.Normalization;

/// <summary>
/// Step 2: removes what document converters leave in the text, <c>[bookmark: _GoBack]</c> and <c>[image: name]</c>
/// (each ends at the first ']' on its line). A line that held nothing but such artifacts (and spaces) is removed with
/// its newline, so it does not leave an empty line behind.
/// </summary>
public sealed class ConverterArtifactStep : INormalizationStep
{
    private static readonly string[] Tags = ["bookmark", "image"];

    public void Apply(ReadOnlySpan<char> input, CharBuffer output)
    {
        if (input.IndexOf('[') < 0)
        {
            output.Append(input);
            return;
        }
        RemoveArtifacts(input, output);
        // Removing "[bookmark: x]" from "[image[bookmark: x]: y]" makes a new artifact; repeat until none is left so a
        // second run of the chain finds nothing to do.
        while (ContainsArtifact(output.Span))
        {
            var again = output.Span.ToArray();
            output.Clear();
            RemoveArtifacts(again, output);
        }
    }

    private static void RemoveArtifacts(ReadOnlySpan<char> input, CharBuffer output)
    {
        var start = 0;
        while (start <= input.Length)
        {
            var newline = input[start..].IndexOf('\n');
            var end = newline < 0 ? input.Length : start + newline;
            var line = input[start..end];
            var lineStart = output.Length;
            var removedAny = false;
            var pos = 0;
            while (pos < line.Length)
            {
                var open = line[pos..].IndexOf('[');
                if (open < 0) break;
                open += pos;
                var length = ArtifactLength(line, open);
                if (length == 0)
                {
                    output.Append(line[pos..(open + 1)]);
                    pos = open + 1;
                    continue;
                }
                output.Append(line[pos..open]);
                pos = open + length;
                removedAny = true;
            }
            output.Append(line[pos..]);

            var dropLine = removedAny && OnlySpaces(output.Span[lineStart..]);
            if (dropLine) output.Truncate(lineStart);
            if (newline < 0) return;
            if (!dropLine) output.Append('\n');
            start = end + 1;
        }
    }

    private static bool ContainsArtifact(ReadOnlySpan<char> text)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var open = text[pos..].IndexOf('[');
            if (open < 0) return false;
            open += pos;
            var lineEnd = text[open..].IndexOf('\n');
            var line = lineEnd < 0 ? text[open..] : text.Slice(open, lineEnd);
            if (ArtifactLength(line, 0) > 0) return true;
            pos = open + 1;
        }
        return false;
    }

    /// <summary>Length of the artifact starting at <paramref name="open"/> (a '['), or 0 when there is none.</summary>
    private static int ArtifactLength(ReadOnlySpan<char> line, int open)
    {
        foreach (var tag in Tags)
        {
            var afterTag = open + 1 + tag.Length;
            if (afterTag >= line.Length || line[afterTag] != ':') continue;
            if (!MatchesFoldingWidth(line.Slice(open + 1, tag.Length), tag)) continue;
            var close = line[afterTag..].IndexOf(']');
            if (close < 0) return 0;
            return afterTag + close + 1 - open;
        }
        return 0;
    }

    // Full-width letters become ASCII in a later step; matching them here keeps the chain idempotent.
    private static bool MatchesFoldingWidth(ReadOnlySpan<char> text, string tag)
    {
        for (var i = 0; i < tag.Length; i++)
            if (FullWidthStep.FoldLetterOrDigit(text[i]) != tag[i]) return false;
        return true;
    }

    private static bool OnlySpaces(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!ChineseCharacters.IsSpace(c)) return false;
        return true;
    }
}
