namespace ReportSearch.Tests.CorpusGen;

/// <summary>The same options give byte-identical corpora, whatever the thread timing; another seed gives another corpus.</summary>
[TestFixture]
public sealed class DeterminismTests
{
    [Test]
    public void Two_runs_with_the_same_options_write_identical_trees()
    {
        using var first = GeneratedCorpus.Create(townships: 40, seed: 11, formats: "txt,gb18030,docx,html");
        using var second = GeneratedCorpus.Create(townships: 40, seed: 11, formats: "txt,gb18030,docx,html");
        var a = Tree(first.Directory);
        var b = Tree(second.Directory);

        Assert.That(first.Summary.Reports, Is.GreaterThan(150), "about 200 reports expected");
        Assert.That(b.Keys, Is.EqualTo(a.Keys));
        foreach (var (path, bytes) in a)
            Assert.That(b[path], Is.EqualTo(bytes), path);
    }

    [Test]
    public void Another_seed_gives_other_townships()
    {
        using var first = GeneratedCorpus.Create(townships: 20, seed: 1);
        using var second = GeneratedCorpus.Create(townships: 20, seed: 2);
        var townshipsA = first.Truths.Select(t => t.Township + t.County).ToHashSet();
        var townshipsB = second.Truths.Select(t => t.Township + t.County).ToHashSet();
        Assert.That(townshipsA.SetEquals(townshipsB), Is.False);
    }

    private static SortedDictionary<string, byte[]> Tree(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p), File.ReadAllBytes), StringComparer.Ordinal);
}
