using System.IO.Compression;
using Microsoft.Data.Sqlite;
using ReportSearch.Index;

namespace ReportSearch.Tests.Index;

/// <summary>
/// A real index file written by an older build, kept packed beside the test assembly (<c>Index/Data/*.db.gz</c>), that
/// the upgrade tests open: <see cref="SchemaTwo"/> (how it was made is told in <see cref="SchemaUpgradeTests"/>) and
/// <see cref="SchemaFive"/> (<see cref="PostingsFormatUpgradeTests"/>). <see cref="Root"/> is the folder its reports
/// were indexed from.
/// </summary>
internal sealed record OlderIndexFixture(string PackedFile, string Root)
{
    public static readonly OlderIndexFixture SchemaTwo = new("schema2.db.gz", "/tmp/reportsearch-schema2/reports/");
    public static readonly OlderIndexFixture SchemaFive = new("schema5.db.gz", "/tmp/reportsearch-schema5/reports/");

    /// <summary>Writes the unpacked file to <paramref name="path"/>, a fresh copy for one test to upgrade.</summary>
    public void CopyTo(string path)
    {
        using var packed = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Index", "Data", PackedFile)), CompressionMode.Decompress);
        using var file = File.Create(path);
        packed.CopyTo(file);
    }

    /// <summary>
    /// Each report's original text, read from the unpacked file <paramref name="db"/> without opening it as an
    /// index, written under <paramref name="folder"/> at its path below <see cref="Root"/>; how many were written.
    /// </summary>
    public int WriteSources(string db, string folder)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT file, text FROM reports";
        using var r = command.ExecuteReader();
        var written = 0;
        while (r.Read())
        {
            var file = r.GetString(0);
            Assert.That(file, Does.StartWith(Root));
            var target = Path.Combine(folder, file[Root.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, TextBlob.Unpack((byte[])r.GetValue(1)).Original);
            written++;
        }
        return written;
    }

    /// <summary>The unpacked file's schema version, read without opening it as an index.</summary>
    public static long Version(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return (long)ReportIndex.Scalar(connection, "PRAGMA user_version")!;
    }
}
