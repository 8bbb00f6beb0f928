namespace ReportSearch.Index;

/// <summary>The report files under the folders (or the files) given to <c>index</c>: .txt, .docx, .html and .htm, as full paths, sorted, each once.</summary>
public static class ReportFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".docx", ".html", ".htm" };

    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                    if (Extensions.Contains(Path.GetExtension(file))) files.Add(file);
            }
            else throw new DirectoryNotFoundException($"{path}: no such folder or file");
        }
        return files.ToList();
    }

    /// <summary>True when <paramref name="file"/> lies under one of the full <paramref name="roots"/> (or is one).</summary>
    public static bool IsUnder(string file, IEnumerable<string> roots) =>
        roots.Select(Path.GetFullPath).Any(root => file == root
            || file.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
