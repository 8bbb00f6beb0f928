namespace ReportSearch.Extraction.Findings;

/// <summary>
/// An item's title: its text up to the first 。；：or line end, cut at the first ， when that is still long, so
/// a list of titles reads like a list of problems.
/// </summary>
public sealed class FindingTitles
{
    private const int LongTitle = 30;

    public string TitleOf(string itemText)
    {
        var text = itemText.AsSpan();
        int stop = text.IndexOfAny("。；：:\n".AsSpan());
        var title = stop < 0 ? text : text[..stop];
        if (title.Length > LongTitle)
        {
            int comma = title.IndexOf('，');
            if (comma >= 4) title = title[..comma];
        }
        return title.Trim().TrimEnd("，、,. ".AsSpan()).ToString();
    }
}
