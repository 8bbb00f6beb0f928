using System.IO.Compression;

namespace ReportSearch.Tests.Index;

/// <summary>
/// The real schema-2 index file the upgrade tests open (<c>Data/schema2.db.gz</c>, copied beside the test assembly;
/// how it was made is told in <see cref="SchemaUpgradeTests"/>).
/// </summary>
internal static class SchemaTwoFixture
{
    /// <summary>Writes the unpacked file to <paramref name="path"/>, a fresh copy for one test to upgrade.</summary>
    public static void CopyTo(string path)
    {
        using var packed = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Index", "Data", "schema2.db.gz")), CompressionMode.Decompress);
        using var file = File.Create(path);
        packed.CopyTo(file);
    }
}
