namespace ReportSearch.Benchmarks;

/// <summary>Where the benchmarks find report files by default: the seed reports beside the checkout.</summary>
public static class Seeds
{
    public static string Folder()
    {
        for (var d = new DirectoryInfo(Environment.CurrentDirectory); d is not null; d = d.Parent)
        {
            var seeds = Path.Combine(d.FullName, "shared", "corpus", "seeds");
            if (Directory.Exists(seeds)) return seeds;
        }
        throw new DirectoryNotFoundException("../shared/corpus/seeds not found; pass --dir");
    }

    /// <summary>The report files of a folder (recursively, truth and manifests left out), in name order.</summary>
    public static IReadOnlyList<string> Reports(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
}
