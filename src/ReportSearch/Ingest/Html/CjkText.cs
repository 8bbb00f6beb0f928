namespace ReportSearch.Ingest.Html;

/// <summary>Counts Chinese ideographs, the measure of how much report text a part of a page holds.</summary>
internal static class CjkText
{
    public static int Count(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (IsIdeograph(c)) count++;
        return count;
    }

    public static bool IsIdeograph(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or >= '\uD840' and <= '\uD8BF';
}
