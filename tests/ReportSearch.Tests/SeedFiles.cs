using System.Text.Json;

namespace ReportSearch.Tests;

/// <summary>
/// The five real reports and their hand-checked extraction in <c>../shared/corpus/seeds/</c>, found by walking up
/// from the test binaries, so tests run the same in a checkout and in CI's clean clone.
/// </summary>
public static class SeedFiles
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static string Directory => Folder.Value;

    /// <summary>The seed report files, sorted by name.</summary>
    public static IReadOnlyList<string> Reports =>
        System.IO.Directory.GetFiles(Directory, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();

    public static string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>expected.json's <c>reports</c> object: file name → expectation.</summary>
    public static JsonElement Expected()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "expected.json")));
        return doc.RootElement.GetProperty("reports").Clone();
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "seeds");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException(
            "../shared/corpus/seeds was not found above " + AppContext.BaseDirectory + ": the tests expect shared/ beside the checkout");
    }
}
