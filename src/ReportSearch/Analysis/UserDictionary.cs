namespace ReportSearch.Analysis;

/// <summary>
/// The field's vocabulary that the analyzer keeps whole (政务公开, 依申请公开, 微信公众号 …): the file
/// <c>index-data/userdict.txt</c>, built into the library as a resource. One term per line; blank lines and
/// <c>#</c> comments are ignored.
/// </summary>
public static class UserDictionary
{
    /// <summary>The name of the embedded copy of <c>index-data/userdict.txt</c>.</summary>
    public const string ResourceName = "ReportSearch.Analysis.userdict.txt";

    /// <summary>The terms of the copy built into the library.</summary>
    public static IReadOnlyList<string> LoadEmbedded()
    {
        using var stream = typeof(UserDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("the library was built without its resource " + ResourceName);
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>The terms of a dictionary file (UTF-8).</summary>
    public static IReadOnlyList<string> Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader);
    }

    /// <summary>The terms of dictionary text: one per line, without comments and blanks.</summary>
    public static IReadOnlyList<string> Parse(TextReader reader)
    {
        var terms = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var comment = line.IndexOf('#');
            var term = (comment >= 0 ? line[..comment] : line).Trim();
            if (term.Length > 0) terms.Add(term);
        }
        return terms;
    }
}
