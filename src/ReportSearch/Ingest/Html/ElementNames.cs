using AngleSharp.Dom;

namespace ReportSearch.Ingest.Html;

/// <summary>
/// An element's class and id as one lower-case run, <c>class + " " + id</c>, which the chrome and content rules
/// search for name parts. Written into a caller's buffer: both rules ask it of every element of the page, and a
/// pair of strings for each was a good share of what reading a page allocated beyond parsing it.
/// </summary>
internal static class ElementNames
{
    /// <summary>Enough for nearly every class and id; longer names are rare and take the string path.</summary>
    public const int BufferLength = 256;

    /// <summary>
    /// Writes the lower-cased names into <paramref name="buffer"/> and returns their length, or -1 when they do not
    /// fit (then <see cref="Of"/> gives them as a string).
    /// </summary>
    public static int Write(IElement element, Span<char> buffer)
    {
        var classes = element.GetAttribute("class").AsSpan();
        var id = element.Id.AsSpan();
        var length = classes.Length + 1 + id.Length;
        if (length > buffer.Length) return -1;
        classes.ToLowerInvariant(buffer);
        buffer[classes.Length] = ' ';
        id.ToLowerInvariant(buffer[(classes.Length + 1)..]);
        return length;
    }

    public static string Of(IElement element) => (element.GetAttribute("class") + " " + element.Id).ToLowerInvariant();
}
